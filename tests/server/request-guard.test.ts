// No other web page can write: cross-origin writes, "simple" requests without the custom header and
// unknown Host names (DNS rebinding) are refused before any route runs; a token guards writes when set.
import { networkInterfaces } from 'node:os';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { hostName } from '../../src/server/request-guard.js';
import { listenUrls, servedHostNames } from '../../src/server/listen-address.js';
import { ARTICLE, storeFixtures, tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
beforeEach(() => { temp = tempStore(); });
afterEach(() => temp.cleanup());

const EVIL = 'https://evil.example';

describe('cross-origin writes', () => {
  it('refuses a forged text/plain POST and a forged JSON POST from another origin, storing nothing', async () => {
    const app = createApp({ store: temp.store });
    const plain = await request(app).post('/api/documents').set('Origin', EVIL).set('Content-Type', 'text/plain').send(ARTICLE);
    expect([plain.status, plain.body.error.code]).toEqual([403, 'origin_not_allowed']);
    const json = await request(app).post('/api/documents').set('Origin', EVIL).send({ text: ARTICLE });
    expect([json.status, json.body.error.code]).toEqual([403, 'origin_not_allowed']);
    const nullOrigin = await request(app).post('/api/documents').set('Origin', 'null').send({ text: ARTICLE });
    expect(nullOrigin.status).toBe(403);
    const remove = await request(app).delete('/api/documents/doc-1').set('Origin', EVIL);
    expect(remove.status).toBe(403);
    expect(temp.store.documentCount()).toBe(0);
  });

  it('accepts writes from its own origin and from origins the operator allowed', async () => {
    const app = createApp({ store: temp.store, corsOrigins: ['https://app.example'] });
    const own = await request(app).post('/api/documents').set('Host', 'localhost:3000').set('Origin', 'http://localhost:3000').send({ text: ARTICLE });
    expect(own.status).toBe(201);
    const allowed = await request(app).post('/api/documents').set('Origin', 'https://app.example').send({ text: `${ARTICLE}\nMore.` });
    expect(allowed.status).toBe(201);
  });

  it('needs X-Requested-With on text/plain, form and bodiless POSTs (no preflight protects them)', async () => {
    const { kabul } = storeFixtures(temp.store);
    const app = createApp({ store: temp.store });
    const before = temp.store.documentCount();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/plain; charset=utf-8']) {
      const res = await request(app).post('/api/documents').set('Content-Type', type).send('text=Greece threatened Turkey.');
      expect([res.status, res.body.error.code], type).toEqual([403, 'header_required']);
    }
    const split = await request(app).post('/api/entities/taliban/split');
    expect([split.status, split.body.error.code]).toEqual([403, 'header_required']);
    expect(temp.store.documentCount()).toBe(before);
    const withHeader = await request(app).post('/api/documents').set('Content-Type', 'text/plain').set('X-Requested-With', 'newsgraph').send(ARTICLE);
    expect(withHeader.status).toBe(201);
    expect(kabul).toBeDefined();
  });
});

describe('Host names (DNS rebinding)', () => {
  it('answers only to the names it is served under', async () => {
    const app = createApp({ store: temp.store });
    for (const host of ['evil.example', 'evil.example:3000', '127.0.0.2']) {
      const res = await request(app).get('/api/health').set('Host', host);
      expect([res.status, res.body.error?.code], host).toEqual([403, 'host_not_allowed']);
    }
    for (const host of ['localhost:3000', '127.0.0.1:8080', '[::1]:3000', 'LOCALHOST']) {
      expect((await request(app).get('/api/health').set('Host', host)).status, host).toBe(200);
    }
    const proxied = createApp({ store: temp.store, allowedHosts: servedHostNames('127.0.0.1', ['graph.example.org']) });
    expect((await request(proxied).get('/api/health').set('Host', 'graph.example.org')).status).toBe(200);
  });

  it('parses host names with ports and IPv6 brackets', () => {
    expect(['example.org:80', '[::1]:3000', '::1', 'Example.ORG'].map(hostName)).toEqual(['example.org', '::1', '::1', 'example.org']);
  });
});

describe('--token', () => {
  it('requires the bearer token on write routes only', async () => {
    const app = createApp({ store: temp.store, token: 'sesame-1234' });
    const none = await request(app).post('/api/documents').send({ text: ARTICLE });
    expect([none.status, none.body.error.code]).toEqual([401, 'unauthorized']);
    const wrong = await request(app).post('/api/documents').set('Authorization', 'Bearer sesame-12345').send({ text: ARTICLE });
    expect(wrong.status).toBe(401);
    const right = await request(app).post('/api/documents').set('Authorization', 'Bearer sesame-1234').send({ text: ARTICLE });
    expect(right.status).toBe(201);
    expect((await request(app).get('/api/documents')).status).toBe(200);
  });
});

describe('listening on every interface', () => {
  it('prints the machine\'s real addresses, not only localhost', () => {
    const external = Object.values(networkInterfaces()).flat()
      .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal).map((a) => `http://${a?.address}:3000`);
    const urls = listenUrls('0.0.0.0', 3000);
    expect(urls.slice(0, external.length)).toEqual(external);
    expect(urls[urls.length - 1]).toBe('http://localhost:3000');
    expect(listenUrls('127.0.0.1', 3000)).toEqual(['http://localhost:3000']);
    expect(listenUrls('192.0.2.7', 3000)).toEqual(['http://192.0.2.7:3000']);
  });
});
