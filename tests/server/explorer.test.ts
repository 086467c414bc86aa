// What the explorer downloads: the compact graph, the persisted drawing (GET/PUT /api/layout), and
// compression of API answers.
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../src/server/app.js';
import type { CompactGraph } from '../../src/query/compact.js';
import type { GraphJson } from '../../src/query/subgraph.js';
import { ingestText } from '../../src/ingest/service.js';
import { ARTICLE, storeFixtures, tempStore, type TempStore } from './helpers.js';

type Positions = Record<string, [number, number]>;

let temp: TempStore;
let app: Express;
beforeEach(() => { temp = tempStore(); storeFixtures(temp.store); app = createApp({ store: temp.store }); });
afterEach(() => temp.cleanup());

const positions = async (): Promise<Positions> => {
  const res = await request(app).get('/api/layout');
  expect(res.status).toBe(200);
  return (res.body as { positions: Positions }).positions;
};

describe('GET /api/layout', () => {
  it('places every entity once and answers the same positions again, also after a restart', async () => {
    const first = await positions();
    expect(Object.keys(first).sort()).toEqual(temp.store.graph.nodes().sort());
    for (const [x, y] of Object.values(first)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    // Not all on one spot: a real layout spreads the entities.
    expect(new Set(Object.values(first).map(([x, y]) => `${x},${y}`)).size).toBe(Object.keys(first).length);
    expect(await positions()).toEqual(first);
    const again = createApp({ store: temp.store });
    expect((await request(again).get('/api/layout')).body.positions).toEqual(first);
  });

  it('a new article keeps the old positions and places the new entities next to their neighbours', async () => {
    const before = await positions();
    const outcome = ingestText(temp.store, { text: ARTICLE, title: 'Germany asks France' });
    const after = await positions();
    for (const [id, at] of Object.entries(before)) expect(after[id]).toEqual(at);
    const added = outcome.added.entities.map((e) => e.id);
    expect(added.length).toBeGreaterThan(0);
    for (const id of added) expect(after[id]).toBeDefined();
  });
});

describe('PUT /api/layout', () => {
  it('stores positions that later answers give back', async () => {
    const [node] = temp.store.graph.nodes();
    await positions(); // the drawing exists; the reader then moves one entity
    const res = await request(app).put('/api/layout').send({ positions: { [node]: [12.5, -3] } });
    expect(res.status).toBe(200);
    expect((await positions())[node]).toEqual([12.5, -3]);
  });

  it('refuses unknown entities and malformed positions without storing anything', async () => {
    const [node] = temp.store.graph.nodes();
    const before = await positions();
    const unknown = await request(app).put('/api/layout').send({ positions: { [node]: [1, 1], 'no-such-entity': [0, 0] } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('entity_not_found');
    const malformed = await request(app).put('/api/layout').send({ positions: { [node]: [1, 'a'] } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_parameter');
    expect(await positions()).toEqual(before);
  });
});

describe('GET /api/graph/compact', () => {
  it('has the same entities and relations as /api/graph, with or without filters', async () => {
    for (const search of ['', '?type=person,country', '?since=2021-09-01']) {
      const full = (await request(app).get(`/api/graph${search}`)).body as GraphJson;
      const res = await request(app).get(`/api/graph/compact${search}`);
      expect(res.status).toBe(200);
      const compact = res.body as CompactGraph;
      expect(compact.nodes.key).toEqual(full.nodes.map((n) => n.key));
      const edges = compact.edges.source.map((s, i) => {
        const predicate = compact.predicates[compact.edges.predicate[i]].id;
        return compact.edges.key[i] ?? `${compact.nodes.key[s]}|${predicate}|${compact.nodes.key[compact.edges.target[i]]}`;
      });
      expect(edges).toEqual(full.edges.map((e) => e.key));
      expect(compact.edges.evidence).toEqual(full.edges.map((e) => e.attributes?.evidence.length));
      expect(compact.nodes.type.map((t) => compact.entityTypes[t])).toEqual(full.nodes.map((n) => n.attributes?.entityType));
    }
  });

  it('refuses an unknown filter like /api/graph does', async () => {
    const res = await request(app).get('/api/graph/compact?colour=red');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unknown_parameter');
  });
});

describe('compression', () => {
  it('gzips API answers for clients that accept it', async () => {
    const res = await request(app).get('/api/graph').set('accept-encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.nodes.length).toBe(temp.store.graph.order);
  });
});
