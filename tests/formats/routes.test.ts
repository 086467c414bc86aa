import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../src/formats/csv.js';
import { readGexf } from '../../src/formats/gexf-read.js';
import { gexfChunks } from '../../src/formats/gexf-write.js';
import { jsonChunks, readJson } from '../../src/formats/json.js';
import { collectChunks } from '../../src/formats/stream.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { serverOptions } from '../../src/server/app.js';
import { errorHandler } from '../../src/server/errors.js';
import { exportRoutes } from '../../src/server/routes/export.js';
import { GraphStore } from '../../src/store/index.js';
import { sampleGraph } from './fixtures.js';
import { GEXF_FIXTURES } from './tools.js';

const TEXT = 'Turkey offered to secure Kabul airport. The Taliban rejected the offer.';

function extraction(doc: string): ExtractionResult {
  const evidence = (start: number, end: number, sentence: number) => ({ doc, sentence, start, end, text: TEXT.slice(start, end) });
  return {
    doc,
    entities: [
      { key: 'turkey', label: 'Turkey', entityType: 'country', aliases: [], mentions: 1, country: 'TUR' },
      { key: 'kabul-airport', label: 'Kabul airport', entityType: 'facility', aliases: [], mentions: 1 },
      { key: 'taliban', label: 'Taliban', entityType: 'organization', aliases: [], mentions: 1 },
    ],
    mentions: [],
    relations: [
      { source: 'turkey', target: 'kabul-airport', predicate: 'offers', modality: 'asserted', confidence: 0.9, evidence: evidence(0, 39, 0) },
      { source: 'taliban', target: 'turkey', predicate: 'rejects', modality: 'asserted', confidence: 0.8, evidence: evidence(40, 71, 1) },
    ],
  };
}

/** supertest keeps only text/* and JSON bodies as text; GEXF (application/gexf+xml) comes as bytes. */
async function getText(url: string): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  const res = await request(app).get(url).responseType('blob');
  return { status: res.status, headers: res.headers as Record<string, string>, text: (res.body as Buffer).toString('utf8') };
}

let dir: string;
let store: GraphStore;
let app: express.Express;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-routes-'));
  store = GraphStore.open(dir);
  store.ingestExtraction({ text: TEXT, title: 'Airport talks', published: '2021-06-14' }, extraction('doc'));
  const context = { store, options: serverOptions({ maxBodyBytes: 1024 * 1024 }) };
  app = express();
  app.use('/api', express.json({ limit: context.options.maxBodyBytes }));
  app.use('/api', express.text({ limit: context.options.maxBodyBytes, type: 'text/*' }));
  app.use(exportRoutes(context));
  app.use(errorHandler(context.options.maxBodyBytes, () => {}));
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/export', () => {
  it('streams GEXF 1.3 by default, as an attachment', async () => {
    const res = await getText('/api/export');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/gexf\+xml/);
    expect(res.headers['content-disposition']).toContain('newsgraph.gexf');
    const body = res.text;
    expect(body).toContain('version="1.3"');
    const graph = await readGexf(body);
    expect(graph.order).toBe(store.graph.order);
    expect(graph.size).toBe(store.graph.size);
  });

  it('writes dynamic GEXF 1.2draft on request', async () => {
    const res = await getText('/api/export?format=gexf&version=1.2draft&dynamic=true');
    expect(res.status).toBe(200);
    const body = res.text;
    expect(body).toContain('version="1.2"');
    expect(body).toContain('<spell start="2021-06-14" end="2021-06-14"/>');
  });

  it('applies the /api/graph filters', async () => {
    const res = await request(app).get('/api/export?format=json&predicate=rejects');
    expect(res.status).toBe(200);
    const graph = readJson(res.text);
    expect(graph.mapEdges((_e, a) => a.predicate)).toEqual(['rejects']);
    expect(graph.order).toBe(2);
  });

  it('gives the two CSV files one at a time', async () => {
    const missing = await request(app).get('/api/export?format=csv');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/file=nodes or file=edges/);
    const edges = await request(app).get('/api/export?format=csv&file=edges');
    expect(edges.status).toBe(200);
    const rows = parseCsvRows(edges.text, 'edges.csv');
    expect(rows[0].fields.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(rows).toHaveLength(1 + store.graph.size);
  });

  it('rejects unknown formats and parameters with a JSON error', async () => {
    const res = await request(app).get('/api/export?format=pdf');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_parameter');
    const unknown = await request(app).get('/api/export?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('unknown_parameter');
  });
});

describe('POST /api/import', () => {
  it('refuses a malformed file with its line and stores nothing', async () => {
    const before = { documents: store.documentCount(), order: store.graph.order, size: store.graph.size };
    const broken = collectChunks(gexfChunks(sampleGraph())).replace('</nodes>', '</nodez>');
    const line = broken.split('\n').findIndex((l) => l.includes('</nodez>')) + 1;
    const res = await request(app).post('/api/import').set('Content-Type', 'application/xml').send(broken);
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'invalid_file', message: expect.stringMatching(new RegExp(`^line ${line}: malformed XML`)) });
    expect({ documents: store.documentCount(), order: store.graph.order, size: store.graph.size }).toEqual(before);
  });

  it('refuses an empty body and an unrecognised file', async () => {
    expect((await request(app).post('/api/import').set('Content-Type', 'application/xml').send('')).status).toBe(400);
    const csv = await request(app).post('/api/import').set('Content-Type', 'text/csv').send('id,label\n1,a\n');
    expect(csv.status).toBe(400);
    expect(csv.body.error.message).toMatch(/expected GEXF, GraphML or graphology JSON/);
  });

  it('merges a valid file into the store, evidence included', async () => {
    const file = collectChunks(gexfChunks(sampleGraph()));
    const before = store.graph.order;
    const res = await request(app).post('/api/import').set('Content-Type', 'application/gexf+xml').send(file);
    expect(res.status).toBe(200);
    expect(res.body.imported).toMatchObject({ documents: 3 });
    expect(store.graph.order).toBeGreaterThan(before);
    // Turkey was already there: the file's Turkey merges with it instead of doubling it.
    expect(store.graph.filterNodes((_n, a) => a.label === 'Turkey')).toHaveLength(1);
    const offers = store.graph.filterEdges((_e, a) => a.predicate === 'offers' && a.evidence.some((e) => e.text.includes('run & guard')));
    expect(offers).toHaveLength(1);
  });

  it("imports a Gephi file of another tool's graph", async () => {
    const file = readFileSync(resolve(GEXF_FIXTURES, 'gexf-1.3/examples/primer-webgraph.gexf'), 'utf8');
    const res = await request(app).post('/api/import').set('Content-Type', 'application/xml').send(file);
    expect(res.status).toBe(200);
    expect(res.body.imported).toEqual({ entities: 4, relations: 5, documents: 1 });
    expect(store.graph.filterNodes((_n, a) => a.label === 'Gephi')).toHaveLength(1);
  });

  it('imports graphology JSON sent as application/json', async () => {
    const json = collectChunks(jsonChunks(sampleGraph()));
    const res = await request(app).post('/api/import?format=json').set('Content-Type', 'application/json').send(json);
    expect(res.status).toBe(200);
    expect(res.body.imported).toEqual({ entities: 0, relations: 0, documents: 0 });
  });
});
