// Reading articles from disk: text files, one article each, whose first line is taken as the title
// when it looks like a headline.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentInput } from './index.js';
import { assertFileSize } from '../domain/limits.js';

export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

/** Every text file named, with directories expanded (recursively, sorted). */
export function textFilesIn(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const stat = statSync(path);
    if (stat.isFile()) return [path];
    // A FIFO or a device named by hand would block the read forever.
    if (!stat.isDirectory()) throw new Error(`${path}: not a regular file`);
    const entries = readdirSync(path).sort().map((name) => join(path, name));
    return textFilesIn(entries.filter((p) => {
      const entry = statSync(p);
      return entry.isDirectory() || (entry.isFile() && TEXT_EXTENSIONS.has(extname(p).toLowerCase()));
    }));
  });
}

/** A headline is a short first line that does not end like a sentence. */
export function headlineOf(text: string): string | undefined {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (first.length === 0 || first.length > 200 || /[.!?]["”’]?$/.test(first)) return undefined;
  return first;
}

export function documentFromFile(path: string): DocumentInput {
  assertFileSize(statSync(path).size);
  const text = readFileSync(path, 'utf8');
  const title = headlineOf(text);
  return { text, ...(title ? { title } : {}) };
}
