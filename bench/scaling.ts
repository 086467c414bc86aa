// Benchmark 2: extraction + ingestion into the real store (SQLite + live graph) for 100, 1,000 and
// 10,000 documents: time per document, memory at each size, and the growth exponent
// (time ≈ c·documents^k; k = 1 is linear). Extraction time is split out so that the store's own
// growth is visible.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../src/extract/index.js';
import type { ExtractionResult } from '../src/extract/types.js';
import { GraphStore } from '../src/store/index.js';
import { type CorpusDocument, corpusBytes, generateCorpus } from './corpus.js';
import { measure } from './memory.js';
import { formatMB, formatNumber, median, scalingExponent } from './stats.js';
import type { Benchmark, BenchContext, BenchResult, Json } from './types.js';

interface SizeFigures {
  documents: number;
  bytes: number;
  seconds: number;
  extractSeconds: number;
  storeSeconds: number;
  nodes: number;
  edges: number;
  heapBytes: number;
  peakBytes: number;
  databaseBytes: number;
}

/** The database with its WAL and shared-memory files. */
function directoryBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

function ingestAll(corpus: readonly CorpusDocument[]): SizeFigures {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-scaling-'));
  let extractMs = 0;
  const timedExtract = (text: string, doc: string): ExtractionResult => {
    const start = performance.now();
    const result = extractDocument(text, doc);
    extractMs += performance.now() - start;
    return result;
  };
  try {
    const m = measure(() => {
      const store = GraphStore.open(dir, timedExtract);
      for (const doc of corpus) store.ingest({ text: doc.text, title: doc.title, published: doc.published });
      return store;
    });
    const store = m.result;
    const figures: SizeFigures = {
      documents: corpus.length,
      bytes: corpusBytes(corpus),
      seconds: m.ms / 1000,
      extractSeconds: extractMs / 1000,
      storeSeconds: (m.ms - extractMs) / 1000,
      nodes: store.graph.order,
      edges: store.graph.size,
      heapBytes: m.retainedBytes,
      peakBytes: m.peakBytes,
      databaseBytes: directoryBytes(dir),
    };
    store.close();
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function medianFigures(runs: readonly SizeFigures[]): SizeFigures {
  const pick = (f: (s: SizeFigures) => number): number => median(runs.map(f));
  return {
    ...runs[0],
    seconds: pick((s) => s.seconds), extractSeconds: pick((s) => s.extractSeconds), storeSeconds: pick((s) => s.storeSeconds),
    heapBytes: pick((s) => s.heapBytes), peakBytes: pick((s) => s.peakBytes),
  };
}

export const scalingBenchmark: Benchmark = {
  name: 'scaling',
  title: 'Scaling: extraction + ingestion',
  async run(context: BenchContext): Promise<BenchResult> {
    const plan = context.quick
      ? [{ size: 10, runs: 1 }, { size: 30, runs: 1 }, { size: 100, runs: 1 }]
      : [{ size: 100, runs: 5 }, { size: 1_000, runs: 3 }, { size: 10_000, runs: 1 }];
    const corpus = generateCorpus({ documents: plan[plan.length - 1].size });
    ingestAll(corpus.slice(0, 10)); // warm-up
    const sizes: SizeFigures[] = [];
    for (const { size, runs } of plan) {
      const results: SizeFigures[] = [];
      for (let r = 0; r < runs; r++) {
        results.push(ingestAll(corpus.slice(0, size)));
        context.log(`${size} documents, run ${r + 1}: ${results[r].seconds.toFixed(2)} s (store ${results[r].storeSeconds.toFixed(2)} s)`);
      }
      sizes.push(medianFigures(results));
    }
    const totalExponent = scalingExponent(sizes.map((s) => ({ size: s.documents, cost: s.seconds })));
    const storeExponent = scalingExponent(sizes.map((s) => ({ size: s.documents, cost: s.storeSeconds })));
    const extractExponent = scalingExponent(sizes.map((s) => ({ size: s.documents, cost: s.extractSeconds })));
    return {
      name: 'scaling',
      title: `Scaling: extraction + ingestion into the store (median of ${plan.map((p) => p.runs).join('/')} runs)`,
      tables: [{
        title: 'Cost by corpus size',
        columns: ['documents', 'MB', 'total s', 'ms/doc', 'extract ms/doc', 'store ms/doc', 'nodes', 'edges', 'heap after', 'peak heap', 'SQLite files'],
        rows: sizes.map((s) => [
          s.documents.toLocaleString('en-US'), formatNumber(s.bytes / 1e6), formatNumber(s.seconds), formatNumber((s.seconds * 1000) / s.documents),
          formatNumber((s.extractSeconds * 1000) / s.documents), formatNumber((s.storeSeconds * 1000) / s.documents),
          s.nodes.toLocaleString('en-US'), s.edges.toLocaleString('en-US'), formatMB(s.heapBytes), formatMB(s.peakBytes), formatMB(s.databaseBytes),
        ]),
      }, {
        title: 'Growth exponent k (time ≈ c·documents^k)',
        columns: ['part', 'k'],
        rows: [['extraction + ingestion', formatNumber(totalExponent)], ['extraction alone', formatNumber(extractExponent)], ['store ingestion alone', formatNumber(storeExponent)]],
      }],
      targets: [
        { target: 'ingestion scaling exponent ≤ 1.1 (extraction + store)', value: formatNumber(totalExponent), met: totalExponent <= 1.1 },
        { target: 'store ingestion alone exponent ≤ 1.1', value: formatNumber(storeExponent), met: storeExponent <= 1.1 },
      ],
      notes: ['documents are ingested one by one through GraphStore.ingest (one SQLite transaction each), as the API does'],
      data: { sizes: sizes as unknown as Json, exponent: { total: totalExponent, extraction: extractExponent, store: storeExponent } },
    };
  },
};
