// `npm run bench [-- --quick] [-- --only NAME[,NAME]]`: runs each benchmark in its own process,
// prints its tables, and writes bench/results/latest.json (latest-quick.json for --quick).
// Targets are reported, not asserted: the exit code is non-zero only when a benchmark crashes.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { BENCHMARK_NAMES, isBenchmarkName, type BenchmarkName } from './benchmarks.js';
import { figuresBlock, updatePerformanceDoc } from './docs.js';
import { renderResult, renderTable } from './report.js';
import type { BenchResult, Json } from './types.js';

interface Options { quick: boolean; profile: boolean; only: BenchmarkName[] }

const USAGE = 'usage: npm run bench [-- --quick] [--only extraction,nlp,scaling,parallel,startup,query,gexf,layout,browser,robustness] [--profile]';

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { quick: false, profile: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!value) throw new Error(`--only needs a benchmark name (${BENCHMARK_NAMES.join(', ')})`);
      for (const name of value.split(',')) {
        if (!isBenchmarkName(name)) throw new Error(`unknown benchmark "${name}" (known: ${BENCHMARK_NAMES.join(', ')})`);
        options.only.push(name);
      }
    } else if (arg === '--help' || arg === '-h') { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    else throw new Error(`unknown option "${arg}"; ${USAGE}`);
  }
  return options;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

/** With --profile, V8 CPU profiles of each benchmark process (and the query server) land here. */
function profileDir(name: BenchmarkName): string {
  return `${RESULTS_DIR}profiles/${name}`;
}

function runChild(name: BenchmarkName, options: Options): Promise<BenchResult> {
  return new Promise((resolve, reject) => {
    const profiling = options.profile ? [`--cpu-prof`, `--cpu-prof-dir=${profileDir(name)}`] : [];
    const child = fork(CHILD, [name, ...(options.quick ? ['--quick'] : [])], {
      execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096', ...profiling],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ...(options.profile ? { NEWSGRAPH_BENCH_PROFILE_DIR: profileDir(name) } : {}) },
    });
    let result: BenchResult | undefined;
    child.on('message', (message) => { result = message as BenchResult; });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`benchmark "${name}" ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`));
    });
  });
}

export function machineDescription(): { [key: string]: Json } {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** 1-minute load average at the start and end of the run ("2 cores, load 9" explains a slow run). */
function loadSummary(atStart: number): string {
  return `${atStart.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end`;
}

function resultsFile(quick: boolean): string {
  return `${RESULTS_DIR}${quick ? 'latest-quick.json' : 'latest.json'}`;
}

/** With --only, the other benchmarks' last figures are kept. */
function previousResults(file: string): Record<string, Json> {
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { benchmarks?: Record<string, Json> };
    return parsed.benchmarks ?? {};
  } catch { return {}; }
}

function writeResults(file: string, content: Json): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(content, null, 2)}\n`);
  renameSync(temp, file); // never a half-written results file
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const names = options.only.length ? options.only : [...BENCHMARK_NAMES];
  const started = performance.now();
  // Other work on the machine skews absolute figures (ratios much less): record how busy it was.
  const loadAtStart = os.loadavg()[0];
  const file = resultsFile(options.quick);
  const benchmarks = options.only.length ? previousResults(file) : {};
  const results: BenchResult[] = [];
  const failures: string[] = [];
  process.stderr.write(`newsgraph benchmarks (${options.quick ? 'quick' : 'full'}): ${names.join(', ')}\n`);
  for (const name of names) {
    const t0 = performance.now();
    process.stderr.write(`> ${name}\n`);
    try {
      const result = await runChild(name, options);
      const seconds = (performance.now() - t0) / 1000;
      results.push(result);
      benchmarks[name] = { ...result, seconds: Math.round(seconds * 10) / 10 } as unknown as Json;
      process.stdout.write(`\n${renderResult(result)}\n(${seconds.toFixed(1)} s)\n`);
    } catch (error) {
      failures.push(name);
      process.stderr.write(`! ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const generatedAt = new Date().toISOString();
  // Only a complete full run speaks for the documented figures.
  if (!options.quick && !options.only.length && failures.length === 0) {
    updatePerformanceDoc(figuresBlock(results, { ...machineDescription(), loadAverage: loadSummary(loadAtStart) }, generatedAt, seconds));
  }
  writeResults(file, {
    generatedAt,
    mode: options.quick ? 'quick' : 'full',
    machine: { ...machineDescription(), loadAverage: loadSummary(loadAtStart) },
    seconds: Math.round(seconds),
    benchmarks,
  });
  const targets = results.flatMap((r) => r.targets);
  if (targets.length) {
    process.stdout.write(`\n${renderTable({
      title: 'All targets',
      columns: ['target', 'measured', 'status'],
      rows: targets.map((t) => [t.target, t.value, t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED']),
    })}\n`);
  }
  if (options.quick) process.stdout.write('\nquick mode: small sizes and single runs (a smoke test); the targets are set for the full sizes.\n');
  process.stdout.write(`\nTotal ${seconds.toFixed(1)} s; results in ${file}\n`);
  if (failures.length) process.stderr.write(`benchmarks that crashed: ${failures.join(', ')}\n`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
