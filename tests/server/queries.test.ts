import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { MODALITIES } from '../../src/domain/extraction.js';
import { storeFixtures, tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
let app: Express;
beforeAll(() => {
  temp = tempStore();
  storeFixtures(temp.store);
  app = createApp({ store: temp.store });
});
afterAll(() => temp.cleanup());

interface Relation { id: string; source: { id: string }; target: { id: string }; evidence: { text: string }[] }

describe('GET /api/entities', () => {
  it('searches by name or alias, case- and accent-insensitive, prefix and fuzzy', async () => {
    for (const q of ['erdogan', 'ERDOĞAN', 'Erd', 'Erdgoan', 'Tayyip']) {
      const res = await request(app).get('/api/entities').query({ q });
      expect(res.status).toBe(200);
      expect(res.body.entities[0]?.id).toBe('recep-tayyip-erdogan');
    }
    const people = await request(app).get('/api/entities?type=person&limit=1');
    expect(people.body.total).toBe(2);
    expect(people.body.entities).toHaveLength(1);
  });

  it('rejects bad parameters', async () => {
    for (const url of ['/api/entities?type=planet', '/api/entities?limit=0', '/api/entities?limit=9999', '/api/entities?q=a&q=b', `/api/entities?q=${'x'.repeat(300)}`]) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toMatch(/parameter/);
    }
  });

  it('shows one entity with relations in and out grouped by predicate, with evidence', async () => {
    const res = await request(app).get('/api/entities/turkey');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'turkey', label: 'Turkey', entityType: 'country', aliases: ['Turkish'], degree: 2 });
    const groups = res.body.relations.incoming as { predicate: string; relations: Relation[] }[];
    expect(groups.map((g) => g.predicate).sort()).toEqual(['leader_of', 'requests']);
    expect(groups.find((g) => g.predicate === 'requests')?.relations[0].evidence[0].text).toContain('The Taliban asked Turkey');
    expect((await request(app).get('/api/entities/atlantis')).status).toBe(404);
  });
});

describe('GET /api/relations', () => {
  it('answers who requested what from Turkey, by name', async () => {
    const res = await request(app).get('/api/relations?target=Turkey&predicate=requests');
    expect(res.status).toBe(200);
    expect(res.body.relations.map((r: Relation) => r.source.id)).toEqual(['taliban']);
    expect(res.body.relations[0].evidence[0]).toMatchObject({ title: 'Kabul airport', published: '2021-08-25' });
  });

  it('lists every relation between two entities, given twice as entity', async () => {
    const res = await request(app).get('/api/relations?entity=Biden&entity=Erdogan');
    expect(res.body.relations.map((r: Relation) => r.id).sort()).toEqual(['joe-biden|agrees_with|recep-tayyip-erdogan', 'recep-tayyip-erdogan|consults|joe-biden']);
  });

  it('filters by CAMEO code and dates, and pages', async () => {
    const cameo = await request(app).get('/api/relations?cameo=11');
    expect(cameo.body.relations.map((r: Relation) => r.id)).toEqual(['recep-tayyip-erdogan|criticizes|taliban']);
    const late = await request(app).get('/api/relations?since=2021-09-01');
    expect(late.body.total).toBe(2);
    const early = await request(app).get('/api/relations?until=2021-08');
    expect(early.body.total).toBe(4);
    const paged = await request(app).get('/api/relations?limit=2&offset=1');
    expect(paged.body).toMatchObject({ total: 6 });
    expect(paged.body.relations).toHaveLength(2);
  });

  it('answers 404 for unknown entities and 400 for bad parameters', async () => {
    expect((await request(app).get('/api/relations?source=Atlantis')).body.error.code).toBe('entity_not_found');
    for (const url of ['/api/relations?predicate=loves', '/api/relations?cameo=abc', '/api/relations?since=last-week', '/api/relations?entity=a&entity=b&entity=c', '/api/relations?limit=501', '/api/relations?source=']) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(400);
    }
  });
});

describe('graph-shaped answers', () => {
  it('returns the whole graph as graphology JSON with the attributes the web app draws', async () => {
    const res = await request(app).get('/api/graph');
    expect(res.status).toBe(200);
    expect(res.body.options).toMatchObject({ type: 'directed', multi: true });
    expect(res.body.nodes).toHaveLength(temp.store.graph.order);
    const turkey = res.body.nodes.find((n: { key: string }) => n.key === 'turkey');
    expect(turkey.attributes).toMatchObject({ label: 'Turkey', entityType: 'country', aliases: ['Turkish'], country: 'TUR' });
    expect(res.body.edges[0].attributes).toHaveProperty('evidence');
    expect(Object.values(res.body.attributes.documents)).toContainEqual({ title: 'Ankara', published: '2021-09-10' });
  });

  it('filters the graph like relations (dates, predicates)', async () => {
    const res = await request(app).get('/api/graph?since=2021-09&predicate=withdraws_from');
    expect(res.body.edges.map((e: { key: string }) => e.key)).toEqual(['united-states|withdraws_from|afghanistan']);
    expect((await request(app).get('/api/graph?until=soon')).status).toBe(400);
  });

  it('filters by entity type, modality and minimum degree, as the web explorer does', async () => {
    type Json = { nodes: { key: string; attributes: { entityType: string } }[]; edges: { key: string; source: string; attributes: { modality: string } }[] };
    const people = (await request(app).get('/api/graph?type=person,country')).body as Json;
    expect(people.edges.length).toBeGreaterThan(0);
    expect(new Set(people.nodes.map((n) => n.attributes.entityType))).toEqual(new Set(['person', 'country']));
    const all = (await request(app).get('/api/graph')).body as Json;
    expect(all.nodes.some((n) => n.attributes.entityType === 'organization')).toBe(true);

    for (const modality of MODALITIES) {
      const only = (await request(app).get(`/api/graph?modality=${modality}`)).body as Json;
      expect(only.edges.every((e) => e.attributes.modality === modality)).toBe(true);
      expect(only.edges.length, modality).toBe(all.edges.filter((e) => e.attributes.modality === modality).length);
    }

    const degree = new Map<string, number>();
    for (const e of all.edges as unknown as { source: string; target: string }[]) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    // The highest threshold that still keeps an edge: the best-connected pair of neighbours.
    const edgesWithEnds = all.edges as unknown as { source: string; target: string }[];
    const threshold = Math.max(...edgesWithEnds.map((e) => Math.min(degree.get(e.source) ?? 0, degree.get(e.target) ?? 0)));
    expect(threshold).toBeGreaterThan(Math.min(...degree.values()));
    const hubs = (await request(app).get(`/api/graph?minDegree=${threshold}`)).body as Json;
    expect(hubs.nodes.length).toBeGreaterThan(0);
    expect(hubs.nodes.every((n) => (degree.get(n.key) ?? 0) >= threshold)).toBe(true);
    expect(hubs.nodes.length).toBeLessThan(all.nodes.length);

    for (const bad of ['type=planet', 'modality=maybe', 'minDegree=-1', 'minDegree=many']) {
      const res = await request(app).get(`/api/graph?${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBeTruthy();
    }
  });

  it('returns ego networks up to depth 3', async () => {
    const one = await request(app).get('/api/neighbors/joe-biden');
    expect(one.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['joe-biden', 'recep-tayyip-erdogan']);
    const two = await request(app).get('/api/neighbors/Biden?depth=2&predicate=agrees_with,leader_of');
    expect(two.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['joe-biden', 'recep-tayyip-erdogan', 'turkey']);
    expect((await request(app).get('/api/neighbors/joe-biden?depth=4')).status).toBe(400);
    expect((await request(app).get('/api/neighbors/joe-biden?depth=0')).status).toBe(400);
    expect((await request(app).get('/api/neighbors/atlantis')).status).toBe(404);
  });

  it('finds paths with evidence on every hop', async () => {
    const res = await request(app).get('/api/paths?from=Biden&to=Taliban&maxLength=3');
    expect(res.status).toBe(200);
    expect(res.body.shortest.nodes.map((n: { id: string }) => n.id)).toEqual(['joe-biden', 'recep-tayyip-erdogan', 'taliban']);
    for (const hop of res.body.shortest.hops as { relations: Relation[] }[]) expect(hop.relations[0].evidence[0].text.length).toBeGreaterThan(0);
    expect(res.body.paths.length).toBeGreaterThanOrEqual(2);
    expect((await request(app).get('/api/paths?from=Biden')).status).toBe(400);
    expect((await request(app).get('/api/paths?from=Biden&to=Taliban&maxLength=7')).status).toBe(400);
    expect((await request(app).get('/api/paths?from=Biden&to=Taliban&directed=maybe')).status).toBe(400);
    expect((await request(app).get('/api/paths?from=Biden&to=Atlantis')).status).toBe(404);
  });

  it('lists predicates with labels, CAMEO codes and counts', async () => {
    const res = await request(app).get('/api/ontology');
    const requests = res.body.predicates.find((p: { id: string }) => p.id === 'requests');
    expect(requests).toMatchObject({ label: 'requests', cameo: '02', relations: 1, evidence: 1 });
  });

  it('reports health with counts', async () => {
    const res = await request(app).get('/api/health');
    expect(res.body).toMatchObject({ status: 'ok', documents: 2, entities: temp.store.graph.order, relations: temp.store.graph.size });
  });
});
