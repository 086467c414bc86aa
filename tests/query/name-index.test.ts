// The name index must give exactly the answers of a scan of every name of every node (the search as it
// was before the index), and follow the graph through ingests, deletions and merges.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/domain/ontology.js';
import { addExtraction, type KnowledgeGraph } from '../../src/graph/model.js';
import { nameKey } from '../../src/domain/names.js';
import { seededRandom, syntheticGraph } from '../../src/graph/synthetic.js';
import { matchName, type MatchKind } from '../../src/query/names.js';
import { queryPieces, searchableNames } from '../../src/query/name-index.js';
import { rankEntities, searchEntities } from '../../src/query/search.js';
import { GraphStore } from '../../src/store/index.js';
import { extraction, KABUL_TEXT, kabulExtraction, SECOND_TEXT, secondExtraction } from '../store/fixtures.js';
import { newsGraph } from './graphs.js';

interface Hit { id: string; score: number; match: MatchKind | null; matched: string | null }

/** The search without an index: every name of every node through matchName. */
function scanEverything(graph: KnowledgeGraph, q: string, type?: EntityType): Hit[] {
  const query = nameKey(q);
  const hits: Hit[] = [];
  graph.forEachNode((id, attrs) => {
    if (type && attrs.entityType !== type) return;
    if (query === '') { hits.push({ id, score: 0, match: null, matched: null }); return; }
    let best: Hit | undefined;
    for (const name of searchableNames(id, attrs)) {
      const m = matchName(query, name);
      if (m && (!best || m.score < best.score)) best = { id, score: m.score, match: m.kind, matched: name };
    }
    if (best) hits.push(best);
  });
  const a = (id: string) => graph.getNodeAttributes(id);
  return hits.sort((x, y) => x.score - y.score || a(y.id).mentions - a(x.id).mentions || a(x.id).label.localeCompare(a(y.id).label) || x.id.localeCompare(y.id));
}

/** Queries of every kind drawn from the graph's own names: whole names, words, prefixes, infixes, typos. */
function variedQueries(graph: KnowledgeGraph, count: number): string[] {
  const random = seededRandom(7);
  const nodes = graph.nodes();
  const queries = ['', 'a', 'e', 'an', 'zz', 'xyzzy', 'the', 'Ünïted', 'REPUBLIC'];
  const typo = (s: string) => {
    const i = Math.floor(random() * s.length);
    const kind = Math.floor(random() * 3);
    const letter = 'aeioustrnx'[Math.floor(random() * 10)];
    return kind === 0 ? s.slice(0, i) + s.slice(i + 1) : kind === 1 ? s.slice(0, i) + letter + s.slice(i + 1) : s.slice(0, i) + letter + s.slice(i);
  };
  for (let i = 0; i < count; i++) {
    const node = nodes[Math.floor(random() * nodes.length)];
    const names = searchableNames(node, graph.getNodeAttributes(node));
    const name = names[Math.floor(random() * names.length)];
    const words = name.split(' ');
    const word = words[Math.floor(random() * words.length)];
    const start = Math.floor(random() * Math.max(1, name.length - 3));
    queries.push(name, word, word.slice(0, 4), name.slice(start, start + 2 + Math.floor(random() * 5)), typo(word), typo(typo(name)), name.toUpperCase());
  }
  return queries;
}

describe('entity search through the name index', () => {
  it('ranks exactly as a scan of every name on a varied graph', () => {
    const graph = syntheticGraph({ nodes: 600, edges: 1500, seed: 5 });
    const queries = variedQueries(graph, 60);
    for (const q of queries) expect(rankEntities(graph, q), q).toEqual(scanEverything(graph, q));
    for (const type of ['person', 'country', 'organization'] as const) {
      for (const q of queries.slice(0, 60)) expect(rankEntities(graph, q, type), `${q} (${type})`).toEqual(scanEverything(graph, q, type));
    }
  });

  it('pages exactly as slices of the full ranking', () => {
    const graph = syntheticGraph({ nodes: 600, edges: 1500, seed: 5 });
    for (const q of ['', 'a', 'an', 'ia', 'e', 'on', 'er']) {
      const all = scanEverything(graph, q);
      expect(all.length, q).toBeGreaterThan(40);
      for (const [offset, limit] of [[0, 7], [5, 7], [all.length - 3, 10]]) {
        const page = searchEntities(graph, { q, limit, offset });
        expect(page.total).toBe(all.length);
        expect(page.entities.map((e) => [e.id, e.match, e.matched]), `${q} ${offset}`).toEqual(all.slice(offset, offset + limit).map((h) => [h.id, h.match, h.matched]));
      }
    }
  });

  it('ranks exactly as a scan on the news graph (accents, aliases, ids)', () => {
    const graph = newsGraph();
    for (const q of [...variedQueries(graph, 20), 'erdoğan', 'Erdgoan', 'afghanistn', 'US', 'Tayyip Erd', 'kabul airport', 'turkish'])
      expect(rankEntities(graph, q), q).toEqual(scanEverything(graph, q));
  });

  it('cuts a query into disjoint pieces that cover it', () => {
    expect(queryPieces('erdogan', 3)).toEqual(['er', 'do', 'gan']);
    expect(queryPieces('kabul', 2).join('')).toBe('kabul');
  });

  it('follows a graph changed in place: new entities, new aliases, renamed and dropped nodes', () => {
    const graph = newsGraph();
    expect(rankEntities(graph, 'Ankara')).toEqual([]);
    addExtraction(graph, extraction('fourth', 'Ankara spoke for Türkiye.', [
      { key: 'ankara', label: 'Ankara', type: 'location' },
      { key: 'turkey', label: 'Turkey', type: 'country', aliases: ['Türkiye'] },
    ], []));
    expect(rankEntities(graph, 'ankara').map((h) => h.id)).toEqual(['ankara']);
    expect(rankEntities(graph, 'turkiye')[0]).toMatchObject({ id: 'turkey', match: 'exact', matched: 'Türkiye' });
    graph.setNodeAttribute('kabul', 'label', 'Kabul City');
    expect(rankEntities(graph, 'kabul city')[0]).toMatchObject({ id: 'kabul', match: 'exact' });
    graph.dropNode('ankara');
    expect(rankEntities(graph, 'ankara')).toEqual([]);
    for (const q of ['ankara', 'turkiye', 'kabul', 'kabl cty', 'tur']) expect(rankEntities(graph, q), q).toEqual(scanEverything(graph, q));
  });
});

describe('entity search on a store', () => {
  let dir: string;
  let store: GraphStore;
  const found = (q: string) => searchEntities(store.graph, { q, limit: 10, offset: 0 }).entities.map((e) => e.id);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-name-index-'));
    store = GraphStore.open(dir);
  });

  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds what an ingest added and forgets what a deletion removed', () => {
    store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    expect(found('Erdogan')).toEqual(['recep-tayyip-erdogan']);
    expect(found('Ankara')).toEqual([]);
    const second = store.ingestExtraction({ text: SECOND_TEXT }, secondExtraction());
    const added = store.graph.nodes().filter((n) => !['taliban', 'turkey', 'kabul-airport', 'recep-tayyip-erdogan', 'joe-biden'].includes(n));
    expect(added.length).toBeGreaterThan(0);
    for (const node of added) expect(found(store.graph.getNodeAttribute(node, 'label'))).toContain(node);
    store.deleteDocument(second.id);
    for (const node of added) expect(found(node.replace(/-/g, ' '))).not.toContain(node);
    expect(found('Erdogan')).toEqual(['recep-tayyip-erdogan']);
  });

  it('finds a merged entity under its target and again on its own after a split', () => {
    store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    expect(found('Biden')).toEqual(['joe-biden']);
    store.mergeEntities('recep-tayyip-erdogan', ['joe-biden']);
    expect(found('Biden')).toEqual(['recep-tayyip-erdogan']);
    store.splitEntity('joe-biden');
    expect(found('Biden')).toEqual(['joe-biden']);
  });
});
