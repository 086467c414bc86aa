import { describe, expect, it } from 'vitest';
import { addExtraction, createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/model.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { egoNetwork, filteredGraph } from '../../src/query/subgraph.js';
import { extraction } from '../store/fixtures.js';
import { newsGraph } from './graphs.js';

describe('sub-graphs carry only the documents their evidence cites', () => {
  it('ego network of an entity cited by some documents only', () => {
    const graph = newsGraph();
    const ego = egoNetwork(graph, 'kabul', { depth: 1, maxNodes: 100 });
    const cited = new Set(ego.edges.flatMap((e) => e.attributes?.evidence.map((ev) => ev.doc) ?? []));
    expect([...cited].sort()).toEqual(['third']);
    expect(ego.attributes?.documents).toEqual({ third: { title: 'Stay' } });
  });

  it('a filtered graph lists the documents of the relations kept', () => {
    const graph = newsGraph();
    const sub = filteredGraph(graph, { predicates: new Set(['leader_of']) });
    expect(Object.keys(sub.attributes?.documents ?? {})).toEqual(['kabul']);
    expect(sub.attributes?.documents.kabul).toEqual({ title: 'Kabul airport', published: '2021-08-25' });
  });

  it('is a copy: documents added to the live graph later do not appear in an exported sub-graph', () => {
    const graph = newsGraph();
    const ego = egoNetwork(graph, 'kabul', { depth: 1, maxNodes: 100 });
    addExtraction(graph, extraction('fifth', 'Kabul waited.', [{ key: 'kabul', label: 'Kabul', type: 'location' }], []), { title: 'Later' });
    expect(Object.keys(ego.attributes?.documents ?? {})).toEqual(['third']);
  });
});

/** Nodes within `depth` hops of the center, found by a plain breadth-first search. */
function withinHops(graph: KnowledgeGraph, center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let level = 0; level < depth; level++) {
    frontier = frontier.flatMap((node) => graph.neighbors(node)).filter((n) => !seen.has(n));
    for (const n of frontier) seen.add(n);
  }
  return seen;
}

describe('ego networks', () => {
  it('hold every relation among the nodes within reach, hubs included, and import as a graph', () => {
    const graph = syntheticGraph({ nodes: 300, edges: 3000, seed: 3 });
    const hubs = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 3);
    const quiet = graph.nodes().filter((n) => graph.degree(n) > 0).sort((a, b) => graph.degree(a) - graph.degree(b)).slice(0, 3);
    for (const center of [...hubs, ...quiet]) {
      for (const depth of [1, 2]) {
        const ego = egoNetwork(graph, center, { depth, maxNodes: 10_000 });
        const reach = withinHops(graph, center, depth);
        expect(new Set(ego.nodes.map((n) => n.key))).toEqual(reach);
        const among = graph.filterEdges((_e, _a, source, target) => reach.has(source) && reach.has(target));
        expect(ego.edges.map((e) => e.key).sort()).toEqual(among.sort());
        const copy = createKnowledgeGraph().import(ego);
        expect(copy.order).toBe(reach.size);
        for (const e of among) expect(copy.getEdgeAttributes(e)).toEqual(graph.getEdgeAttributes(e));
      }
    }
  });
});
