// `newsgraph ingest` as a user runs it: real processes, real files, a real store.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../src/store/index.js';
import { errorLines, newsgraph } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const articles = join(dir, 'articles');
mkdirSync(join(articles, 'more'), { recursive: true });
writeFileSync(join(articles, 'andes.txt'), 'Andes Talks Resume\nChile asked Peru for help on Monday. Peru agreed to send engineers to Chile.\n');
writeFileSync(join(articles, 'more', 'sahel.md'), 'Ghana will send troops to Mali. Nigeria criticized Niger.\n');
writeFileSync(join(articles, 'notes.json'), '{"not": "an article"}');

function storedDocuments(data: string): Array<{ title: string | null; published: string | null }> {
  const store = GraphStore.open(data);
  try {
    return store.listDocuments(100, 0).documents.map((d) => ({ title: d.title, published: d.published }));
  } finally {
    store.close();
  }
}

describe('newsgraph ingest', () => {
  const data = join(dir, 'data');

  it('stores every text file of a directory (recursively), titled by its headline, and says what it added', () => {
    const run = newsgraph('ingest', '--data', data, '--published', '2024-05-02', articles);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ingested 2 new document\(s\), 0 already stored, 0 failed: \+\d+ entities, \+\d+ relations\n$/);
    expect(Number(/\+(\d+) entities/.exec(run.stdout)?.[1])).toBeGreaterThanOrEqual(5);
    expect(storedDocuments(data)).toEqual([
      { title: 'Andes Talks Resume', published: '2024-05-02' },
      { title: null, published: '2024-05-02' },
    ]);
  });

  it('skips articles already stored', () => {
    const run = newsgraph('ingest', '--data', data, join(articles, 'andes.txt'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('ingested 0 new document(s), 1 already stored, 0 failed: +0 entities, +0 relations\n');
  });

  it('reports a bad file in one line, stores the others and exits 1', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'a-good.txt'), 'Kenya asked Uganda for help.\n');
    writeFileSync(join(mixed, 'b-empty.txt'), '  \n');
    const fresh = join(dir, 'mixed-data');
    const run = newsgraph('ingest', '--data', fresh, mixed);
    expect(run.status).toBe(1);
    expect(errorLines(run)).toEqual([`newsgraph ingest: ${join(mixed, 'b-empty.txt')}: empty document`]);
    expect(run.stdout).toMatch(/^ingested 1 new document\(s\), 0 already stored, 1 failed/);
    expect(storedDocuments(fresh)).toHaveLength(1);
  });

  it('refuses bad usage with one line and exit 2', () => {
    for (const args of [[], ['--published', '2 May', articles], ['--colour', 'red', articles]]) {
      const run = newsgraph('ingest', '--data', join(dir, 'unused'), ...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(errorLines(run), args.join(' ')).toHaveLength(1);
    }
  });

  it('says so when a path does not exist', () => {
    const run = newsgraph('ingest', '--data', join(dir, 'unused'), join(dir, 'nowhere.txt'));
    expect(run.status).toBe(1);
    expect(errorLines(run)).toEqual([`newsgraph ingest: ${join(dir, 'nowhere.txt')}: no such file`]);
  });
});
