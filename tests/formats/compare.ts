// "Same graph" for round-trip tests: the model's attributes of every node and edge, and the
// documents, as plain sorted data (layout attributes added by an export are left out).
import type { KnowledgeGraph } from '../../src/graph/model.js';

export interface GraphView {
  nodes: Record<string, unknown>;
  edges: Record<string, unknown>;
  documents: unknown;
}

const LAYOUT = new Set(['x', 'y', 'size', 'color']);

function withoutLayout(attrs: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs).filter(([k, v]) => !LAYOUT.has(k) && v !== undefined));
}

export function graphView(graph: KnowledgeGraph): GraphView {
  const nodes: Record<string, unknown> = {};
  const edges: Record<string, unknown> = {};
  graph.forEachNode((node, attrs) => { nodes[node] = withoutLayout(attrs); });
  graph.forEachEdge((edge, attrs, source, target) => { edges[edge] = { source, target, ...withoutLayout(attrs) }; });
  return { nodes, edges, documents: graph.getAttribute('documents') };
}

/** Applies `fn` to every string (keys included) of a JSON-like value. */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fn(k), mapStrings(v, fn)])) as T;
  }
  return value;
}

/** What a string becomes once written as UTF-8: unpaired surrogates turn into U+FFFD. */
export function asUtf8(value: string): string {
  return value.replace(/[\ud800-\udfff]/gu, '\uFFFD');
}
