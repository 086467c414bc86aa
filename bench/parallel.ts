// Benchmark: parallel ingestion. The same corpus (written to text files) is ingested into a fresh store
// with 1 and with 2 extraction worker threads (`newsgraph ingest --workers N`'s code path: one writer
// commits in order); the speed-up is the ratio of the two, runs alternating which goes first.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFilesWithPool } from '../src/ingest/service.js';
import { createExtractionPool } from '../src/ingest/worker-pool.js';
import { GraphStore } from '../src/store/index.js';
import { generateCorpus } from './corpus.js';
import { formatNumber, median, ratio } from './stats.js';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

async function ingestOnce(files: string, workers: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-parallel-store-'));
  const store = GraphStore.open(dir);
  const pool = createExtractionPool(workers);
  try {
    const start = performance.now();
    await ingestFilesWithPool(store, [files], pool);
    return performance.now() - start;
  } finally {
    await pool.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const parallelBenchmark: Benchmark = {
  name: 'parallel',
  title: 'Parallel ingestion',
  async run(context: BenchContext): Promise<BenchResult> {
    const documents = context.quick ? 100 : 1_000;
    const runs = context.quick ? 1 : 3;
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-bench-parallel-'));
    const files = join(root, 'articles');
    mkdirSync(files);
    generateCorpus({ documents }).forEach((doc, i) => writeFileSync(join(files, `${String(i).padStart(6, '0')}.txt`), doc.text));
    const one: number[] = [];
    const two: number[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        if (run % 2 === 0) { one.push(await ingestOnce(files, 1)); two.push(await ingestOnce(files, 2)); }
        else { two.push(await ingestOnce(files, 2)); one.push(await ingestOnce(files, 1)); }
        context.log(`run ${run + 1}: 1 worker ${formatNumber(one[run])} ms, 2 workers ${formatNumber(two[run])} ms`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const a = median(one);
    const b = median(two);
    const speedup = ratio(a, b);
    const perDoc = (ms: number): string => formatNumber(ms / documents, 2);
    return {
      name: 'parallel',
      title: `Parallel ingestion: ${documents.toLocaleString('en-US')} documents into a fresh store (median of ${runs})`,
      tables: [{
        title: 'Extraction in worker threads, one writer committing in order',
        columns: ['workers', 'ms', 'ms/doc', 'docs/s', 'speed-up'],
        rows: [
          ['1', formatNumber(a), perDoc(a), formatNumber((documents * 1000) / a), '1.00×'],
          ['2', formatNumber(b), perDoc(b), formatNumber((documents * 1000) / b), `${formatNumber(speedup)}×`],
        ],
      }],
      targets: [{ target: 'ingestion --workers 2 ≥ 1.7× --workers 1', value: `${formatNumber(speedup)}×`, met: speedup >= 1.7 }],
      notes: ['the writer (main thread) stores each document in its own transaction while workers extract the next ones; with 1 worker, extraction and storing already overlap'],
      data: { documents, runs, oneWorkerMs: a, twoWorkersMs: b, speedup },
    };
  },
};
