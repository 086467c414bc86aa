import { describe, expect, it } from 'vitest';
import { findRelations, type RelationFilter } from '../../src/query/relations.js';
import { filteredGraph, egoNetwork } from '../../src/query/subgraph.js';
import { findPaths } from '../../src/query/paths.js';
import { entityDetails } from '../../src/query/entity.js';
import { predicateUsage } from '../../src/query/ontology.js';
import { newsGraph } from './graphs.js';

const graph = newsGraph();
const page = { limit: 50, offset: 0 };
const ids = (filter: RelationFilter) => findRelations(graph, filter, page).relations.map((r) => r.id).sort();

describe('relation queries', () => {
  it('answers who requested what from Turkey, with evidence sentences', () => {
    const { relations } = findRelations(graph, { targets: new Set(['turkey']), predicates: new Set(['requests']) }, page);
    expect(relations.map((r) => r.source.label).sort()).toEqual(['Taliban', 'United States']);
    const taliban = relations.find((r) => r.source.id === 'taliban');
    expect(taliban?.evidence[0]).toMatchObject({ text: 'The Taliban asked Turkey for technical assistance at Kabul airport.', title: 'Kabul airport', published: '2021-08-25' });
  });

  it('finds every relation between two entities in both directions', () => {
    expect(ids({ entities: [new Set(['joe-biden']), new Set(['recep-tayyip-erdogan'])] })).toEqual([
      'joe-biden|agrees_with|recep-tayyip-erdogan', 'recep-tayyip-erdogan|consults|joe-biden',
    ]);
  });

  it('matches symmetric predicates from either side', () => {
    expect(ids({ sources: new Set(['recep-tayyip-erdogan']), predicates: new Set(['agrees_with']) })).toEqual(['joe-biden|agrees_with|recep-tayyip-erdogan']);
    expect(ids({ sources: new Set(['turkey']), predicates: new Set(['requests']) })).toEqual([]);
  });

  it('filters by CAMEO code and by publication date', () => {
    expect(ids({ cameo: '11' })).toEqual(['recep-tayyip-erdogan|criticizes|taliban']);
    expect(ids({ since: '2021-09' })).toEqual(['recep-tayyip-erdogan|criticizes|taliban', 'united-states|withdraws_from|afghanistan']);
    // Undated documents do not count once a date range is asked for.
    expect(ids({ until: '2021-08' })).toHaveLength(4);
  });

  it('pages with a total', () => {
    const first = findRelations(graph, {}, { limit: 3, offset: 0 });
    expect(first.total).toBe(graph.size);
    expect(first.relations).toHaveLength(3);
  });
});

describe('graph-shaped answers', () => {
  it('filters the graph to matching relations and their endpoints', () => {
    const json = filteredGraph(graph, { predicates: new Set(['requests']) });
    expect(json.edges.map((e) => e.key).sort()).toEqual(['taliban|requests|turkey', 'united-states|requests|turkey']);
    expect(json.nodes.map((n) => n.key).sort()).toEqual(['taliban', 'turkey', 'united-states']);
    expect(filteredGraph(graph, {}).nodes).toHaveLength(graph.order);
  });

  it('grows ego networks hop by hop', () => {
    const one = egoNetwork(graph, 'joe-biden', { depth: 1, maxNodes: 100 });
    expect(one.nodes.map((n) => n.key).sort()).toEqual(['joe-biden', 'recep-tayyip-erdogan']);
    const two = egoNetwork(graph, 'joe-biden', { depth: 2, maxNodes: 100 });
    expect(two.nodes.map((n) => n.key).sort()).toEqual(['joe-biden', 'recep-tayyip-erdogan', 'taliban', 'turkey']);
    const onlyConsults = egoNetwork(graph, 'joe-biden', { depth: 3, predicates: new Set(['consults']), maxNodes: 100 });
    expect(onlyConsults.edges.map((e) => e.key)).toEqual(['recep-tayyip-erdogan|consults|joe-biden']);
    expect(egoNetwork(graph, 'joe-biden', { depth: 3, maxNodes: 2 }).attributes).toMatchObject({ truncated: true });
  });

  it('finds the shortest and all simple paths, with evidence on each hop', () => {
    const answer = findPaths(graph, 'joe-biden', 'taliban', { maxLength: 4, directed: false, maxPaths: 100 });
    expect(answer.shortest?.nodes.map((n) => n.id)).toEqual(['joe-biden', 'recep-tayyip-erdogan', 'taliban']);
    expect(answer.shortest?.hops[1].relations[0].evidence[0].text).toBe('President Tayyip Erdoğan criticized the Taliban in Ankara.');
    expect(answer.paths.map((p) => p.nodes.map((n) => n.id).join('>'))).toEqual([
      'joe-biden>recep-tayyip-erdogan>taliban',
      'joe-biden>recep-tayyip-erdogan>turkey>taliban',
    ]);
    expect(findPaths(graph, 'joe-biden', 'taliban', { maxLength: 1, directed: false, maxPaths: 100 }).shortest).toBeNull();
    expect(findPaths(graph, 'joe-biden', 'taliban', { maxLength: 4, directed: true, maxPaths: 100 }).paths).toHaveLength(1);
  });

  it('describes an entity with relations grouped by predicate', () => {
    const turkey = entityDetails(graph, 'turkey');
    expect(turkey.relations.incoming.map((g) => [g.predicate, g.count])).toEqual([['requests', 2], ['leader_of', 1]]);
    expect(turkey.relations.outgoing).toEqual([]);
    expect(turkey.degree).toBe(3);
  });

  it('counts predicate use', () => {
    const usage = predicateUsage(graph);
    expect(usage.find((p) => p.id === 'requests')).toMatchObject({ relations: 2, evidence: 2, cameo: '02' });
    expect(usage).toHaveLength(26);
  });
});
