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

interface Parameter { name: string; in: string; required: boolean; description: string; schema: unknown }
interface OpenApi { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: Parameter[] }>> }

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

  it('documents every query parameter a GET route accepts, and nothing it refuses', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body as OpenApi;
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (!op) continue;
      const url = path.replace(/\{\w+\}/g, 'x');
      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
      for (const param of queryParams) {
        expect(param.description, `${path} ${param.name} has a description`).not.toBe('');
        expect(param.schema, `${path} ${param.name} has a schema`).toBeTruthy();
        // A documented parameter may be refused for its value or lead nowhere, but it is never unknown.
        const res = await request(app).get(url).query({ [param.name]: '1' });
        expect(res.body?.error?.code, `GET ${url}?${param.name}=1`).not.toBe('unknown_parameter');
        checked += 1;
      }
      for (const param of queryParams.filter((p) => p.required)) {
        const others = Object.fromEntries(queryParams.filter((p) => p.required && p !== param).map((p) => [p.name, 'x']));
        const res = await request(app).get(url).query(others);
        expect({ status: res.status, code: res.body?.error?.code }, `GET ${url} without ${param.name}`).toEqual({ status: 400, code: 'invalid_parameter' });
      }
      const required = Object.fromEntries(queryParams.filter((p) => p.required).map((p) => [p.name, 'x']));
      const undocumented = await request(app).get(url).query({ ...required, undocumented: '1' });
      expect(undocumented.body?.error?.code, `GET ${url}?undocumented=1`).toBe('unknown_parameter');
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });
});
