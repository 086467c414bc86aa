// Runs the real `newsgraph` command (bin/newsgraph.js) in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/newsgraph.js');

export interface Run { status: number | null; stdout: string; stderr: string }

export function newsgraph(...args: string[]): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The non-empty lines a run wrote to stderr. */
export function errorLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line.trim() !== '');
}
