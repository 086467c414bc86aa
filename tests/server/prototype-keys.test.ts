// Entity and document ids that are names of Object.prototype properties (constructor, __proto__,
// toString...) must behave like any other id: through ingest, the API, every export and every import.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportChunks, readGraph, IMPORT_FORMATS } from '../../src/formats/registry.js';
import { readCsv } from '../../src/formats/csv.js';
import { createApp } from '../../src/server/app.js';
import { DATABASE_FILE, GraphStore } from '../../src/store/index.js';
import { prepareDatabase } from '../../src/store/schema.js';
import { insertDocument } from '../../src/store/write.js';
import { extraction } from '../store/fixtures.js';
import { tempStore, type TempStore } from './helpers.js';

const HOSTILE_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'Prototype', 'isPrototypeOf', '__defineGetter__'];

let temp: TempStore;
beforeEach(() => { temp = tempStore(); });
afterEach(() => { temp.store.close(); temp.cleanup(); });

/** A graphology JSON file whose node ids (and one document id) are the hostile names, all linked to "greece". */
function hostileJson(): string {
  const docOf = (i: number) => (i % 2 === 0 ? HOSTILE_IDS[i] : `doc-${i}`);
  const evidence = (i: number, doc: string) => [{ doc, sentence: i, start: 0, end: 20, text: `Statement number ${String(i).padStart(2, '0')}.` }];
  const nodes = [{ key: 'greece', attributes: { label: 'Greece', entityType: 'country', aliases: [], mentions: 1 } },
    ...HOSTILE_IDS.map((id) => ({ key: id, attributes: { label: `Envoy ${id}`, entityType: 'person', aliases: [], mentions: 1 } }))];
  const edges = HOSTILE_IDS.map((id, i) => ({
    source: 'greece', target: id,
    attributes: { predicate: 'threatens', label: 'threatens', cameo: '13', modality: 'asserted', confidence: 0.9, evidence: evidence(i, docOf(i)) },
  }));
  return JSON.stringify({ attributes: { documents: Object.fromEntries(HOSTILE_IDS.map((_id, i) => [docOf(i), { title: `Title ${docOf(i)}` }])) }, nodes, edges });
}

describe('ids named like Object.prototype properties', () => {
  it('ingests "Mr. Constructor" and serves and exports him with his relation', async () => {
    const app = createApp({ store: temp.store });
    const posted = await request(app).post('/api/documents').send({ text: 'Greece threatened Mr. Constructor, the Turkish envoy.' });
    expect(posted.status).toBe(201);
    const graph = temp.store.graph;
    const constructorNode = graph.findNode((_n, a) => a.label === 'Constructor');
    expect(constructorNode).toBeDefined();
    const id = constructorNode as string;
    expect(graph.neighbors(id)).toContain('greece');
    const entity = await request(app).get(`/api/entities/${encodeURIComponent(id)}`);
    expect(entity.status).toBe(200);
    const byName = await request(app).get('/api/neighbors/Constructor');
    expect(byName.status).toBe(200);
    expect(JSON.stringify(byName.body)).toContain('greece');
    for (const format of EXPORT_FORMATS) {
      const files = format === 'csv' ? ['nodes', 'edges'] : [undefined];
      for (const file of files) {
        const res = await request(app).get('/api/export').query({ format, ...(file ? { file } : {}) });
        expect(res.status, `${format} ${file ?? ''}`).toBe(200);
        expect(res.text, `${format} ${file ?? ''}`).toContain(id);
      }
    }
  });

  it('imports hostile ids through every format without losing a node, an edge or a document', async () => {
    const source = await readGraph(hostileJson(), 'json');
    expect(source.order).toBe(HOSTILE_IDS.length + 1);
    expect(source.size).toBe(HOSTILE_IDS.length);
    expect(source.outNeighbors('greece')).toHaveLength(HOSTILE_IDS.length);
    for (const format of IMPORT_FORMATS) {
      const again = await readGraph([...exportChunks(source, format)].join(''), format);
      expect([again.order, again.size], format).toEqual([source.order, source.size]);
      expect(again.outNeighbors('greece'), format).toHaveLength(HOSTILE_IDS.length);
      expect(Object.keys(again.getAttribute('documents')).sort(), format).toEqual(Object.keys(source.getAttribute('documents')).sort());
    }
    const csv = readCsv([...exportChunks(source, 'csv', { part: 'nodes' })].join(''), [...exportChunks(source, 'csv', { part: 'edges' })].join(''));
    expect([csv.order, csv.size]).toEqual([source.order, source.size]);
  });

  it('stores an imported hostile file, survives a restart, and answers for every entity', async () => {
    let app = createApp({ store: temp.store });
    const imported = await request(app).post('/api/import').set('Content-Type', 'application/json').send(hostileJson());
    expect(imported.status).toBe(200);
    temp.store.close();
    const reopened = GraphStore.open(temp.dir);
    temp.store = reopened;
    app = createApp({ store: reopened });
    expect(reopened.graph.size).toBe(HOSTILE_IDS.length);
    for (const node of reopened.graph.nodes()) {
      const res = await request(app).get(`/api/neighbors/${encodeURIComponent(node)}`);
      expect(res.status, node).toBe(200);
    }
    const docs = await request(app).get('/api/documents').query({ limit: 100 });
    expect(docs.status).toBe(200);
    for (const format of EXPORT_FORMATS) {
      const res = await request(app).get('/api/export').query({ format, ...(format === 'csv' ? { file: 'edges' } : {}) });
      expect(res.status, format).toBe(200);
    }
  });

  it('renames a "constructor" entity and a "__proto__" document stored before ids were made safe', async () => {
    temp.store.close();
    const text = 'Greece threatened Mr. Constructor.';
    const legacy = extraction('__proto__', text,
      [{ key: 'greece', label: 'Greece', type: 'country' }, { key: 'constructor', label: 'Constructor', type: 'person' }],
      [{ source: 'greece', predicate: 'threatens', target: 'constructor', sentence: 0 }]);
    const db = new Database(join(temp.dir, DATABASE_FILE));
    prepareDatabase(db);
    db.transaction(() => insertDocument(db, { id: '__proto__', contentHash: 'h', text, ingestedAt: '2021-01-01T00:00:00Z' }, legacy))();
    db.close();
    const reopened = GraphStore.open(temp.dir);
    temp.store = reopened;
    expect(reopened.graph.outNeighbors('greece')).toEqual(['constructor~']);
    expect(reopened.integrityCheck()).toBe('ok');
    const app = createApp({ store: reopened });
    expect((await request(app).get('/api/entities/constructor~')).status).toBe(200);
    expect((await request(app).get('/api/documents/__proto__~')).status).toBe(200);
    expect((await request(app).get('/api/export').query({ format: 'gexf' })).text).toContain('constructor~');
  });
});
