import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../src/server/app.js';
import { apiRoutes } from '../../src/server/route-table.js';
import { tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
let app: Express;
beforeAll(() => { temp = tempStore(); app = createApp({ store: temp.store }); });
afterAll(() => temp.cleanup());

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

interface OpenApi { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string; in: string }[] }>> }

describe('GET /api/openapi.json', () => {
  it('describes exactly the routes the app has', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as OpenApi;
    expect(doc.openapi).toBe('3.1.0');
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).filter((m) => METHODS.includes(m)).map((method) => `${method} ${path}`)).sort();
    const served = apiRoutes(app).map((r) => `${r.method} ${r.path}`).sort();
    expect(served.length).toBeGreaterThanOrEqual(14);
    expect(described).toEqual(served);
  });

  it('declares every path parameter and every documented route answers something other than 404-route', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body as OpenApi;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
          expect(op.parameters?.some((p) => p.in === 'path' && p.name === name), `${method} ${path} declares ${name}`).toBe(true);
        }
        const url = path.replace(/\{\w+\}/g, 'x');
        const res = await request(app)[method as 'get' | 'post' | 'delete'](url);
        expect(res.body?.error?.code, `${method} ${url}`).not.toBe('route_not_found');
      }
    }
  });
});
