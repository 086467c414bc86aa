import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { ARTICLE, storeFixtures, tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
beforeEach(() => { temp = tempStore(); });
afterEach(() => temp.cleanup());

describe('POST /api/documents', () => {
  it('stores a JSON article and reports what it added; the same text again adds nothing', async () => {
    const app = createApp({ store: temp.store });
    const created = await request(app).post('/api/documents')
      .send({ text: ARTICLE, title: 'Scholz asks', url: 'https://example.org/a', published: '2024-03-04' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ created: true });
    expect(created.body.id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(created.body.added.entities.length).toBeGreaterThan(0);
    const again = await request(app).post('/api/documents').send({ text: ARTICLE });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: created.body.id, created: false, added: { entities: [], relations: [] } });
    const doc = await request(app).get(`/api/documents/${created.body.id}`);
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({ title: 'Scholz asks', url: 'https://example.org/a', published: '2024-03-04', text: ARTICLE });
    // Entities it added are searchable.
    const someEntity = created.body.added.entities[0] as { id: string; label: string };
    const found = await request(app).get('/api/entities').query({ q: someEntity.label });
    expect(found.body.entities.map((e: { id: string }) => e.id)).toContain(someEntity.id);
  });

  it('accepts text/plain with metadata in the query string', async () => {
    const app = createApp({ store: temp.store });
    const res = await request(app).post('/api/documents?title=Plain&published=2024-03-05').set('Content-Type', 'text/plain').set('X-Requested-With', 'newsgraph').send(ARTICLE);
    expect(res.status).toBe(201);
    const list = await request(app).get('/api/documents');
    expect(list.body).toMatchObject({ total: 1, documents: [{ id: res.body.id, title: 'Plain', published: '2024-03-05' }] });
  });

  it('rejects empty, binary, malformed, unknown and oversized bodies with a JSON error', async () => {
    const app = createApp({ store: temp.store, maxBodyBytes: 2000 });
    const cases: [request.Test, number, string][] = [
      [request(app).post('/api/documents').send({ text: '   \n ' }), 400, 'empty_text'],
      [request(app).post('/api/documents').set('Content-Type', 'text/plain').set('X-Requested-With', 'newsgraph').send(''), 400, 'empty_text'],
      [request(app).post('/api/documents').set('Content-Type', 'text/plain').set('X-Requested-With', 'newsgraph').send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0x00, 0x01])), 400, 'binary_text'],
      [request(app).post('/api/documents').send({ title: 'no text' }), 400, 'invalid_parameter'],
      [request(app).post('/api/documents').send({ text: 42 }), 400, 'invalid_parameter'],
      [request(app).post('/api/documents').send({ text: 'Fine.', colour: 'red' }), 400, 'unknown_parameter'],
      [request(app).post('/api/documents').send({ text: 'Fine.', published: 'yesterday' }), 400, 'invalid_parameter'],
      [request(app).post('/api/documents').send({ text: 'Fine.', url: 'javascript:alert(1)' }), 400, 'invalid_parameter'],
      [request(app).post('/api/documents').set('Content-Type', 'application/json').send('{"text": '), 400, 'invalid_json'],
      [request(app).post('/api/documents').set('Content-Type', 'application/json').send('["text"]'), 400, 'invalid_body'],
      [request(app).post('/api/documents').set('X-Requested-With', 'newsgraph'), 400, 'invalid_body'],
      [request(app).post('/api/documents').set('Content-Type', 'application/octet-stream').send(Buffer.from('abc')), 415, 'unsupported_media_type'],
      [request(app).post('/api/documents').send({ text: 'x'.repeat(3000) }), 413, 'payload_too_large'],
      [request(app).post('/api/documents').set('Content-Type', 'text/plain').set('X-Requested-With', 'newsgraph').send('x'.repeat(3000)), 413, 'payload_too_large'],
    ];
    for (const [req, status, code] of cases) {
      const res = await req;
      expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });
      expect(typeof res.body.error.message).toBe('string');
      expect(JSON.stringify(res.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    expect(temp.store.documentCount()).toBe(0);
  });

  it('defaults the body limit to 5 MB', async () => {
    const app = createApp({ store: temp.store });
    const res = await request(app).post('/api/documents').set('Content-Type', 'text/plain').set('X-Requested-With', 'newsgraph').send('a'.repeat(5 * 1024 * 1024 + 1));
    expect(res.status).toBe(413);
  });
});

describe('documents: list, read, delete', () => {
  it('lists with paging, reads one, deletes it and what only it supported', async () => {
    const { kabul, second } = storeFixtures(temp.store);
    const app = createApp({ store: temp.store });
    const page = await request(app).get('/api/documents?limit=1&offset=1');
    expect(page.body).toMatchObject({ total: 2, documents: [{ id: second, title: 'Ankara', entities: 4, relations: 2 }] });
    const deleted = await request(app).delete(`/api/documents/${second}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.removed.entities.sort()).toEqual(['afghanistan', 'united-states']);
    expect(deleted.body.removed.relations).toContain('recep-tayyip-erdogan|criticizes|taliban');
    expect((await request(app).get(`/api/documents/${second}`)).status).toBe(404);
    expect((await request(app).get('/api/entities/united-states')).status).toBe(404);
    expect((await request(app).get(`/api/documents/${kabul}`)).status).toBe(200);
  });

  it('answers 404 for unknown ids and 400 for bad paging', async () => {
    const app = createApp({ store: temp.store });
    for (const [req, status] of [
      [request(app).get('/api/documents/doc-nope'), 404],
      [request(app).delete('/api/documents/doc-nope'), 404],
      [request(app).get('/api/documents?limit=0'), 400],
      [request(app).get('/api/documents?limit=501'), 400],
      [request(app).get('/api/documents?limit=ten'), 400],
      [request(app).get('/api/documents?offset=-1'), 400],
      [request(app).get('/api/documents?limit=1&limit=2'), 400],
      [request(app).get('/api/documents?sort=title'), 400],
    ] as const) {
      const res = await req;
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBeTypeOf('string');
    }
  });
});
