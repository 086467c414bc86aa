// Benchmark 3: the query API under load. A server process holds a ≥ 100,000-edge graph in a real
// store; autocannon, driven from here, hits /api/relations?entity=…, /api/entities?q=… and
// /api/neighbors/:id, and a constant Express route in the same server, for the same duration and
// connections. Rounds rotate the route order; figures are medians over rounds.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { CONSTANT_PATH, UNCACHED_PREFIX, type QueryServerReady } from './query-protocol.js';
import { formatNumber, median, ratio } from './stats.js';
import type { Benchmark, BenchContext, BenchResult, Json } from './types.js';

const SERVER = fileURLToPath(new URL('./query-server.ts', import.meta.url));

interface Route { name: string; paths: (ready: QueryServerReady) => string[] }

const ROUTES: readonly Route[] = [
  { name: 'constant route (baseline)', paths: () => [CONSTANT_PATH] },
  { name: 'GET /api/relations?entity=…', paths: (r) => r.entities.map((id) => `/api/relations?entity=${encodeURIComponent(id)}`) },
  { name: 'GET /api/entities?q=…', paths: (r) => r.searches.map((q) => `/api/entities?q=${encodeURIComponent(q)}`) },
  { name: 'GET /api/neighbors/:id', paths: (r) => r.entities.map((id) => `/api/neighbors/${encodeURIComponent(id)}`) },
  // The same questions to the same app with its answer cache off (ETags stay): the cost of computing them.
  { name: 'GET /api/relations?entity=… (cache off)', paths: (r) => r.entities.map((id) => `${UNCACHED_PREFIX}/api/relations?entity=${encodeURIComponent(id)}`) },
  { name: 'GET /api/entities?q=… (cache off)', paths: (r) => r.searches.map((q) => `${UNCACHED_PREFIX}/api/entities?q=${encodeURIComponent(q)}`) },
  { name: 'GET /api/neighbors/:id (cache off)', paths: (r) => r.entities.map((id) => `${UNCACHED_PREFIX}/api/neighbors/${encodeURIComponent(id)}`) },
];

interface RoundFigures { rps: number; p50: number; p99: number; bytesPerResponse: number; errors: number; non2xx: number }

function startServer(nodes: number, edges: number): Promise<{ child: ChildProcess; ready: QueryServerReady }> {
  return new Promise((resolve, reject) => {
    const profileDir = process.env.NEWSGRAPH_BENCH_PROFILE_DIR;
    const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/server`] : [];
    const child = fork(SERVER, [String(nodes), String(edges)], {
      execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096', ...profiling],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve({ child, ready: message as QueryServerReady }));
    child.once('exit', (code) => reject(new Error(`query server exited with code ${code} before it was ready`)));
    child.once('error', reject);
  });
}

async function load(port: number, paths: readonly string[], duration: number, connections: number): Promise<RoundFigures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    bytesPerResponse: result.requests.average > 0 ? result.throughput.average / result.requests.average : 0,
    errors: result.errors, non2xx: result.non2xx,
  };
}

/**
 * autocannon stops sending when its time is up, but the server still owes answers to requests it has
 * queued; the next measurement must not pay for them. Waits until a constant request is answered fast.
 */
async function drain(port: number): Promise<void> {
  const deadline = performance.now() + 120_000;
  let fast = 0;
  while (fast < 3 && performance.now() < deadline) {
    const start = performance.now();
    // An overloaded server may reset a connection: that is not an answer, so try again.
    const answered = await fetch(`http://127.0.0.1:${port}${CONSTANT_PATH}`).then((r) => r.arrayBuffer()).then(() => true, () => false);
    fast = answered && performance.now() - start < 20 ? fast + 1 : 0;
  }
}

export const queryBenchmark: Benchmark = {
  name: 'query',
  title: 'Query API under load',
  async run(context: BenchContext): Promise<BenchResult> {
    const nodes = context.quick ? 1_000 : 20_000;
    const edges = context.quick ? 5_000 : 100_000;
    const duration = context.quick ? 1 : 5;
    const rounds = context.quick ? 1 : 3;
    const connections = 10;
    const { child, ready } = await startServer(nodes, edges);
    context.log(`server ready: ${ready.nodes} nodes, ${ready.edges} edges, ${ready.documents} documents (load ${ready.loadSeconds.toFixed(1)} s, of which GraphStore.open ${ready.openSeconds.toFixed(1)} s)`);
    const figures = new Map<string, RoundFigures[]>(ROUTES.map((r) => [r.name, []]));
    try {
      // Warm-up: JIT and caches, not measured.
      for (const route of ROUTES) {
        await load(ready.port, route.paths(ready), context.quick ? 0.5 : 1, connections);
        await drain(ready.port);
      }
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < ROUTES.length; i++) {
          const route = ROUTES[(i + round) % ROUTES.length];
          const f = await load(ready.port, route.paths(ready), duration, connections);
          await drain(ready.port);
          figures.get(route.name)?.push(f);
          context.log(`round ${round + 1}: ${route.name} ${formatNumber(f.rps)} req/s, p99 ${f.p99} ms`);
        }
      }
    } finally {
      // Wait for the server to close its store and remove its files (and write its profile).
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    }

    const summary = ROUTES.map((route) => {
      const runs = figures.get(route.name) ?? [];
      return {
        route: route.name,
        rps: median(runs.map((f) => f.rps)),
        p50: median(runs.map((f) => f.p50)),
        p99: median(runs.map((f) => f.p99)),
        kbPerResponse: median(runs.map((f) => f.bytesPerResponse)) / 1024,
        failures: runs.reduce((n, f) => n + f.errors + f.non2xx, 0),
      };
    });
    const constant = summary[0].rps;
    const apiRoutes = summary.slice(1);
    return {
      name: 'query',
      title: `Query API: ${ready.edges.toLocaleString('en-US')} edges, ${ready.nodes.toLocaleString('en-US')} nodes; ${connections} connections × ${duration} s per route, median of ${rounds} round(s)`,
      tables: [{
        title: 'Requests per second and latency (autocannon, same server)',
        columns: ['route', 'req/s', 'vs constant', 'p50 ms', 'p99 ms', 'KB/response', 'errors+non-2xx'],
        rows: summary.map((s) => [s.route, formatNumber(s.rps), `${formatNumber(ratio(s.rps, constant) * 100, 0)}%`, String(s.p50), String(s.p99), formatNumber(s.kbPerResponse, 1), String(s.failures)]),
      }],
      targets: apiRoutes.flatMap((s) => [
        { target: `${s.route} ≥ 60% of constant req/s`, value: `${formatNumber(ratio(s.rps, constant) * 100, 0)}%`, met: s.failures === 0 && ratio(s.rps, constant) >= 0.6 },
        { target: `${s.route} p99 < 20 ms`, value: `${s.p99} ms`, met: s.failures === 0 && s.p99 < 20 },
      ]),
      notes: [
        'entities: 200 drawn uniformly among nodes with at least one relation; searches: their surnames and 4-letter prefixes',
        'the same 200 questions repeat, so with the answer cache on (the default) most are answered from it; "cache off" rows compute every answer',
        'server and autocannon run in separate processes on the same 2-core machine',
        `opening the store (loading the ${ready.edges.toLocaleString('en-US')}-edge graph from its tables, as at every server start) took ${ready.openSeconds.toFixed(1)} s`,
        ...(apiRoutes.some((s) => s.failures > 0) ? ['some requests failed or returned non-2xx: see errors+non-2xx'] : []),
      ],
      data: { nodes: ready.nodes, edges: ready.edges, documents: ready.documents, loadSeconds: ready.loadSeconds, openSeconds: ready.openSeconds, connections, duration, rounds, routes: summary as unknown as Json },
    };
  },
};
