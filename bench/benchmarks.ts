// The benchmarks, in the order `npm run bench` runs them. Modules load lazily so that a benchmark
// whose subject is broken fails alone.
import type { Benchmark } from './types.js';

export const BENCHMARK_NAMES = ['extraction', 'nlp', 'scaling', 'parallel', 'startup', 'query', 'gexf', 'layout', 'browser', 'robustness'] as const;
export type BenchmarkName = (typeof BENCHMARK_NAMES)[number];

export function isBenchmarkName(value: string): value is BenchmarkName {
  return (BENCHMARK_NAMES as readonly string[]).includes(value);
}

export async function loadBenchmark(name: BenchmarkName): Promise<Benchmark> {
  switch (name) {
    case 'extraction': return (await import('./extraction.js')).extractionBenchmark;
    case 'nlp': return (await import('./nlp.js')).nlpBenchmark;
    case 'scaling': return (await import('./scaling.js')).scalingBenchmark;
    case 'parallel': return (await import('./parallel.js')).parallelBenchmark;
    case 'startup': return (await import('./startup.js')).startupBenchmark;
    case 'query': return (await import('./query.js')).queryBenchmark;
    case 'gexf': return (await import('./gexf.js')).gexfBenchmark;
    case 'layout': return (await import('./layout.js')).layoutBenchmark;
    case 'robustness': return (await import('./robustness.js')).robustnessBenchmark;
    case 'browser': return (await import('./browser.js')).browserBenchmark;
  }
}
