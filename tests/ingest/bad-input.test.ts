// The same input gets the same answer on every road in: `newsgraph extract`, `newsgraph ingest`,
// seeding an empty store, and POST /api/documents (the file's bytes as a text/plain upload). Bad input
// is refused with the same reason everywhere and stores nothing; good input is stored with the same
// extraction everywhere.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractCommand } from '../../src/cli/extract.js';
import { ingestCommand } from '../../src/cli/ingest.js';
import { MAX_DOCUMENT_BYTES, type DocumentProblem } from '../../src/ingest/input.js';
import { seedIfEmpty } from '../../src/ingest/service.js';
import { createApp } from '../../src/server/app.js';
import { GraphStore } from '../../src/store/index.js';

const SENTENCE = 'Chile asked Peru for help on Monday. ';
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Text of `bytes` bytes made of one sentence repeated, with or without line breaks. */
function repeated(bytes: number, lineBreaks: boolean): Buffer {
  const unit = lineBreaks ? `${SENTENCE}\n` : SENTENCE;
  return utf8(unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes));
}

interface Case {
  name: string;
  bytes: Buffer;
  /** The reason every road gives, with a message that says it; undefined when the input is a good article. */
  problem?: DocumentProblem;
  message?: RegExp;
}

const HTML = '<p>S&eacute;n&eacute;gal&#8217;s president criticized Mali &amp; Niger on Monday.</p>\n<p>Ghana&nbsp;asked Togo for help.</p>\n';

const CASES: Case[] = [
  { name: 'an empty file', bytes: Buffer.alloc(0), problem: 'empty_text', message: /empty/ },
  { name: 'whitespace only', bytes: utf8(' \n\t \r\n  \n'), problem: 'empty_text', message: /empty/ },
  { name: 'binary data', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), problem: 'binary_text', message: /binary/ },
  { name: 'invalid UTF-8', bytes: Buffer.concat([utf8('Bogot'), Buffer.from([0xe1]), utf8(' hosted talks with Quito.\n')]), problem: 'invalid_utf8', message: /not valid UTF-8/ },
  { name: 'UTF-16 with a BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Chile asked Peru for help.\n', 'utf16le')]), problem: 'invalid_utf8', message: /UTF-16/ },
  { name: '20 MB', bytes: repeated(20 * 1024 * 1024, true), problem: 'too_large', message: /larger than the limit/ },
  { name: 'one 5 MB line', bytes: repeated(5 * 1024 * 1024, false), problem: 'too_large', message: /larger than the limit/ },
  { name: 'HTML with named and numeric entities', bytes: utf8(HTML) },
];

/** What HTTP answers for a reason (a too-large document is a too-large body, 413). */
const HTTP: Record<DocumentProblem, { status: number; code: string }> = {
  empty_text: { status: 400, code: 'empty_text' },
  binary_text: { status: 400, code: 'binary_text' },
  invalid_utf8: { status: 400, code: 'invalid_utf8' },
  too_large: { status: 413, code: 'payload_too_large' },
  not_a_file: { status: 400, code: 'not_a_file' },
  missing_file: { status: 400, code: 'missing_file' },
};

let dir: string;
const stderr: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-bad-input-'));
  expect(MAX_DOCUMENT_BYTES).toBeLessThan(5 * 1024 * 1024);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => { vi.restoreAllMocks(); stderr.length = 0; });

function captureOutput(): void {
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr.push(String(chunk)); return true; });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
}

/** A fresh directory holding the case's bytes as `article.txt`. */
function caseDir(kase: Case, road: string): { folder: string; file: string } {
  const folder = join(dir, `${road}-${kase.name.replace(/\W+/g, '-')}`);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'article.txt');
  writeFileSync(file, kase.bytes);
  return { folder, file };
}

/** Labels and relations of a stored graph, to compare roads. */
function summary(store: GraphStore): { entities: string[]; relations: string[] } {
  const graph = store.graph;
  return {
    entities: graph.mapNodes((_n, a) => a.label).sort(),
    relations: graph.mapEdges((_e, a, s, t) => `${graph.getNodeAttribute(s, 'label')} ${a.predicate} ${graph.getNodeAttribute(t, 'label')}`).sort(),
  };
}

describe.each(CASES)('$name', (kase) => {
  const stored: Record<string, ReturnType<typeof summary>> = {};

  it('newsgraph extract', async () => {
    const { folder, file } = caseDir(kase, 'extract');
    const out = join(folder, 'graph.json');
    const run = extractCommand.run([file, '--out', out]);
    if (kase.problem) {
      await expect(run).rejects.toThrow(kase.message);
      await expect(run).rejects.toThrow(file);
    } else {
      await expect(run).resolves.toBe(0);
    }
  });

  it('newsgraph ingest', async () => {
    const { folder, file } = caseDir(kase, 'ingest');
    const data = join(folder, 'data');
    captureOutput();
    const code = await ingestCommand.run(['--data', data, file]);
    const store = GraphStore.open(data);
    try {
      if (kase.problem) {
        expect(code).toBe(1);
        const errors = stderr.filter((line) => line.startsWith('newsgraph ingest:'));
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(kase.message as RegExp);
        expect(errors[0]).toContain(file);
        expect(store.documentCount()).toBe(0);
      } else {
        expect(code).toBe(0);
        expect(store.documentCount()).toBe(1);
        stored.ingest = summary(store);
      }
    } finally {
      store.close();
    }
  });

  it('seeding an empty store', () => {
    const { folder, file } = caseDir(kase, 'seed');
    const store = GraphStore.open(join(dir, `seed-data-${kase.name.replace(/\W+/g, '-')}`));
    try {
      const results = seedIfEmpty(store, folder);
      expect(results.map((r) => r.path)).toEqual([file]);
      if (kase.problem) {
        expect(results[0].error).toMatch(kase.message as RegExp);
        expect(results[0].error).toContain(file);
        expect(store.documentCount()).toBe(0);
      } else {
        expect(results[0].error).toBeUndefined();
        stored.seed = summary(store);
      }
    } finally {
      store.close();
    }
  });

  it('POST /api/documents', async () => {
    const store = GraphStore.open(join(dir, `http-data-${kase.name.replace(/\W+/g, '-')}`));
    try {
      const app = createApp({ store, log: () => {} });
      const res = await request(app).post('/api/documents').set('Content-Type', 'text/plain').send(kase.bytes);
      if (kase.problem) {
        expect({ status: res.status, code: res.body?.error?.code }).toEqual(HTTP[kase.problem]);
        expect(res.body.error.message).toMatch(kase.problem === 'too_large' ? /larger than the limit/ : (kase.message as RegExp));
        expect(store.documentCount()).toBe(0);
      } else {
        expect(res.status).toBe(201);
        stored.http = summary(store);
      }
    } finally {
      store.close();
    }
  });

  if (kase.problem === undefined) it('stores the same entities and relations on every road', () => {
    expect(Object.keys(stored).sort()).toEqual(['http', 'ingest', 'seed']);
    expect(stored.seed).toEqual(stored.ingest);
    expect(stored.http).toEqual(stored.ingest);
    // Entities decoded (&eacute;) before extraction: "S&eacute;n&eacute;gal" is Senegal.
    expect(stored.ingest.entities).toEqual(expect.arrayContaining(['Senegal', 'Mali', 'Ghana', 'Togo']));
  });
});

describe('paths that are not a readable file', () => {
  it('a missing file: extract and ingest say so; seeding a missing folder seeds nothing', async () => {
    const missing = join(dir, 'no-such-article.txt');
    await expect(extractCommand.run([missing])).rejects.toThrow(`${missing}: no such file`);
    await expect(ingestCommand.run(['--data', join(dir, 'missing-data'), missing])).rejects.toThrow(`${missing}: no such file`);
    const store = GraphStore.open(join(dir, 'missing-seed-data'));
    try {
      expect(seedIfEmpty(store, join(dir, 'no-such-folder'))).toEqual([]);
      expect(store.documentCount()).toBe(0);
    } finally {
      store.close();
    }
  });

  it('a directory: extract wants a file; ingest and seeding read the text files in it (none here)', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(join(folder, 'inner'), { recursive: true });
    await expect(extractCommand.run([folder])).rejects.toThrow(`${folder}: is a directory`);
    await expect(ingestCommand.run(['--data', join(dir, 'folder-data'), folder])).rejects.toThrow(/no text files/);
    const store = GraphStore.open(join(dir, 'folder-seed-data'));
    try {
      expect(seedIfEmpty(store, folder)).toEqual([]);
    } finally {
      store.close();
    }
  });
});
