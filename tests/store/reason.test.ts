// The extraction rule ("reason") of each evidence sentence: stored, replayed, and added with a default
// to stores written before it existed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, GraphStore } from '../../src/store/index.js';
import { KABUL_TEXT, kabulExtraction } from './fixtures.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'newsgraph-reason-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const withReasons = (result: ExtractionResult): ExtractionResult => ({
  ...result,
  relations: result.relations.map((r) => ({ ...r, evidence: { ...r.evidence, reason: `test.${r.predicate}` } })),
});

const reasonsOf = (store: GraphStore): string[] =>
  store.graph.edges().flatMap((e) => store.graph.getEdgeAttribute(e, 'evidence').map((ev) => `${store.graph.getEdgeAttribute(e, 'predicate')}:${ev.reason ?? '-'}`)).sort();

describe('evidence reason in the store', () => {
  it('keeps each evidence sentence’s rule across a reopen', () => {
    let store = GraphStore.open(dir);
    store.ingestExtraction({ text: KABUL_TEXT, title: 'Kabul' }, withReasons(kabulExtraction()));
    const before = reasonsOf(store);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((r) => /^(\w+):test\.\1$/.test(r))).toBe(true);
    store.close();
    store = GraphStore.open(dir);
    expect(reasonsOf(store)).toEqual(before);
    store.close();
  });

  it('adds the column to a store written before reasons, keeping its rows', () => {
    let store = GraphStore.open(dir);
    store.ingestExtraction({ text: KABUL_TEXT, title: 'Kabul' }, kabulExtraction());
    const count = store.graph.size;
    store.close();
    // Make it an old store: the evidence table as it was before version 2.
    const file = join(dir, DATABASE_FILE);
    const db = new Database(file);
    db.exec('ALTER TABLE evidence DROP COLUMN reason');
    db.pragma('user_version = 1');
    db.close();
    store = GraphStore.open(dir);
    expect(store.graph.size).toBe(count);
    expect(reasonsOf(store).every((r) => r.endsWith(':-'))).toBe(true);
    store.ingestExtraction({ text: `${KABUL_TEXT}\nAgain.`, title: 'Kabul 2' }, withReasons(kabulExtraction('kabul-2')));
    store.close();
    const columns = new Database(file).prepare('PRAGMA table_info(evidence)').all() as Array<{ name: string }>;
    expect(columns.map((c) => c.name)).toContain('reason');
  });
});
