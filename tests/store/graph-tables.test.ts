// The graph tables: what start-up loads must be exactly the graph that replaying every stored
// extraction builds, after any sequence of ingests, deletions, merges, splits and imports; a store of
// schema version 1 opens and is migrated; `reindex` repairs tables that disagree with the documents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import type { KnowledgeGraph } from '../../src/graph/model.js';
import { DATABASE_FILE, GraphStore } from '../../src/store/index.js';
import { documentsOfGraph } from '../../src/store/import.js';
import { contentHash } from '../../src/store/identity.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { graphFromDatabase } from '../../src/store/replay.js';
import { VERSION_1_TABLES } from '../../src/store/schema-v1.js';
import { insertDocument } from '../../src/store/write.js';
import { extraction, KABUL_TEXT, kabulExtraction, SECOND_TEXT, secondExtraction } from './fixtures.js';
import { EVIDENCE_CHUNK } from '../../src/store/graph-tables.js';

let dir: string;
let store: GraphStore;

beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'newsgraph-graph-tables-')); });
afterEach(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

function serialised(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

/** The graph replaying the stored extractions gives, read through a connection of its own. */
function replayed(): string {
  const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
  try {
    return serialised(graphFromDatabase(db));
  } finally {
    db.close();
  }
}

function reopen(): GraphStore {
  store.close();
  store = GraphStore.open(dir);
  return store;
}

/** Live graph, restarted graph and replayed graph are one graph (nodes, edges, attributes and order). */
function expectInStep(): void {
  const live = serialised(store.graph);
  expect(live).toBe(replayed());
  expect(serialised(reopen().graph)).toBe(live);
}

/** A synthetic archive's documents with their extractions, entity names shared across documents. */
function archive(nodes: number, edges: number, seed: number): ReturnType<typeof documentsOfGraph> {
  const graph = syntheticGraph({ nodes, edges, seed });
  return documentsOfGraph(graph, (node) => node, { entity: () => false, relation: () => false });
}

describe('graph tables', () => {
  it('start-up loads the replayed graph after ingests, deletions, merges, splits and imports', () => {
    store = GraphStore.open(dir);
    const documents = archive(120, 600, 5);
    for (const doc of documents) store.ingestExtraction({ text: doc.text, title: doc.title, published: doc.published }, doc.result);
    expect(store.graph.size).toBeGreaterThan(400);
    expectInStep();

    const ids = store.listDocuments(5, 10).documents.map((d) => d.id);
    for (const id of ids.slice(0, 3)) expect(store.deleteDocument(id)).toBe(true);
    expectInStep();

    const [into, a, b] = store.graph.nodes().filter((n) => store.graph.degree(n) > 2);
    store.mergeEntities(into, [a, b]);
    expectInStep();
    store.splitEntity(a);
    expectInStep();

    const foreign = GraphStore.open(mkdtempSync(join(tmpdir(), 'newsgraph-graph-tables-foreign-')));
    try {
      for (const doc of archive(60, 200, 9)) foreign.ingestExtraction({ text: doc.text, published: doc.published }, doc.result);
      expect(store.importGraph(foreign.graph).documents).toBeGreaterThan(0);
    } finally {
      foreign.close();
    }
    expectInStep();

    // A document stated after all that still lands where replay puts it.
    store.ingestExtraction({ text: KABUL_TEXT, published: '2021-08-25' }, kabulExtraction());
    store.ingestExtraction({ text: SECOND_TEXT }, secondExtraction());
    expectInStep();
  });

  it('keeps an edge stated by many documents, beyond its inline evidence, and after deleting some of them', () => {
    store = GraphStore.open(dir);
    const statements = EVIDENCE_CHUNK * 2 + 5;
    const ids: string[] = [];
    for (let i = 0; i < statements; i++) {
      const text = `Report ${i}: Greece criticized Turkey.\nTurkey answered Greece.`;
      const result = extraction(`r${i}`, text, [
        { key: 'greece', label: 'Greece', type: 'country' }, { key: 'turkey', label: 'Turkey', type: 'country' },
      ], [{ source: 'greece', predicate: 'criticizes', target: 'turkey', sentence: 0 }, ...(i % 3 === 0 ? [{ source: 'turkey', predicate: 'consults' as const, target: 'greece', sentence: 1 }] : [])]);
      ids.push(store.ingestExtraction({ text }, result).id);
    }
    expect(store.graph.getEdgeAttribute('greece|criticizes|turkey', 'evidence')).toHaveLength(statements);
    expectInStep();
    // The first document made the first edge: deleting it moves edges, deleting others shortens chunks.
    for (const id of [ids[0], ids[70], ids[statements - 1]]) store.deleteDocument(id);
    expect(store.graph.getEdgeAttribute('greece|criticizes|turkey', 'evidence')).toHaveLength(statements - 3);
    expectInStep();
  });

  it('opens a schema version 1 store and migrates it, building the graph tables by replay', () => {
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec(VERSION_1_TABLES);
    db.pragma('user_version = 1');
    // Today's insert statements write evidence.reason (version 2): the column exists only while they run.
    db.exec("ALTER TABLE evidence ADD COLUMN reason TEXT NOT NULL DEFAULT ''");
    for (const [text, result] of [[KABUL_TEXT, kabulExtraction('doc-1')], [SECOND_TEXT, secondExtraction('doc-2')]] as const) {
      // Version 1 stored extractions with entity keys already resolved: the second document's Erdoğan is its own entity here.
      insertDocument(db, { id: result.doc, contentHash: contentHash(text), text, ingestedAt: '2021-08-25T00:00:00.000Z' }, result);
    }
    db.exec('ALTER TABLE evidence DROP COLUMN reason');
    db.close();

    store = GraphStore.open(dir);
    expect(store.graph.order).toBe(8);
    expect(store.graph.hasEdge('erdogan|criticizes|taliban')).toBe(true);
    expectInStep();
    const check = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect((check.prepare('SELECT COUNT(*) AS n FROM graph_edges').get() as { n: number }).n).toBe(6);
    check.close();
  });

  it('refuses a store written by a newer schema, changing nothing', () => {
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => { store = GraphStore.open(dir); }).toThrow(/newer than this newsgraph knows/);
    store = GraphStore.open(mkdtempSync(join(tmpdir(), 'newsgraph-graph-tables-other-')));
  });

  it('reindex rebuilds graph tables that disagree with the stored documents', () => {
    store = GraphStore.open(dir);
    store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    store.ingestExtraction({ text: SECOND_TEXT }, secondExtraction());
    const before = serialised(store.graph);
    store.close();
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec("DELETE FROM graph_edges; UPDATE graph_nodes SET attrs = json_set(attrs, '$.mentions', 99)");
    db.close();
    expect(serialised(reopen().graph)).not.toBe(before);
    expect(store.reindex()).toEqual({ entities: store.graph.order, relations: store.graph.size });
    expect(serialised(store.graph)).toBe(before);
    expectInStep();
  });
});
