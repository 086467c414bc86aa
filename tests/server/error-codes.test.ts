// docs/api.md lists every error code and limit from the one table (src/server/error-codes.ts), and the
// table has every code the source answers with.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, withErrorCodes } from '../../src/server/error-codes.js';

const root = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Codes passed to the error types and helpers that end up in an answer's `error.code`. */
function codesInSource(): Set<string> {
  const patterns = [
    /ApiError\(\d{3}, '([a-z_]+)'/g, /QueryError\('[a-z_]+', '([a-z_]+)'/g, /LimitError\('([a-z_]+)'/g,
    /StoreError\('([a-z_]+)'/g, /errorBody\('([a-z_]+)'/g, /code: '([a-z_]+)', message/g, /DocumentInputError\('([a-z_]+)'/g,
  ];
  const codes = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) codes.add(match[1]);
  }
  // A document too large is answered as any too-large body (server/errors.ts inputCode); codes built from a variable are not here.
  codes.delete('too_large');
  codes.delete('not_a_file');
  codes.delete('missing_file');
  return codes;
}

describe('error codes and limits', () => {
  it('every code used in src/ is in the table', () => {
    const documented = new Set(ERROR_CODES.map((c) => c.code));
    expect([...codesInSource()].filter((code) => !documented.has(code))).toEqual([]);
    expect(codesInSource().size).toBeGreaterThan(20);
  });

  it('docs/api.md holds the generated table (npm run docs:api)', () => {
    const doc = readFileSync(join(root, 'docs/api.md'), 'utf8');
    expect(withErrorCodes(doc)).toBe(doc);
  });
});
