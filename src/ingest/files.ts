// Reading articles from disk: text files, one article each, whose first line is taken as the title
// when it looks like a headline. Every file goes through the one input rule (input.ts).
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentInput } from '../store/index.js';
import { decodeDocumentText, DocumentInputError, MAX_DOCUMENT_BYTES, tooLarge } from './input.js';

export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

function statOf(path: string): Stats {
  try {
    return statSync(path);
  } catch {
    throw new DocumentInputError('missing_file', `${path}: no such file`);
  }
}

/** Every text file named, with directories expanded (recursively, sorted). */
export function textFilesIn(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!statOf(path).isDirectory()) return [path];
    const entries = readdirSync(path).sort().map((name) => join(path, name));
    return textFilesIn(entries.filter((p) => statSync(p).isDirectory() || TEXT_EXTENSIONS.has(extname(p).toLowerCase())));
  });
}

/** A headline is a short first line that does not end like a sentence. */
export function headlineOf(text: string): string | undefined {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (first.length === 0 || first.length > 200 || /[.!?]["”’]?$/.test(first)) return undefined;
  return first;
}

/** One file's text, by the input rule; errors name the file. */
export function readArticle(path: string): string {
  const stat = statOf(path);
  try {
    if (stat.isDirectory()) throw new DocumentInputError('not_a_file', 'is a directory, expected a text file');
    if (stat.size > MAX_DOCUMENT_BYTES) throw tooLarge();
    return decodeDocumentText(readFileSync(path));
  } catch (error) {
    if (error instanceof DocumentInputError) throw new DocumentInputError(error.code, `${path}: ${error.message}`);
    throw error;
  }
}

export function documentFromFile(path: string): DocumentInput {
  const text = readArticle(path);
  const title = headlineOf(text);
  return { text, ...(title ? { title } : {}) };
}
