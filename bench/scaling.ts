// Benchmark 2: extraction + ingestion into the real store (SQLite + live graph) for 100, 1,000 and
// 10,000 documents: time per document, memory at each size, and the growth exponent
// (time ≈ c·documents^k; k = 1 is linear). Documents go in one by one through GraphStore.ingest, as
// the API does. Because a smaller corpus is a prefix of a larger one, one pass over 10,000 documents
// gives the cost of the first 100 and 1,000 too (checkpoints); extra short passes give medians for
// the small sizes. Extraction time is split out so that the store's own growth is visible.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../src/extract/index.js';
import type { ExtractionResult } from '../src/domain/extraction.js';
import { GraphStore } from '../src/store/index.js';
import { ingestText } from '../src/ingest/service.js';
import { type CorpusDocument, corpusBytes, generateCorpus } from './corpus.js';
import { collectGarbage, heapNow } from './memory.js';
import { formatMB, formatNumber, median, scalingExponent } from './stats.js';
import type { Benchmark, BenchContext, BenchResult, Json } from './types.js';

interface Checkpoint {
  documents: number;
  bytes: number;
  seconds: number;
  extractSeconds: number;
  storeSeconds: number;
  nodes: number;
  edges: number;
  /** JS heap + buffers held after a full GC, above the level before the store was opened. */
  heapBytes: number;
  databaseBytes: number;
}

/** The database with its WAL and shared-memory files. */
function directoryBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/**
 * Ingests the corpus in order into a fresh store, recording cumulative figures at each checkpoint.
 * Stops early (returning the checkpoints reached) once `budgetSeconds` of ingestion have passed.
 */
function ingestWithCheckpoints(corpus: readonly CorpusDocument[], checkpoints: readonly number[], budgetSeconds: number, log: (m: string) => void): Checkpoint[] {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-scaling-'));
  let extractMs = 0;
  let ingestMs = 0;
  const timedExtract = (text: string, doc: string): ExtractionResult => {
    const start = performance.now();
    const result = extractDocument(text, doc);
    extractMs += performance.now() - start;
    return result;
  };
  const reached: Checkpoint[] = [];
  collectGarbage();
  const baseline = heapNow();
  const store = GraphStore.open(dir);
  try {
    let next = 0;
    for (let i = 0; i < corpus.length && next < checkpoints.length; i++) {
      const doc = corpus[i];
      const start = performance.now();
      ingestText(store, { text: doc.text, title: doc.title, published: doc.published }, timedExtract);
      ingestMs += performance.now() - start;
      const overBudget = ingestMs / 1000 > budgetSeconds && i + 1 < checkpoints[checkpoints.length - 1];
      if (i + 1 === checkpoints[next] || overBudget) {
        collectGarbage(); // outside the timed region
        reached.push({
          documents: i + 1, bytes: corpusBytes(corpus.slice(0, i + 1)),
          seconds: ingestMs / 1000, extractSeconds: extractMs / 1000, storeSeconds: (ingestMs - extractMs) / 1000,
          nodes: store.graph.order, edges: store.graph.size,
          heapBytes: Math.max(0, heapNow() - baseline), databaseBytes: directoryBytes(dir),
        });
        log(`${i + 1} documents: ${(ingestMs / 1000).toFixed(1)} s (store ${((ingestMs - extractMs) / 1000).toFixed(1)} s)`);
        next++;
      }
      if (overBudget) {
        log(`time budget of ${budgetSeconds} s spent after ${i + 1} documents: that size is the last one measured`);
        break;
      }
    }
    return reached;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const scalingBenchmark: Benchmark = {
  name: 'scaling',
  title: 'Scaling: extraction + ingestion',
  async run(context: BenchContext): Promise<BenchResult> {
    const sizes = context.quick ? [10, 30, 100] : [100, 1_000, 10_000];
    const extraPasses = context.quick ? 0 : 2;
    const budgetSeconds = context.quick ? 40 : 240;
    const corpus = generateCorpus({ documents: sizes[sizes.length - 1] });
    ingestWithCheckpoints(corpus.slice(0, 10), [10], budgetSeconds, () => undefined); // warm-up

    const passes: Checkpoint[][] = [ingestWithCheckpoints(corpus, sizes, budgetSeconds, context.log)];
    // More passes over the small sizes only, for medians where they are cheap.
    for (let p = 0; p < extraPasses; p++) passes.push(ingestWithCheckpoints(corpus, sizes.slice(0, -1), budgetSeconds, context.log));

    const measured: Checkpoint[] = [];
    const runsBySize: number[] = [];
    const reachedSizes = [...new Set([...sizes, ...passes[0].map((c) => c.documents)])].sort((a, b) => a - b);
    for (const size of reachedSizes) {
      const runs = passes.map((pass) => pass.find((c) => c.documents === size)).filter((c): c is Checkpoint => c !== undefined);
      if (runs.length === 0) continue;
      const pick = (f: (c: Checkpoint) => number): number => median(runs.map(f));
      measured.push({
        ...runs[0],
        seconds: pick((c) => c.seconds), extractSeconds: pick((c) => c.extractSeconds), storeSeconds: pick((c) => c.storeSeconds),
        heapBytes: pick((c) => c.heapBytes), databaseBytes: pick((c) => c.databaseBytes),
      });
      runsBySize.push(runs.length);
    }
    const fit = (cost: (c: Checkpoint) => number): number =>
      measured.length >= 2 ? scalingExponent(measured.map((c) => ({ size: c.documents, cost: cost(c) }))) : Number.NaN;
    const total = fit((c) => c.seconds);
    const store = fit((c) => c.storeSeconds);
    const extraction = fit((c) => c.extractSeconds);
    const missing = sizes.filter((s) => !measured.some((c) => c.documents === s));
    return {
      name: 'scaling',
      title: `Scaling: extraction + ingestion into the store (median of ${runsBySize.join('/')} runs)`,
      tables: [{
        title: 'Cost by corpus size',
        columns: ['documents', 'MB', 'total s', 'ms/doc', 'extract ms/doc', 'store ms/doc', 'nodes', 'edges', 'heap held', 'SQLite files'],
        rows: measured.map((c) => [
          c.documents.toLocaleString('en-US'), formatNumber(c.bytes / 1e6), formatNumber(c.seconds), formatNumber((c.seconds * 1000) / c.documents),
          formatNumber((c.extractSeconds * 1000) / c.documents), formatNumber((c.storeSeconds * 1000) / c.documents),
          c.nodes.toLocaleString('en-US'), c.edges.toLocaleString('en-US'), formatMB(c.heapBytes), formatMB(c.databaseBytes),
        ]),
      }, {
        title: 'Growth exponent k (time ≈ c·documents^k)',
        columns: ['part', 'k'],
        rows: [['extraction + ingestion', formatNumber(total)], ['extraction alone', formatNumber(extraction)], ['store ingestion alone', formatNumber(store)]],
      }],
      targets: [
        { target: 'ingestion scaling exponent ≤ 1.1 (extraction + store)', value: formatNumber(total), met: Number.isNaN(total) ? null : total <= 1.1 },
        { target: 'store ingestion alone exponent ≤ 1.1', value: formatNumber(store), met: Number.isNaN(store) ? null : store <= 1.1 },
      ],
      notes: [
        'one GraphStore.ingest per document (one SQLite transaction each, synchronous = NORMAL under WAL), as the API does',
        ...(missing.length ? [`the ${budgetSeconds} s budget ran out before ${missing.join(', ')} documents; the largest size shown is where it stopped`] : []),
      ],
      data: { checkpoints: measured as unknown as Json, runs: runsBySize, budgetSeconds, exponent: { total, extraction, store } },
    };
  },
};
