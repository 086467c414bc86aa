// Node positions for exports and other consumers that need a drawn graph: deterministic initial
// positions (seeded, so the same graph always gets the same layout), then ForceAtlas2, then
// optionally noverlap so that labels do not sit on top of each other.
import { createRequire } from 'node:module';
import { DirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { cjsDefault, seededRandom } from './interop.js';
const forceAtlas2 = cjsDefault(forceAtlas2Module);
const noverlap = cjsDefault(noverlapModule);

type Fa2Settings = ReturnType<typeof forceAtlas2.inferSettings>;
// One ForceAtlas2 step over flat matrices (the package's own engine, used by its synchronous and worker
// layouts): lets big graphs be laid out without copying them into another graphology instance.
const fa2Iterate = createRequire(import.meta.url)('graphology-layout-forceatlas2/iterate.js') as
  (settings: Fa2Settings, nodes: Float32Array, edges: Float32Array) => void;
const FA2_DEFAULTS = createRequire(import.meta.url)('graphology-layout-forceatlas2/defaults.js') as Fa2Settings;
/** Floats per node and per edge in those matrices. */
const PPN = 10;
const PPE = 3;

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations (default: 100 up to 2,000 nodes, fewer above, see `defaultIterations`). */
  iterations?: number;
  /** Seed of the initial positions (default 1). */
  seed?: number;
  /** Run noverlap after ForceAtlas2 (default: true up to 2,000 nodes). */
  noverlap?: boolean;
}

interface PositionedAttributes extends Attributes {
  x?: number;
  y?: number;
  size?: number;
}

/** Fewer iterations on big graphs: Barnes–Hut FA2 converges in fewer steps and each one costs more. */
export function defaultIterations(order: number): number {
  if (order <= 2_000) return 100;
  if (order <= 20_000) return 40;
  return 20;
}

const isCoordinate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** True when every node has finite x and y (an empty graph counts as laid out). */
export function hasPositions(graph: AbstractGraph<PositionedAttributes>): boolean {
  return graph.everyNode((_node, attrs) => isCoordinate(attrs.x) && isCoordinate(attrs.y));
}

/** Seeded random positions, uniform in a disc that grows with the graph; one call per node, in node order. */
function seededPositions(order: number, seed: number): () => Position {
  const random = seededRandom(seed);
  const radius = 10 * Math.sqrt(Math.max(1, order));
  return () => {
    const angle = random() * 2 * Math.PI;
    const distance = radius * Math.sqrt(random());
    return { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
  };
}

/** Gives nodes without finite x/y a seeded random position in a disc that grows with the graph. */
export function seedPositions(graph: AbstractGraph<PositionedAttributes>, seed = 1): void {
  const next = seededPositions(graph.order, seed);
  graph.updateEachNodeAttributes((_node, attrs) => {
    const position = next();
    if (isCoordinate(attrs.x) && isCoordinate(attrs.y)) return attrs;
    return { ...attrs, ...position };
  });
}

/** Lays the graph out in place: seeded initial positions, ForceAtlas2, then optionally noverlap. */
export function layoutGraph(graph: AbstractGraph<PositionedAttributes>, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  seedPositions(graph, options.seed ?? 1);
  const iterations = options.iterations ?? defaultIterations(graph.order);
  if (iterations > 0 && graph.size > 0) {
    forceAtlas2.assign(graph, { iterations, settings: forceAtlas2.inferSettings(graph), getEdgeWeight: 'weight' });
  }
  if (options.noverlap ?? graph.order <= 2_000) noverlap.assign(graph, { maxIterations: 100 });
}

/** ForceAtlas2 straight on flat matrices built from the graph: a few bytes per node and edge. */
function matrixLayout(graph: AbstractGraph<PositionedAttributes>, options: LayoutOptions): Map<string, Position> {
  const index = new Map<string, number>();
  const nodes = new Float32Array(graph.order * PPN);
  const next = seededPositions(graph.order, options.seed ?? 1);
  let i = 0;
  graph.forEachNode((node, attrs) => {
    const seeded = next();
    const own = isCoordinate(attrs.x) && isCoordinate(attrs.y);
    index.set(node, i);
    nodes[i] = own ? (attrs.x as number) : seeded.x;
    nodes[i + 1] = own ? (attrs.y as number) : seeded.y;
    nodes[i + 6] = 1; // mass: 1 + weighted degree, below
    nodes[i + 7] = 1; // convergence
    nodes[i + 8] = isCoordinate(attrs.size) ? attrs.size : 1;
    i += PPN;
  });
  const edges = new Float32Array(graph.size * PPE);
  let j = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    const weight = isCoordinate(attrs.weight) && attrs.weight > 0 ? attrs.weight : 1;
    nodes[s + 6] += weight;
    nodes[t + 6] += weight;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = weight;
    j += PPE;
  });
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph.order) };
  const used = j === edges.length ? edges : edges.subarray(0, j);
  const iterations = options.iterations ?? defaultIterations(graph.order);
  for (let k = 0; k < iterations; k++) fa2Iterate(settings, nodes, used);
  const positions = new Map<string, Position>();
  for (const [node, at] of index) positions.set(node, { x: nodes[at], y: nodes[at + 1] });
  return positions;
}

/** Above this many nodes, positions are computed on flat matrices (no noverlap) instead of a graph copy. */
const MATRIX_LAYOUT_ORDER = 2_000;

/**
 * Positions for every node of `graph` without touching it: the nodes' own x/y when they all have
 * them, otherwise a layout of a lean copy (small graphs: FA2 + noverlap) or of flat matrices (big
 * graphs, where memory matters more than overlapping labels).
 */
export function positionsOf(graph: AbstractGraph<PositionedAttributes>, options: LayoutOptions = {}): Map<string, Position> {
  const positions = new Map<string, Position>();
  if (hasPositions(graph)) {
    graph.forEachNode((node, attrs) => positions.set(node, { x: attrs.x as number, y: attrs.y as number }));
    return positions;
  }
  if (graph.order > MATRIX_LAYOUT_ORDER && !options.noverlap) return matrixLayout(graph, options);
  const lean = new DirectedGraph<PositionedAttributes, { weight: number }>();
  graph.forEachNode((node, attrs) => {
    lean.addNode(node, {
      ...(isCoordinate(attrs.x) && isCoordinate(attrs.y) ? { x: attrs.x, y: attrs.y } : {}),
      ...(isCoordinate(attrs.size) ? { size: attrs.size } : {}),
    });
  });
  // Parallel edges (several predicates between the same pair) pull like one edge of their summed weight.
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const weight = isCoordinate(attrs.weight) && attrs.weight > 0 ? attrs.weight : 1;
    lean.updateDirectedEdge(source, target, (current) => ({ weight: (current.weight ?? 0) + weight }));
  });
  layoutGraph(lean, options);
  lean.forEachNode((node, attrs) => positions.set(node, { x: attrs.x as number, y: attrs.y as number }));
  return positions;
}
