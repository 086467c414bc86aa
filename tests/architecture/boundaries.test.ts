// The import rules of docs/architecture.md, checked on every source file: data flows one way, the
// shared vocabulary sits at the bottom (src/domain), the store knows nothing of queries or extraction,
// only src/ingest runs the extractor, and nothing but the `serve` command reaches into the server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Which top-level folders of src/ each folder may import (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  // The statistical tagger, parser and recogniser: a toolkit of its own, which the extractor may use.
  nlp: [],
  extract: ['domain', 'nlp'],
  graph: ['domain'],
  store: ['domain', 'graph'],
  ingest: ['domain', 'extract', 'store'],
  query: ['domain', 'graph'],
  formats: ['domain', 'graph'],
  server: ['domain', 'graph', 'store', 'ingest', 'query', 'formats'],
  cli: ['domain', 'graph', 'store', 'ingest', 'query', 'formats'],
};

/** The one module outside src/server that may import it: the command that starts the server. */
const SERVER_ENTRY = 'src/cli/serve.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Import { from: string; to: string; typeOnly: boolean }

/** Every relative import of a file (static, dynamic and `export ... from`), as paths from the root. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.filter((f) => f.fileName.startsWith('.')).map((f) => {
    const line = text.slice(text.lastIndexOf('\n', f.pos) + 1, text.indexOf('\n', f.pos));
    return {
      from: relative(ROOT, file),
      to: relative(ROOT, resolve(dirname(file), f.fileName.replace(/\.js$/, '.ts'))),
      typeOnly: /^\s*(import|export) type\b/.test(line),
    };
  });
}

/** The folder of src/ a path is in ('' for src/cli.ts and anything outside src/). */
function layerOf(path: string): string {
  const match = /^src\/([^/]+)\//.exec(path);
  return match ? match[1] : '';
}

const srcImports = sourceFiles(join(ROOT, 'src')).flatMap(importsOf);

describe('import boundaries', () => {
  it('finds the source files and their imports', () => {
    expect(srcImports.length).toBeGreaterThan(100);
    expect(new Set(srcImports.map((i) => layerOf(i.from)))).toEqual(new Set(['', ...Object.keys(MAY_IMPORT)]));
  });

  it('every src/ folder imports only the folders below it', () => {
    const broken = srcImports.filter((i) => {
      const from = layerOf(i.from);
      const to = layerOf(i.to);
      if (from === '' || to === '' || from === to) return false;
      if (i.from === SERVER_ENTRY && to === 'server') return false;
      return !(MAY_IMPORT[from] ?? []).includes(to);
    });
    expect(broken.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('nothing outside src/server imports it, except the serve command', () => {
    // Tests and benchmarks (outside src/ and web/) exercise the server directly, as they may.
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'web', 'src'))];
    const broken = files.flatMap(importsOf).filter((i) => i.to.startsWith('src/server/') && !i.from.startsWith('src/server/') && i.from !== SERVER_ENTRY);
    expect(broken.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('only src/ingest imports the extractor', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'web', 'src'))];
    const broken = files.flatMap(importsOf).filter((i) => i.to.startsWith('src/extract/') && !i.from.startsWith('src/extract/') && !i.from.startsWith('src/ingest/'));
    expect(broken.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('the store imports neither queries nor the extractor', () => {
    const broken = srcImports.filter((i) => i.from.startsWith('src/store/') && /^src\/(query|extract)\//.test(i.to));
    expect(broken.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('the web app imports the shared vocabulary and graph helpers, and only types from other layers', () => {
    const broken = sourceFiles(join(ROOT, 'web', 'src')).flatMap(importsOf)
      .filter((i) => i.to.startsWith('src/') && !/^src\/(domain|graph)\//.test(i.to) && !i.typeOnly);
    expect(broken.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });
});
