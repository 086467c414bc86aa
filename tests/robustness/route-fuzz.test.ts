// A bounded route fuzzer over the OpenAPI document: every operation it lists gets requests built from
// hostile values (prototype names, empty and blank strings, punctuation-only references, impossible
// dates, huge numbers, long and control-character text, malformed and deeply nested bodies, unknown
// parameters and content types). Whatever it sends, the server must answer below 500, every error as
// JSON `{ error: { code, message } }`, and each answer within 5 s. Deterministic (seeded).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../src/server/app.js';
import { storeFixtures, tempStore, type TempStore, ARTICLE } from '../server/helpers.js';

const REQUESTS = 2100;
const SLOW_MS = 5000;

interface Parameter { in: 'query' | 'path'; name: string }
interface Operation { method: string; path: string; parameters: Parameter[]; bodyTypes: string[] }

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALUES = [
  '', ' ', '%20', '!!!', '.', '..', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf',
  'turkey', 'Turkey', 'taliban', 'kabul-airport', '0', '-1', '1e309', '99999999999999999999', 'NaN', 'true', 'null',
  '2021-02-31', '0000-01-01', '2021-08-25', '2021', 'x'.repeat(400), 'a'.repeat(5000), '\u0000', '\ud800', 'ü', '🇹🇷',
  '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', 'requests,threatens', 'gexf', 'graphml', 'json', 'csv',
  'nodes', 'edges', '1.3', '1.2draft', 'asserted', 'person,country', '=HYPERLINK("x")', '%E0%A4%A', 'a,b,c,d',
];

const BODIES: Array<{ type: string; body: string | Buffer }> = [
  { type: 'application/json', body: JSON.stringify({ text: ARTICLE }) },
  { type: 'application/json', body: '{"text": ' },
  { type: 'application/json', body: '[]' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: `{"text": "a", "x": ${'['.repeat(5000)}${']'.repeat(5000)}}` },
  { type: 'application/json', body: JSON.stringify({ into: 'turkey', from: ['taliban'] }) },
  { type: 'application/json', body: JSON.stringify({ into: '__proto__', from: ['constructor'] }) },
  { type: 'application/json', body: JSON.stringify({ text: 'Greece threatened Mr. Constructor.', published: '2021-02-31' }) },
  { type: 'application/json', body: JSON.stringify({ nodes: [{ key: '__proto__' }], edges: [{ source: '__proto__', target: '__proto__' }] }) },
  { type: 'application/json', body: JSON.stringify({ nodes: [], edges: [{ source: 'a', target: 'b', attributes: { evidence: [{ doc: 'd', sentence: 0, start: 1e13, end: 1e13 + 3, text: 'abc' }] } }] }) },
  { type: 'text/plain', body: 'Greece threatened Turkey.' },
  { type: 'text/plain', body: Buffer.from([0xff, 0xfe, 0x41, 0x00]) },
  { type: 'text/plain; charset=latin1', body: Buffer.from('Jos\xe9 Garc\xeda met Turkey.', 'latin1') },
  { type: 'application/xml', body: '<gexf><graph><nodes><node id="constructor"/></nodes></graph></gexf>' },
  { type: 'application/xml', body: `<graphml>${'<x>'.repeat(3000)}` },
  { type: 'application/octet-stream', body: Buffer.from([0, 1, 2, 3]) },
  { type: 'multipart/form-data; boundary=x', body: '--x\r\n\r\nhi\r\n--x--' },
];

/** A path segment; malformed escapes and lone surrogates are sent as the raw bytes a client could send. */
function pathSegment(value: string): string {
  if (value.startsWith('%')) return value;
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

let temp: TempStore;
let app: Express;
let operations: Operation[];

beforeAll(async () => {
  temp = tempStore('newsgraph-fuzz-');
  storeFixtures(temp.store);
  app = createApp({ store: temp.store, maxBodyBytes: 256 * 1024, log: () => {} });
  const spec = (await request(app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, unknown> } }>> };
  operations = Object.entries(spec.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({
    method, path, parameters: op.parameters ?? [], bodyTypes: Object.keys(op.requestBody?.content ?? {}),
  })));
});
afterAll(() => temp.cleanup());

describe('route fuzzer over the OpenAPI document', () => {
  it(`answers ${REQUESTS} hostile requests below 500, with JSON errors, each within ${SLOW_MS / 1000} s`, async () => {
    expect(operations.length).toBeGreaterThan(10);
    const next = random(9);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const failures: string[] = [];
    let slowest = 0;
    for (let n = 0; n < REQUESTS; n++) {
      const op = operations[n % operations.length];
      const path = op.path.replace(/\{(\w+)\}/g, () => pathSegment(pick(VALUES)));
      const query = new URLSearchParams();
      for (const parameter of op.parameters.filter((p) => p.in === 'query')) if (next() < 0.5) query.append(parameter.name, pick(VALUES));
      if (next() < 0.1) query.append(pick(['unknown', 'limit', '__proto__', 'constructor']), pick(VALUES));
      const url = query.size > 0 ? `${path}?${query}` : path;
      let call = request(app)[op.method as 'get' | 'post' | 'delete'](url).set('X-Requested-With', 'fuzz');
      if (op.method === 'post' && next() < 0.9) {
        const body = next() < 0.5 && op.bodyTypes.length > 0 ? BODIES.find((b) => b.type === pick(op.bodyTypes)) ?? pick(BODIES) : pick(BODIES);
        call = call.set('Content-Type', body.type).send(body.body);
      }
      const started = Date.now();
      const res = await call;
      const ms = Date.now() - started;
      slowest = Math.max(slowest, ms);
      const where = `${op.method.toUpperCase()} ${url.slice(0, 120)} → ${res.status}`;
      if (res.status >= 500) failures.push(`${where}: ${res.text.slice(0, 200)}`);
      if (res.status >= 400 && !(String(res.headers['content-type']).includes('application/json') && typeof (res.body as { error?: { code?: unknown } }).error?.code === 'string')) {
        failures.push(`${where}: not a JSON error (${res.headers['content-type']})`);
      }
      if (ms > SLOW_MS) failures.push(`${where}: took ${ms} ms`);
    }
    expect(failures).toEqual([]);
    expect(slowest).toBeLessThanOrEqual(SLOW_MS);
  }, 600_000);
});
