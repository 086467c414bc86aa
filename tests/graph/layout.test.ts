import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { hasPositions, layoutGraph, positionsOf, seedPositions } from '../../src/graph/layout.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';

function twoClusters(): DirectedGraph<{ x?: number; y?: number }, { weight: number }> {
  const graph = new DirectedGraph<{ x?: number; y?: number }, { weight: number }>();
  for (const cluster of ['a', 'b']) {
    for (let i = 0; i < 10; i++) graph.addNode(`${cluster}${i}`);
    for (let i = 0; i < 10; i++) for (let j = i + 1; j < 10; j++) graph.addEdge(`${cluster}${i}`, `${cluster}${j}`, { weight: 1 });
  }
  graph.addEdge('a0', 'b0', { weight: 1 });
  return graph;
}

const distance = (p: { x?: number; y?: number }, q: { x?: number; y?: number }): number => Math.hypot((p.x ?? 0) - (q.x ?? 0), (p.y ?? 0) - (q.y ?? 0));

describe('layoutGraph', () => {
  it('is deterministic and pulls connected nodes together', () => {
    const first = twoClusters();
    const second = twoClusters();
    layoutGraph(first, { iterations: 200 });
    layoutGraph(second, { iterations: 200 });
    expect(first.mapNodes((_n, a) => [a.x, a.y])).toEqual(second.mapNodes((_n, a) => [a.x, a.y]));
    expect(hasPositions(first)).toBe(true);
    const within = distance(first.getNodeAttributes('a1'), first.getNodeAttributes('a2'));
    const across = distance(first.getNodeAttributes('a1'), first.getNodeAttributes('b1'));
    expect(within).toBeLessThan(across);
  });

  it('seeds only the nodes without positions', () => {
    const graph = twoClusters();
    graph.mergeNodeAttributes('a0', { x: 5, y: 7 });
    seedPositions(graph, 3);
    expect(graph.getNodeAttributes('a0')).toMatchObject({ x: 5, y: 7 });
    expect(hasPositions(graph)).toBe(true);
  });
});

describe('positionsOf', () => {
  it('leaves the graph untouched and keeps positions it already has', () => {
    const graph = syntheticGraph({ nodes: 50, edges: 120, seed: 2 });
    const positions = positionsOf(graph, { iterations: 20 });
    expect(positions.size).toBe(50);
    expect(graph.someNode((_n, a) => a.x !== undefined)).toBe(false);
    graph.forEachNode((node) => graph.mergeNodeAttributes(node, positions.get(node) ?? {}));
    expect(positionsOf(graph)).toEqual(positions);
  });

  it('lays out big graphs on flat matrices, deterministically, with finite coordinates', () => {
    const graph = syntheticGraph({ nodes: 3_000, edges: 6_000, seed: 4 });
    const first = positionsOf(graph, { iterations: 3 });
    const second = positionsOf(graph, { iterations: 3 });
    expect(first).toEqual(second);
    expect([...first.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set([...first.values()].map((p) => `${p.x},${p.y}`)).size).toBe(3_000);
  });
});
