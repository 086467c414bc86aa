#!/usr/bin/env node
// Runs the compiled CLI (dist/, made by `npm run build`, which `npm ci` and `npm install` run through
// `prepare`). In a working copy whose sources are newer than dist/ (someone is editing src/), or that
// has no dist/ yet, it runs the TypeScript sources through tsx (a development dependency) instead, so
// the command never runs stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli.js');
const sources = join(root, 'src');

/** Latest modification time of the TypeScript sources (0 when there are none, as in a published package). */
function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

if (existsSync(compiled) && statSync(compiled).mtimeMs >= newestSource(sources)) {
  await import(pathToFileURL(compiled).href);
} else {
  let tsxCli;
  try {
    tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  } catch {
    process.stderr.write("newsgraph: dist/ is missing or older than src/; run 'npm run build'\n");
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [tsxCli, join(sources, 'cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
