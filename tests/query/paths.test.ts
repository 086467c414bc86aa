import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph, relationKey } from '../../src/graph/model.js';
import { findPaths, simpleNodePaths } from '../../src/query/paths.js';

/** Every node linked to every other: the number of simple paths explodes with the length bound. */
function clique(size: number) {
  const graph = createKnowledgeGraph();
  for (let i = 0; i < size; i++) graph.addNode(`n${i}`, { label: `Node ${i}`, entityType: 'organization', aliases: [], mentions: 1 });
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      graph.addDirectedEdgeWithKey(relationKey(`n${i}`, 'consults', `n${j}`), `n${i}`, `n${j}`, {
        predicate: 'consults', label: 'holds talks with', cameo: '04', modality: 'asserted', confidence: 0.5,
        evidence: [{ doc: 'd', sentence: 0, start: 0, end: 1, text: 'x' }],
      });
    }
  }
  return graph;
}

describe('path enumeration bounds', () => {
  it('stops at the path cap on a dense graph and says so', () => {
    const answer = findPaths(clique(40), 'n0', 'n1', { maxLength: 6, directed: false, maxPaths: 100 });
    expect(answer.truncated).toBe(true);
    expect(answer.paths).toHaveLength(100);
    expect(answer.shortest?.length).toBe(1);
    expect(answer.paths.every((p) => p.length <= 6 && new Set(p.nodes.map((n) => n.id)).size === p.nodes.length)).toBe(true);
  });

  it('counts every simple path exactly when there are few', () => {
    // In a 4-clique, n0 to n1: 1 direct, 2 through one node, 2 through both others.
    const { paths, truncated } = simpleNodePaths(clique(4), 'n0', 'n1', { maxLength: 3, directed: false, maxPaths: 100 });
    expect(truncated).toBe(false);
    expect(paths.map((p) => p.join('>'))).toEqual(['n0>n1', 'n0>n2>n1', 'n0>n3>n1', 'n0>n2>n3>n1', 'n0>n3>n2>n1']);
    // Directed: edges only go from lower to higher numbers, so n1 cannot reach n0.
    expect(simpleNodePaths(clique(4), 'n1', 'n0', { maxLength: 3, directed: true, maxPaths: 100 }).paths).toEqual([]);
  });
});
