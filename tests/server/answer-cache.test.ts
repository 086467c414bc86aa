// Query answers: tags that change with the graph (304 when the client holds the current one), cached
// bodies that never outlive a change, and relations cut down with evidence= and fields=.
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../src/server/app.js';
import { extraction } from '../store/fixtures.js';
import { storeFixtures, tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
let app: Express;
beforeEach(() => {
  temp = tempStore();
  storeFixtures(temp.store);
  app = createApp({ store: temp.store });
});
afterEach(() => temp.cleanup());

function addTurkeyGreece(): void {
  const text = 'Turkey criticized Greece.';
  temp.store.ingestExtraction({ text }, extraction('tg', text, [
    { key: 'turkey', label: 'Turkey', type: 'country' }, { key: 'greece', label: 'Greece', type: 'country' },
  ], [{ source: 'turkey', predicate: 'criticizes', target: 'greece', sentence: 0 }]));
}

describe('answer tags and cache', () => {
  it('answers 304 to the current tag, and a new answer once the graph changed', async () => {
    const first = await request(app).get('/api/relations?entity=turkey');
    expect(first.status).toBe(200);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\/".+"$/);
    const again = await request(app).get('/api/relations?entity=turkey').set('If-None-Match', tag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');

    addTurkeyGreece();
    const changed = await request(app).get('/api/relations?entity=turkey').set('If-None-Match', tag);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(tag);
    expect(changed.body.total).toBe(first.body.total + 1);
  });

  it('serves a repeated question the same body, and never a body from before a change', async () => {
    const cold = await request(app).get('/api/entities?q=turk');
    const warm = await request(app).get('/api/entities?q=turk');
    expect(warm.text).toBe(cold.text);
    expect(warm.headers['content-type']).toMatch(/^application\/json/);
    const before = await request(app).get('/api/neighbors/turkey');
    addTurkeyGreece();
    const after = await request(app).get('/api/neighbors/turkey');
    expect(after.body.nodes.map((n: { key: string }) => n.key)).toContain('greece');
    expect(before.body.nodes.map((n: { key: string }) => n.key)).not.toContain('greece');
  });

  it('does not tag or cache errors', async () => {
    const bad = await request(app).get('/api/relations?evidence=some');
    expect(bad.status).toBe(400);
    expect(bad.headers.etag).toBeUndefined();
    expect(bad.body.error.message).toMatch(/^evidence: must be one of: none, first, all/);
  });

  it('works the same with the cache off', async () => {
    const off = createApp({ store: temp.store, answerCacheChars: 0 });
    const first = await request(off).get('/api/relations?entity=turkey');
    expect((await request(off).get('/api/relations?entity=turkey').set('If-None-Match', first.headers.etag as string)).status).toBe(304);
    expect((await request(off).get('/api/relations?entity=turkey')).text).toBe(first.text);
  });
});

describe('GET /api/relations evidence= and fields=', () => {
  it('sends all, the first or no evidence, the weight unchanged', async () => {
    const all = await request(app).get('/api/relations?entity=turkey&evidence=all');
    const first = await request(app).get('/api/relations?entity=turkey&evidence=first');
    const none = await request(app).get('/api/relations?entity=turkey&evidence=none');
    const byId = (body: { relations: { id: string; weight: number; evidence: unknown[] }[] }) => new Map(body.relations.map((r) => [r.id, r]));
    const a = byId(all.body);
    expect(a.size).toBeGreaterThan(0);
    for (const r of first.body.relations) {
      expect(r.evidence).toEqual(a.get(r.id)?.evidence.slice(0, 1));
      expect(r.weight).toBe(a.get(r.id)?.weight);
    }
    for (const r of none.body.relations) expect(r.evidence).toEqual([]);
    expect(none.body.total).toBe(all.body.total);
  });

  it('cuts relations down to the fields asked for, always with their id', async () => {
    const res = await request(app).get('/api/relations?entity=turkey&fields=predicate,weight');
    expect(res.status).toBe(200);
    for (const r of res.body.relations) expect(Object.keys(r).sort()).toEqual(['id', 'predicate', 'weight']);
    const bad = await request(app).get('/api/relations?fields=predicate,colour');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^fields\[1\]: must be among: source, target/);
  });
});
