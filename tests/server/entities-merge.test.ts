import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { GraphStore } from '../../src/store/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { storeFixtures, tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
beforeEach(() => { temp = tempStore(); storeFixtures(temp.store); });
afterEach(() => temp.cleanup());

describe('merging entities by hand', () => {
  it('merges, persists, and splits back to the original entities with their evidence', async () => {
    const app = createApp({ store: temp.store });
    const before = (await request(app).get('/api/graph')).body;
    const merged = await request(app).post('/api/entities/merge').send({ into: 'turkey', from: ['taliban'] });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ into: 'turkey', merged: ['taliban'], entity: { id: 'turkey' } });
    expect(merged.body.entity.aliases).toContain('Taliban');
    const gone = await request(app).get('/api/entities/taliban');
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain("merged into 'turkey'");

    // The merge is stored: a new store on the same directory sees it.
    temp.store.close();
    temp.store = GraphStore.open(temp.dir);
    const reopened = createApp({ store: temp.store });
    expect((await request(reopened).get('/api/entities/taliban')).status).toBe(404);

    const split = await request(reopened).post('/api/entities/taliban/split');
    expect(split.status).toBe(200);
    expect(split.body.restored).toEqual(['taliban']);
    expect(split.body.entities[0]).toMatchObject({ id: 'taliban', label: 'Taliban' });
    expect((await request(reopened).get('/api/graph')).body).toEqual(before);
  });

  it('rejects bad merges and splits', async () => {
    const app = createApp({ store: temp.store });
    const cases: [request.Test, number][] = [
      [request(app).post('/api/entities/merge').send({ into: 'turkey' }), 400],
      [request(app).post('/api/entities/merge').send({ into: 'turkey', from: [] }), 400],
      [request(app).post('/api/entities/merge').send({ into: 'turkey', from: ['turkey'] }), 400],
      [request(app).post('/api/entities/merge').send({ into: 'turkey', from: ['atlantis'] }), 404],
      [request(app).post('/api/entities/atlantis/split'), 404],
      [request(app).post('/api/entities/turkey/split'), 409],
    ];
    for (const [req, status] of cases) {
      const res = await req;
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBeTypeOf('string');
    }
  });
});
