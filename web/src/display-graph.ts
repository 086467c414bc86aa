// The graph the explorer draws: a graphology copy of what GET /api/graph/compact returned, plus rendering
// attributes (position, size, colour, edge curvature). Syncing with a fresh API answer keeps the
// positions of nodes already laid out, so adding or removing a document does not reshuffle the view.
import { MultiDirectedGraph } from 'graphology';
import { indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { Modality } from '../../src/domain/extraction.js';
import type { EntityType, PredicateId } from '../../src/domain/ontology.js';
import type { CompactGraph } from './api.js';

export interface DisplayNode {
  label: string;
  entityType: EntityType;
  aliases: string[];
  country?: string;
  firstSeen?: string;
  lastSeen?: string;
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  pagerank: number;
  community: number;
}

export interface DisplayEdge {
  predicate: PredicateId;
  label: string;
  modality: Modality;
  confidence: number;
  /** How many sentences support it; the sentences themselves are fetched when the panel opens. */
  evidenceCount: number;
  firstSeen?: string;
  lastSeen?: string;
  color: string;
  size: number;
  /** Sigma edge program: straight arrow, or curved when parallel to another edge. */
  type: 'straight' | 'curved';
  curvature: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

export interface SyncResult {
  addedNodes: string[];
  removedNodes: string[];
  addedEdges: number;
  removedEdges: number;
}

export function createDisplayGraph(): DisplayGraph {
  return new MultiDirectedGraph<DisplayNode, DisplayEdge>();
}

/**
 * Makes `graph` hold exactly the nodes and edges of `data`: updates attributes of those it has,
 * adds the new ones (placed next to a laid-out neighbour) and drops the ones gone.
 */
export function syncDisplayGraph(graph: DisplayGraph, data: CompactGraph): SyncResult {
  const result: SyncResult = { addedNodes: [], removedNodes: [], addedEdges: 0, removedEdges: 0 };
  const { nodes, edges } = data;
  const nodeKeys = new Set(nodes.key);
  graph.forEachNode((node) => {
    if (!nodeKeys.has(node)) result.removedNodes.push(node);
  });
  for (const node of result.removedNodes) graph.dropNode(node);
  nodes.key.forEach((key, i) => {
    const base = {
      label: nodes.label[i], entityType: data.entityTypes[nodes.type[i]], aliases: nodes.aliases[i],
      country: nodes.country[i] ?? undefined, firstSeen: nodes.firstSeen[i] ?? undefined, lastSeen: nodes.lastSeen[i] ?? undefined,
    };
    if (graph.hasNode(key)) {
      graph.mergeNodeAttributes(key, base);
    } else {
      graph.addNode(key, { ...base, x: Number.NaN, y: Number.NaN, size: 4, color: '#999', degree: 0, pagerank: 0, community: 0 });
      result.addedNodes.push(key);
    }
  });

  const edgeKeys = new Set<string>();
  edges.source.forEach((from, i) => {
    const source = nodes.key[from];
    const target = nodes.key[edges.target[i]];
    const { id: predicate, label } = data.predicates[edges.predicate[i]];
    const key = edges.key[i] ?? `${source}|${predicate}|${target}`;
    edgeKeys.add(key);
    const base = {
      predicate, label, modality: data.modalities[edges.modality[i]], confidence: edges.confidence[i], evidenceCount: edges.evidence[i],
      firstSeen: edges.firstSeen[i] ?? undefined, lastSeen: edges.lastSeen[i] ?? undefined,
    };
    if (graph.hasEdge(key)) {
      graph.mergeEdgeAttributes(key, base);
    } else {
      graph.addDirectedEdgeWithKey(key, source, target, { ...base, color: '#ccc', size: 1, type: 'straight', curvature: 0 });
      result.addedEdges += 1;
    }
  });
  const staleEdges = graph.filterEdges((edge) => !edgeKeys.has(edge));
  for (const edge of staleEdges) graph.dropEdge(edge);
  result.removedEdges = staleEdges.length;

  return result;
}

/** The edge keys of a compact answer (the same keys syncDisplayGraph gives the edges). */
export function compactEdgeKeys(data: CompactGraph): string[] {
  return data.edges.source.map((from, i) => data.edges.key[i] ?? `${data.nodes.key[from]}|${data.predicates[data.edges.predicate[i]].id}|${data.nodes.key[data.edges.target[i]]}`);
}

/**
 * Puts every node where the stored drawing has it (GET /api/layout). A node the answer does not know
 * yet (an article added between the two requests) goes next to a neighbour that has a place, else in
 * the middle; the next load brings its stored place.
 */
export function applyPositions(graph: DisplayGraph, positions: Readonly<Record<string, [number, number]>>): void {
  graph.updateEachNodeAttributes((node, attrs) => {
    const at = positions[node];
    return at ? { ...attrs, x: at[0], y: at[1] } : attrs;
  }, { attributes: ['x', 'y'] });
  graph.forEachNode((node, attrs) => {
    if (Number.isFinite(attrs.x) && Number.isFinite(attrs.y)) return;
    const anchor = graph.findNeighbor(node, (_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
    const at = anchor === undefined ? { x: 0, y: 0 } : graph.getNodeAttributes(anchor);
    graph.mergeNodeAttributes(node, { x: at.x + 1, y: at.y + 1 });
  });
}

/** Curves edges that share their two endpoints (either direction) so each stays visible. */
export function curveParallelEdges(graph: DisplayGraph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.forEachEdge((edge, { parallelIndex, parallelMinIndex, parallelMaxIndex }) => {
    if (typeof parallelMinIndex === 'number' && typeof parallelIndex === 'number' && typeof parallelMaxIndex === 'number') {
      // Several edges the same way: the middle one (index 0) stays straight.
      graph.mergeEdgeAttributes(edge, { type: parallelIndex ? 'curved' : 'straight', curvature: curvature(parallelIndex, parallelMaxIndex) });
    } else if (typeof parallelIndex === 'number' && typeof parallelMaxIndex === 'number') {
      graph.mergeEdgeAttributes(edge, { type: 'curved', curvature: curvature(parallelIndex, parallelMaxIndex) });
    } else {
      graph.mergeEdgeAttributes(edge, { type: 'straight', curvature: 0 });
    }
  });
}

// Spread curvatures of n parallel edges over a range that grows slowly with n (sigma's recipe).
function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Entities per type, relations per predicate and per modality: the numbers beside the filter boxes. */
export function filterCounts(graph: DisplayGraph): { type: Map<string, number>; predicate: Map<string, number>; modality: Map<string, number> } {
  const count = (map: Map<string, number>, key: string): void => { map.set(key, (map.get(key) ?? 0) + 1); };
  const counts = { type: new Map<string, number>(), predicate: new Map<string, number>(), modality: new Map<string, number>() };
  graph.forEachNode((_node, { entityType }) => count(counts.type, entityType));
  graph.forEachEdge((_edge, { predicate, modality }) => { count(counts.predicate, predicate); count(counts.modality, modality); });
  return counts;
}
