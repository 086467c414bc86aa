import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
beforeEach(() => { temp = tempStore(); });
afterEach(() => temp.cleanup());

describe('headers and errors', () => {
  it('sends security headers and a CSP that lets the web app run', async () => {
    const res = await request(createApp({ store: temp.store })).get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/worker-src 'self' blob:/);
    expect(csp).toMatch(/img-src 'self' data: blob:/);
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const closed = await request(createApp({ store: temp.store })).get('/api/health').set('Origin', 'https://elsewhere.example');
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    const app = createApp({ store: temp.store, corsOrigins: ['https://app.example'] });
    const open = await request(app).get('/api/health').set('Origin', 'https://app.example');
    expect(open.headers['access-control-allow-origin']).toBe('https://app.example');
    const preflight = await request(app).options('/api/documents').set('Origin', 'https://app.example');
    expect(preflight.status).toBe(204);
    const other = await request(app).get('/api/health').set('Origin', 'https://elsewhere.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers unknown API routes and malformed URLs with JSON errors', async () => {
    const app = createApp({ store: temp.store });
    const missing = await request(app).get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('route_not_found');
    const wrongMethod = await request(app).put('/api/documents');
    expect(wrongMethod.status).toBe(404);
    const badEscape = await request(app).get('/api/entities/%E0%A4%A');
    expect(badEscape.status).toBe(400);
    expect(badEscape.body.error).toBeDefined();
  });

  it('turns an internal failure into a 500 without a stack trace', async () => {
    const lines: string[] = [];
    const app = createApp({ store: temp.store, log: (line) => lines.push(line) });
    temp.store.close();
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'internal_error', message: 'internal server error' } });
    expect(lines).toHaveLength(1);
  });
});

describe('web app', () => {
  it('serves web/dist at / with index.html for client routes, and keeps /api JSON', async () => {
    const dist = join(temp.dir, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>newsgraph</title>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    const app = createApp({ store: temp.store, webDist: dist });
    expect((await request(app).get('/')).text).toContain('<title>newsgraph</title>');
    expect((await request(app).get('/app.js')).headers['content-type']).toContain('javascript');
    expect((await request(app).get('/entity/turkey')).text).toContain('<title>newsgraph</title>');
    expect((await request(app).get('/api/nope')).body.error.code).toBe('route_not_found');
  });

  it('says where the API is when the web app is not built', async () => {
    const res = await request(createApp({ store: temp.store, webDist: join(temp.dir, 'missing') })).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('/api/health');
  });
});
