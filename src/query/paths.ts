// Paths between two entities: the shortest one and every simple path up to a length bound. Hops follow
// edges in either direction by default (a reader asks how two actors are connected, not only who acts
// on whom); each hop lists the relations that link its two ends, with their evidence.
import type { KnowledgeGraph } from '../graph/model.js';
import { relationView, type EndpointView, type RelationView } from './relations.js';

export interface PathOptions {
  maxLength: number;
  /** Only follow edges from source to target. */
  directed: boolean;
  /** Stop enumerating after this many paths (the answer says it was truncated). */
  maxPaths: number;
}

export interface PathHop { from: string; to: string; relations: RelationView[] }

export interface GraphPath {
  length: number;
  nodes: EndpointView[];
  hops: PathHop[];
}

export interface PathsAnswer {
  from: string;
  to: string;
  shortest: GraphPath | null;
  paths: GraphPath[];
  truncated: boolean;
}

function nextNodes(graph: KnowledgeGraph, node: string, directed: boolean): string[] {
  return directed ? graph.outNeighbors(node) : graph.neighbors(node);
}

/** Breadth-first search; returns the node sequence of one shortest path, or undefined. */
export function shortestNodePath(graph: KnowledgeGraph, from: string, to: string, options: Pick<PathOptions, 'directed' | 'maxLength'>): string[] | undefined {
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  for (let level = 0; level < options.maxLength && !parent.has(to) && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of nextNodes(graph, node, options.directed).sort()) {
        if (parent.has(other)) continue;
        parent.set(other, node);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!parent.has(to)) return undefined;
  const path = [to];
  for (let node = parent.get(to); node !== null && node !== undefined; node = parent.get(node)) path.unshift(node);
  return path;
}

/** Hops from every node to `to` (against edge direction when directed), up to `limit`. */
function distancesTo(graph: KnowledgeGraph, to: string, directed: boolean, limit: number): Map<string, number> {
  const distance = new Map([[to, 0]]);
  let frontier = [to];
  for (let level = 1; level <= limit && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of directed ? graph.inNeighbors(node) : graph.neighbors(node)) {
        if (distance.has(other)) continue;
        distance.set(other, level);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

/** Most nodes a path enumeration may step on before it gives up (and says it was truncated). */
export const MAX_PATH_STEPS = 200_000;

/**
 * Depth-first enumeration of simple node paths with at most maxLength hops. Branches that cannot reach
 * the target within the remaining hops are cut, and the walk stops after MAX_PATH_STEPS steps, so a
 * dense graph cannot make one request run for ever.
 */
export function simpleNodePaths(graph: KnowledgeGraph, from: string, to: string, options: PathOptions): { paths: string[][]; truncated: boolean } {
  const distance = distancesTo(graph, to, options.directed, options.maxLength);
  const paths: string[][] = [];
  const stack = [from];
  const onPath = new Set([from]);
  let truncated = false;
  let steps = 0;
  const walk = (node: string): void => {
    for (const other of nextNodes(graph, node, options.directed).sort()) {
      if (truncated) return;
      if (onPath.has(other)) continue;
      if (++steps > MAX_PATH_STEPS) { truncated = true; return; }
      if (other === to) {
        if (paths.length >= options.maxPaths) { truncated = true; return; }
        paths.push([...stack, to]);
        continue;
      }
      // stack.length hops are taken once `other` is pushed; the rest must reach the target.
      if (stack.length + (distance.get(other) ?? Infinity) > options.maxLength) continue;
      stack.push(other); onPath.add(other);
      walk(other);
      stack.pop(); onPath.delete(other);
    }
  };
  if (from !== to && distance.has(from)) walk(from);
  return { paths: paths.sort((a, b) => a.length - b.length || a.join('>').localeCompare(b.join('>'))), truncated };
}

function hop(graph: KnowledgeGraph, from: string, to: string, directed: boolean): PathHop {
  const edges = directed ? graph.outEdges(from, to) : [...graph.outEdges(from, to), ...graph.outEdges(to, from)];
  return { from, to, relations: edges.map((edge) => relationView(graph, edge)) };
}

export function describePath(graph: KnowledgeGraph, nodes: readonly string[], directed: boolean): GraphPath {
  return {
    length: nodes.length - 1,
    nodes: nodes.map((id) => ({ id, label: graph.getNodeAttribute(id, 'label'), entityType: graph.getNodeAttribute(id, 'entityType') })),
    hops: nodes.slice(1).map((to, i) => hop(graph, nodes[i], to, directed)),
  };
}

export function findPaths(graph: KnowledgeGraph, from: string, to: string, options: PathOptions): PathsAnswer {
  const shortest = shortestNodePath(graph, from, to, options);
  const { paths, truncated } = simpleNodePaths(graph, from, to, options);
  return {
    from, to,
    shortest: shortest ? describePath(graph, shortest, options.directed) : null,
    paths: paths.map((p) => describePath(graph, p, options.directed)),
    truncated,
  };
}
