// External readers and validators the GEXF tests use (jing, Python networkx). Locally a missing tool
// skips its tests with a message; in CI (CI=true) the tests run anyway and fail, because CI installs them.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const IN_CI = process.env.CI === 'true';

/** The official GEXF schemas and example files, vendored (tests/fixtures/gexf/README.md). */
export const GEXF_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/gexf');

export function jingAvailable(): boolean {
  return spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;
}

export function networkxAvailable(): boolean {
  const result = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Whether to run a tool's tests; says why when they are skipped. */
export function shouldRun(tool: string, available: boolean, install: string): boolean {
  if (available || IN_CI) return true;
  console.warn(`skipping ${tool} tests: ${tool} is not installed (${install}); they run in CI`);
  return false;
}

export interface JingResult {
  ok: boolean;
  errors: string;
}

/** Validates files against the official RELAX NG compact schema of a GEXF version. */
export function validateWithJing(version: '1.3' | '1.2draft', files: readonly string[]): JingResult {
  const result = spawnSync('jing', ['-c', resolve(GEXF_FIXTURES, `gexf-${version}/rnc/gexf.rnc`), ...files], { encoding: 'utf8' });
  if (result.error) throw new Error(`jing could not run: ${result.error.message}`);
  return { ok: result.status === 0 && result.stdout.trim() === '', errors: result.stdout.trim() };
}

/** Runs a Python snippet (with `files` in sys.argv[1:]) and parses the JSON it prints. */
export function runPython<T>(script: string, files: readonly string[]): T {
  const result = spawnSync('python3', ['-c', script, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`python3 could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(result.stdout) as T;
}
