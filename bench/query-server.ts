// The server side of the query benchmark, in its own process so that it has a core to itself while
// autocannon drives it from the benchmark process. Holds a synthetic graph loaded into a real SQLite
// store, serves the real app, plus one constant Express route as the baseline.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { extractDocument } from '../src/extract/index.js';
import { seededRandom, syntheticGraph } from '../src/graph/synthetic.js';
import { createApp } from '../src/server/app.js';
import { securityHeaders } from '../src/server/security.js';
import { GraphStore } from '../src/store/index.js';
import { CONSTANT_PATH, UNCACHED_PREFIX, type QueryServerReady } from './query-protocol.js';
import { bulkLoadStore } from './store-fixture.js';

function sampleQueries(store: GraphStore, count: number): { entities: string[]; searches: string[] } {
  const graph = store.graph;
  const candidates = graph.filterNodes((node) => graph.degree(node) > 0);
  const random = seededRandom(99);
  const entities: string[] = [];
  const searches: string[] = [];
  for (let i = 0; i < count; i++) {
    const node = candidates[Math.floor(random() * candidates.length)];
    entities.push(node);
    const words = graph.getNodeAttribute(node, 'label').split(' ');
    const word = words[words.length - 1];
    searches.push(i % 2 === 0 ? word : word.slice(0, 4));
  }
  return { entities, searches };
}

async function main(): Promise<void> {
  const [nodes, edges] = process.argv.slice(2).map(Number);
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-query-'));
  const started = performance.now();
  const { documents } = bulkLoadStore(dataDir, syntheticGraph({ nodes, edges, seed: 21 }));
  const opening = performance.now();
  // What a restart costs: GraphStore.open rebuilds the live graph from SQLite.
  const store = GraphStore.open(dataDir);
  const openSeconds = (performance.now() - opening) / 1000;
  // The fixture's garbage (a whole synthetic graph) must not be collected during the first measurement.
  (globalThis as { gc?: () => void }).gc?.();
  const loadSeconds = (performance.now() - started) / 1000;

  const app = express();
  app.disable('x-powered-by');
  // Same security headers as the API routes, so the baseline differs only by the route's own work.
  app.get(CONSTANT_PATH, securityHeaders(), (_req, res) => { res.json({ ok: true }); });
  app.use(UNCACHED_PREFIX, createApp({ store, answerCacheChars: 0 }));
  app.use(createApp({ store }));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const shutdown = (): void => {
    server.closeAllConnections();
    server.close(() => { store.close(); rmSync(dataDir, { recursive: true, force: true }); process.exit(0); });
  };
  process.on('disconnect', shutdown);
  process.on('message', (message) => { if (message === 'stop') shutdown(); });

  const ready: QueryServerReady = {
    type: 'ready', port, nodes: store.graph.order, edges: store.graph.size, documents, loadSeconds, openSeconds,
    ...sampleQueries(store, 200),
  };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  process.stderr.write(`query server failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
