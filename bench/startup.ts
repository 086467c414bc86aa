// Benchmark: start-up of a ≥ 100,000-edge store. GraphStore.open loads the stored graph tables; the
// baseline is one JSON.parse of the same graph's JSON export (graphology's format, src/formats/json.ts)
// in the same process, the least work any start-up from a file can do. Replay of every stored
// extraction (`newsgraph reindex`, what every start did before the graph tables) is shown beside them.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { jsonChunks } from '../src/formats/json.js';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { DATABASE_FILE, GraphStore } from '../src/store/index.js';
import { graphFromDatabase } from '../src/store/replay.js';
import { formatMB, formatNumber, median, ratio } from './stats.js';
import { bulkLoadStore } from './store-fixture.js';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

function timed(run: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  run();
  return performance.now() - start;
}

export const startupBenchmark: Benchmark = {
  name: 'startup',
  title: 'Store start-up',
  async run(context: BenchContext): Promise<BenchResult> {
    const nodes = context.quick ? 2_000 : 20_000;
    const edges = context.quick ? 10_000 : 100_000;
    const runs = context.quick ? 1 : 3;
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-startup-'));
    const open: number[] = [];
    const parse: number[] = [];
    const replay: number[] = [];
    let exportBytes = 0;
    let storeBytes = 0;
    let loaded = { order: 0, size: 0 };
    try {
      bulkLoadStore(dir, syntheticGraph({ nodes, edges, seed: 21 }));
      storeBytes = statSync(join(dir, DATABASE_FILE)).size;
      const reference = GraphStore.open(dir);
      const exported = [...jsonChunks(reference.graph)].join('');
      loaded = { order: reference.graph.order, size: reference.graph.size };
      reference.close();
      exportBytes = Buffer.byteLength(exported);
      for (let run = 0; run < runs; run++) {
        open.push(timed(() => GraphStore.open(dir).close()));
        parse.push(timed(() => JSON.parse(exported)));
        context.log(`run ${run + 1}: open ${formatNumber(open[run])} ms, JSON.parse ${formatNumber(parse[run])} ms`);
      }
      // Replay is many times slower and only shown for scale: once is enough.
      const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
      replay.push(timed(() => graphFromDatabase(db)));
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const o = median(open);
    const p = median(parse);
    const r = median(replay);
    return {
      name: 'startup',
      title: `Store start-up: ${loaded.size.toLocaleString('en-US')} edges, ${loaded.order.toLocaleString('en-US')} nodes (median of ${runs})`,
      tables: [{
        title: `Time to a usable graph (store ${formatMB(storeBytes)}, JSON export ${formatMB(exportBytes)})`,
        columns: ['what', 'ms', 'vs JSON.parse'],
        rows: [
          ['GraphStore.open (loads the graph tables)', formatNumber(o), `${formatNumber(ratio(o, p))}×`],
          ['JSON.parse of the JSON export (baseline)', formatNumber(p), '1.00×'],
          ['replay of every stored extraction (reindex, 1 run)', formatNumber(r), `${formatNumber(ratio(r, p))}×`],
        ],
      }],
      targets: [{ target: 'start-up ≤ 3× one JSON.parse of the export', value: `${formatNumber(ratio(o, p))}×`, met: ratio(o, p) <= 3 }],
      notes: ['JSON.parse builds plain objects only; GraphStore.open builds the graphology graph and its document table'],
      data: { nodes: loaded.order, edges: loaded.size, runs, openMs: o, parseMs: p, replayMs: r, storeBytes, exportBytes },
    };
  },
};
