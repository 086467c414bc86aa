// One benchmark in its own process (fresh heap, own memory figures; a crash stays contained).
// Started by bench/run.ts; sends its BenchResult back over IPC.
import { isBenchmarkName, loadBenchmark } from './benchmarks.js';
import type { BenchResult } from './types.js';

async function main(): Promise<void> {
  const [name, ...flags] = process.argv.slice(2);
  if (!name || !isBenchmarkName(name)) throw new Error(`unknown benchmark: ${name ?? '(none)'}`);
  const benchmark = await loadBenchmark(name);
  const result: BenchResult = await benchmark.run({
    quick: flags.includes('--quick'),
    log: (message) => process.stderr.write(`  [${name}] ${message}\n`),
  });
  await new Promise<void>((resolve, reject) => {
    if (!process.send) { reject(new Error('bench/child.ts must be started by bench/run.ts')); return; }
    process.send(result, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
