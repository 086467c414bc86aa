// Request logs (one JSON line per request with status and duration) and Prometheus metrics.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { storeFixtures, tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
beforeEach(() => { temp = tempStore(); storeFixtures(temp.store); });
afterEach(() => temp.cleanup());

function memoryLogger(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk.toString()); done(); } });
  return { logger: pino({ level: 'info' }, sink), lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('request log', () => {
  it('writes one JSON line per request with method, url, status and duration', async () => {
    const { logger, lines } = memoryLogger();
    const app = createApp({ store: temp.store, logger });
    await request(app).get('/api/relations?entity=turkey');
    await request(app).get('/api/entities/nowhere');
    const [ok, missing] = lines();
    expect(lines()).toHaveLength(2);
    expect(ok).toMatchObject({ level: 30, req: { method: 'GET', url: '/api/relations?entity=turkey' }, res: { statusCode: 200 } });
    expect(typeof ok.responseTime).toBe('number');
    expect(missing).toMatchObject({ level: 40, res: { statusCode: 404 } });
  });
});

describe('GET /metrics', () => {
  it('reports latency per route pattern, the queue, documents, graph and store size', async () => {
    const app = createApp({ store: temp.store, queueLength: () => 3 });
    await request(app).get('/api/neighbors/turkey');
    await request(app).get('/api/neighbors/taliban');
    const res = await request(app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^newsgraph_http_request_duration_seconds_count\{method="GET",route="\/api\/neighbors\/:id",status="200"\} 2$/m);
    expect(res.text).toMatch(/^newsgraph_ingest_queue_length 3$/m);
    expect(res.text).toMatch(/^newsgraph_store_documents 2$/m);
    expect(res.text).toMatch(new RegExp(`^newsgraph_graph_relations ${temp.store.graph.size}$`, 'm'));
    const bytes = Number(/^newsgraph_store_bytes (\d+)$/m.exec(res.text)?.[1]);
    expect(bytes).toBeGreaterThan(4096);
  });
});
