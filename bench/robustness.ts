// Bounded work (issue 9): extraction time against input size (one long document made of many news
// articles: 4× the text must cost at most 4.5× the time), one huge single "word" (refused or done in
// under 2 s), and /api/health latency while the largest document the server accepts is extracted in
// its worker pool (p99 under 100 ms). Figures are ratios or latencies measured in this run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_LIMITS } from '../src/domain/limits.js';
import { extractDocument } from '../src/extract/index.js';
import { startServer } from '../src/server/start.js';
import { GraphStore } from '../src/store/index.js';
import { corpusDocument } from './corpus.js';
import { formatNumber, percentile } from './stats.js';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

/** One document of about `chars` characters: news articles one after another. */
function longDocument(chars: number, from = 0): string {
  const parts: string[] = [];
  for (let i = from, size = 0; size < chars; i++) { const text = corpusDocument(i).text; parts.push(text); size += text.length + 2; }
  return parts.join('\n\n').slice(0, chars);
}

function timeExtraction(text: string): number {
  const start = performance.now();
  extractDocument(text, 'bench');
  return performance.now() - start;
}

async function healthWhileIngesting(documentChars: number): Promise<{ samples: number[]; postMs: number; status: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-robust-'));
  const store = GraphStore.open(dir);
  const running = await startServer({ store, port: 0, workers: 1, log: () => {} });
  try {
    const text = longDocument(documentChars, 5000);
    let done = false;
    const started = performance.now();
    let status = 0;
    const post = fetch(`${running.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
      .then((res) => { status = res.status; done = true; });
    const samples: number[] = [];
    while (!done) {
      const t = performance.now();
      await fetch(`${running.url}/api/health`).then((res) => res.arrayBuffer());
      samples.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await post;
    return { samples, postMs: performance.now() - started, status };
  } finally {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const robustnessBenchmark: Benchmark = {
  name: 'robustness',
  title: 'Bounded work',
  async run(context: BenchContext): Promise<BenchResult> {
    const small = context.quick ? 50_000 : 1_000_000;
    const token = context.quick ? 1_000_000 : 5_000_000;
    extractDocument(corpusDocument(0).text, 'warm-up');
    context.log(`extraction of ${small} and ${4 * small} characters`);
    const oneX = timeExtraction(longDocument(small));
    const fourX = timeExtraction(longDocument(4 * small));
    const sizeRatio = fourX / oneX;
    context.log(`a single token of ${token} characters`);
    const tokenMs = timeExtraction('x'.repeat(token));
    const docChars = context.quick ? 100_000 : DOCUMENT_LIMITS.maxDocumentBytes - 1024;
    context.log(`/api/health while a ${docChars}-character document is ingested`);
    const health = await healthWhileIngesting(docChars);
    const p99 = percentile(health.samples, 99);
    return {
      name: 'robustness',
      title: 'Bounded work: extraction against input size, a huge token, health during a long ingest',
      tables: [{
        title: 'Extraction and responsiveness',
        columns: ['measure', 'figure'],
        rows: [
          [`extraction, ${small.toLocaleString('en-US')} chars`, `${formatNumber(oneX / 1000)} s`],
          [`extraction, ${(4 * small).toLocaleString('en-US')} chars`, `${formatNumber(fourX / 1000)} s (${formatNumber(sizeRatio)}×)`],
          [`single token of ${token.toLocaleString('en-US')} chars`, `${formatNumber(tokenMs / 1000)} s`],
          [`/api/health while ingesting ${docChars.toLocaleString('en-US')} chars (POST ${health.status} in ${formatNumber(health.postMs / 1000)} s)`, `p99 ${formatNumber(p99)} ms over ${health.samples.length} requests`],
        ],
      }],
      targets: [
        { target: 'extraction 4× input ≤ 4.5× time', value: `${formatNumber(sizeRatio)}×`, met: sizeRatio <= 4.5 },
        { target: `single ${token / 1e6} MB token < 2 s`, value: `${formatNumber(tokenMs / 1000)} s`, met: tokenMs < 2000 },
        { target: '/api/health p99 < 100 ms during an ingest', value: `${formatNumber(p99)} ms`, met: health.samples.length > 0 && p99 < 100 },
      ],
      notes: ['Extraction runs in worker threads (src/ingest/worker-pool.ts); the server thread only parses, stores and answers.'],
      data: { oneXMs: oneX, fourXMs: fourX, sizeRatio, tokenMs, healthP99Ms: p99, healthSamples: health.samples.length, postMs: health.postMs },
    };
  },
};
