// `newsgraph reindex` as a user runs it: a real process on a real store.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, GraphStore } from '../../src/store/index.js';
import { KABUL_TEXT, kabulExtraction } from '../store/fixtures.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/newsgraph.js');
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-reindex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reindex(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, 'reindex', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('newsgraph reindex', () => {
  it('rebuilds graph tables that lost rows', () => {
    const data = join(dir, 'store');
    const store = GraphStore.open(data);
    store.ingestExtraction({ text: KABUL_TEXT }, kabulExtraction());
    const before = JSON.stringify(store.graph.export());
    store.close();
    const db = new Database(join(data, DATABASE_FILE));
    db.exec("UPDATE graph_edges SET attrs = json_set(attrs, '$.evidence', json('[]'))");
    db.close();

    const run = reindex('--data', data);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^reindexed 1 document\(s\): 5 entities, 4 relations in \d+\.\d s\n$/);
    const reopened = GraphStore.open(data);
    expect(JSON.stringify(reopened.graph.export())).toBe(before);
    reopened.close();
  });

  it('fails with one line when there is no store', () => {
    const run = reindex('--data', join(dir, 'nothing-here'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^newsgraph reindex: no store in .*nothing-here \(newsgraph\.sqlite is missing\)\n$/);
  });
});
