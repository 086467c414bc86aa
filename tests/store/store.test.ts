import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphStore, StoreError } from '../../src/store/index.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { extraction, KABUL_TEXT, kabulExtraction, SECOND_TEXT, secondExtraction } from './fixtures.js';

// The store is tested with hand-built extractions; ingest() of unknown text must not be reached.

let dir: string;
let store: GraphStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
  store = GraphStore.open(dir);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function reopen(): GraphStore {
  store.close();
  store = GraphStore.open(dir);
  return store;
}

describe('GraphStore ingestion', () => {
  it('stores a document with its entities, relations and evidence and shows them in the graph', () => {
    const outcome = store.ingestExtraction({ text: KABUL_TEXT, title: 'Kabul', published: '2021-08-25' }, kabulExtraction());
    expect(outcome.created).toBe(true);
    expect(outcome.entities).toBe(5);
    expect(outcome.relations).toBe(4);
    expect(outcome.added.entities.map((e) => e.id).sort()).toEqual(['joe-biden', 'kabul-airport', 'recep-tayyip-erdogan', 'taliban', 'turkey']);
    const graph = store.graph;
    const [edge] = graph.edges('taliban', 'turkey');
    expect(graph.getEdgeAttribute(edge, 'predicate')).toBe('requests');
    const evidence = graph.getEdgeAttribute(edge, 'evidence');
    expect(evidence[0].text).toBe('The Taliban asked Turkey for technical assistance at Kabul airport.');
    expect(evidence[0].doc).toBe(outcome.id);
    expect(KABUL_TEXT.slice(evidence[0].start, evidence[0].end)).toBe(evidence[0].text);
    expect(graph.getAttribute('documents')[outcome.id]).toEqual({ title: 'Kabul', published: '2021-08-25' });
    const doc = store.getDocument(outcome.id);
    expect(doc?.text).toBe(KABUL_TEXT);
    expect(doc?.published).toBe('2021-08-25');
  });

  it('is idempotent on the text: the same article twice changes nothing', () => {
    const first = store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    const before = JSON.stringify(store.graph.export());
    const again = store.ingestExtraction({ text: `${KABUL_TEXT}\r\n`, title: 'other title' }, kabulExtraction());
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(store.documentCount()).toBe(1);
    expect(JSON.stringify(store.graph.export())).toBe(before);
  });

  it('resolves the same entity across documents (accents and aliases), adding evidence to it', () => {
    store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    const second = store.ingestExtraction({ text: SECOND_TEXT }, secondExtraction());
    expect(store.graph.hasNode('erdogan')).toBe(false);
    expect(store.graph.hasEdge('recep-tayyip-erdogan|criticizes|taliban')).toBe(true);
    expect(store.graph.getNodeAttribute('recep-tayyip-erdogan', 'aliases')).toContain('Tayyip Erdoğan');
    expect(second.added.entities.map((e) => e.id).sort()).toEqual(['afghanistan', 'united-states']);
  });

  it('gives back the same graph after a restart', () => {
    store.ingestExtraction({ text: KABUL_TEXT, published: '2021-08-25' }, kabulExtraction());
    store.ingestExtraction({ text: SECOND_TEXT, published: '2021-09-01' }, secondExtraction());
    const before = store.graph.export();
    expect(reopen().graph.export()).toEqual(before);
  });

  it('stores all of a document or nothing when writing fails half-way', () => {
    store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    const before = JSON.stringify(store.graph.export());
    const broken: ExtractionResult = secondExtraction();
    // The last relation's evidence has no text: SQLite refuses it after everything else was written.
    const last = broken.relations[broken.relations.length - 1];
    last.evidence = { ...last.evidence, text: null as unknown as string };
    expect(() => store.ingestExtraction({ text: SECOND_TEXT }, broken)).toThrow();
    expect(store.documentCount()).toBe(1);
    expect(JSON.stringify(store.graph.export())).toBe(before);
    expect(JSON.stringify(reopen().graph.export())).toBe(before);
  });
});

describe('GraphStore deletion', () => {
  it('removes the document evidence, then relations and entities left without evidence', () => {
    const kabul = store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    const second = store.ingestExtraction({ text: SECOND_TEXT }, secondExtraction());
    const mentionsBefore = store.graph.getNodeAttribute('taliban', 'mentions');
    expect(store.deleteDocument(second.id)).toBe(true);
    const graph = store.graph;
    expect(graph.hasNode('united-states')).toBe(false);
    expect(graph.hasNode('afghanistan')).toBe(false);
    expect(graph.hasEdge('recep-tayyip-erdogan|criticizes|taliban')).toBe(false);
    // Shared entities stay, with only the remaining document's evidence.
    expect(graph.getNodeAttribute('taliban', 'mentions')).toBeLessThan(mentionsBefore);
    expect(graph.getNodeAttribute('recep-tayyip-erdogan', 'aliases')).not.toContain('Tayyip Erdoğan');
    expect(store.getDocument(second.id)).toBeUndefined();
    expect(reopen().graph.export()).toEqual(graph.export());
    expect(store.deleteDocument(kabul.id)).toBe(true);
    expect(store.graph.order).toBe(0);
    expect(store.deleteDocument(kabul.id)).toBe(false);
  });
});

describe('GraphStore merge and split', () => {
  const text = 'R. T. Erdogan threatened the Taliban.';
  const nickname = () => extraction('nick', text, [
    { key: 'r-t-erdogan', label: 'R. T. Erdogan', type: 'person' },
    { key: 'taliban', label: 'Taliban', type: 'organization' },
  ], [{ source: 'r-t-erdogan', predicate: 'threatens', target: 'taliban', sentence: 0 }]);

  it('merges by hand, survives a restart, and split restores the entity with its aliases and evidence', () => {
    store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    store.ingestExtraction({ text }, nickname());
    const original = store.graph.export();
    expect(store.graph.hasNode('r-t-erdogan')).toBe(true);

    store.mergeEntities('recep-tayyip-erdogan', ['r-t-erdogan']);
    expect(store.graph.hasNode('r-t-erdogan')).toBe(false);
    expect(store.graph.hasEdge('recep-tayyip-erdogan|threatens|taliban')).toBe(true);
    expect(store.graph.getNodeAttribute('recep-tayyip-erdogan', 'aliases')).toContain('R. T. Erdogan');
    expect(reopen().graph.hasEdge('recep-tayyip-erdogan|threatens|taliban')).toBe(true);
    expect(store.mergedInto('r-t-erdogan')).toBe('recep-tayyip-erdogan');

    expect(store.splitEntity('r-t-erdogan')).toEqual({ restored: ['r-t-erdogan'] });
    expect(store.graph.export()).toEqual(original);
    expect(reopen().graph.export()).toEqual(original);
  });

  it('refuses merges of unknown or already merged entities, and splits of unmerged ones', () => {
    store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    expect(() => store.mergeEntities('turkey', ['nowhere'])).toThrow(StoreError);
    expect(() => store.mergeEntities('turkey', ['turkey'])).toThrow(/nothing to merge/);
    expect(() => store.splitEntity('turkey')).toThrow(/not merged/);
    store.mergeEntities('joe-biden', ['taliban']);
    expect(() => store.mergeEntities('turkey', ['taliban'])).toThrow(/already merged/);
  });
});
