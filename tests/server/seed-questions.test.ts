// The questions a reader asks of the seed corpus, answered through the API with the real extractor.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../src/ingest/service.js';
import { createApp } from '../../src/server/app.js';
import { tempStore, type TempStore } from './helpers.js';

interface Relation { predicate: string; source: { label: string }; target: { label: string }; evidence: { text: string; start: number; end: number }[] }
interface Hop { relations: Relation[] }

let temp: TempStore;
let app: Express;
beforeAll(() => {
  temp = tempStore();
  const seeded = seedIfEmpty(temp.store, 'seeds');
  expect(seeded.length).toBeGreaterThan(0);
  expect(seeded.filter((r) => r.error)).toEqual([]);
  app = createApp({ store: temp.store });
});
afterAll(() => temp.cleanup());

describe('the seed corpus answers a reader', () => {
  it('who requested what from Turkey: the Taliban, with the sentence', async () => {
    const res = await request(app).get('/api/relations?target=Turkey&predicate=requests');
    expect(res.status).toBe(200);
    const taliban = (res.body.relations as Relation[]).find((r) => /taliban/i.test(r.source.label));
    expect(taliban).toBeDefined();
    expect(taliban?.evidence.map((e) => e.text).join(' ')).toMatch(/asked Turkey for technical assistance/);
  });

  it('every relation between Biden and Erdogan, including their agreement', async () => {
    const res = await request(app).get('/api/relations?entity=Biden&entity=Erdogan');
    expect(res.status).toBe(200);
    const relations = res.body.relations as Relation[];
    const agreement = relations.find((r) => r.predicate === 'agrees_with');
    expect(agreement?.evidence[0].text).toMatch(/Biden and Turkish President Tayyip Erdogan have lately agreed/);
    for (const r of relations) {
      expect([r.source.label, r.target.label].some((l) => /Biden/.test(l))).toBe(true);
      expect([r.source.label, r.target.label].some((l) => /Erdogan/.test(l))).toBe(true);
    }
  });

  it('the path from Biden to the Taliban, with evidence on every hop', async () => {
    const res = await request(app).get('/api/paths?from=Biden&to=Taliban&maxLength=3');
    expect(res.status).toBe(200);
    const shortest = res.body.shortest as { length: number; nodes: { label: string }[]; hops: Hop[] };
    expect(shortest).not.toBeNull();
    expect(shortest.nodes[0].label).toMatch(/Biden/);
    expect(shortest.nodes[shortest.nodes.length - 1].label).toMatch(/Taliban/);
    expect(shortest.length).toBeLessThanOrEqual(3);
    for (const hop of shortest.hops) {
      expect(hop.relations.length).toBeGreaterThan(0);
      for (const r of hop.relations) expect(r.evidence[0].text.length).toBeGreaterThan(10);
    }
  });
});
