// Parallel ingestion: extraction in worker threads, one writer committing in the given order, must
// leave exactly the store that serial ingestion leaves (every table, row for row).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles, ingestFilesWithPool } from '../../src/ingest/service.js';
import { createExtractionPool } from '../../src/ingest/worker-pool.js';
import { DATABASE_FILE, GraphStore } from '../../src/store/index.js';
import { graphFromDatabase } from '../../src/store/replay.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CAST = [
  ['Germany', 'Olaf Scholz', 'France', 'Paris'], ['Chile', 'Elena Rojas', 'Peru', 'Lima'],
  ['Ghana', 'Kwame Mensah', 'Mali', 'Bamako'], ['Japan', 'Fumio Kishida', 'South Korea', 'Seoul'],
] as const;

/** Articles sharing actors, so later documents resolve names to entities earlier ones created. */
function writeArticles(name = 'articles', count = 12): string {
  const articles = join(dir, name);
  mkdirSync(articles, { recursive: true });
  for (let i = 0; i < count; i++) {
    const [country, leader, other, capital] = CAST[i % CAST.length];
    const [, , third] = CAST[(i + 1) % CAST.length];
    writeFileSync(join(articles, `a${String(i).padStart(2, '0')}.txt`), [
      `${country} Asks ${other} For Help (${i})`,
      `${leader} asked ${other} for military assistance on Monday, officials in ${capital} said.`,
      `${other} agreed to send engineers, and ${third} criticized ${country} for the request.`,
      `Later, ${leader} met the foreign minister of ${third} in ${capital}.`,
    ].join('\n'));
  }
  // The same text twice, and a file that is not text: both outcomes must match too.
  writeFileSync(join(articles, 'b-duplicate.txt'), `${CAST[0][0]} Asks ${CAST[0][2]} For Help (0)\n${CAST[0][1]} asked ${CAST[0][2]} for military assistance on Monday, officials in ${CAST[0][3]} said.\n${CAST[0][2]} agreed to send engineers, and ${CAST[1][2]} criticized ${CAST[0][0]} for the request.\nLater, ${CAST[0][1]} met the foreign minister of ${CAST[1][2]} in ${CAST[0][3]}.`);
  writeFileSync(join(articles, 'c-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  return articles;
}

/** Every table's rows in a stable order, without the ingestion time stamps. */
function dump(dataDir: string): Record<string, unknown[]> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(tables.map((table) => {
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      return [table, rows.map(({ ingested_at: _ingestedAt, ...rest }) => rest)];
    }));
  } finally {
    db.close();
  }
}

describe('parallel ingestion', () => {
  it('stores exactly what serial ingestion stores, with the same outcomes per file', async () => {
    const articles = writeArticles();
    const serialDir = join(dir, 'serial');
    const serialStore = GraphStore.open(serialDir);
    const serial = ingestFiles(serialStore, [articles]);
    serialStore.close();

    const parallelDir = join(dir, 'parallel');
    const parallelStore = GraphStore.open(parallelDir);
    const pool = createExtractionPool(2);
    const order: string[] = [];
    const parallel = await ingestFilesWithPool(parallelStore, [articles], pool, { onFile: (path) => order.push(path) });
    await pool.close();
    parallelStore.close();

    expect(parallel.filter((r) => r.outcome?.created)).toHaveLength(12);
    expect(parallel.map((r) => r.error ?? null)).toEqual(serial.map((r) => r.error ?? null));
    expect(parallel.map((r) => r.outcome ?? null)).toEqual(serial.map((r) => r.outcome ?? null));
    expect(order).toEqual(serial.map((r) => r.path));
    const tables = dump(parallelDir);
    expect(tables.graph_edges.length).toBeGreaterThan(10);
    expect(tables).toEqual(dump(serialDir));
  }, 120_000);

  it('answers each task with its own extraction and refuses tasks once closed', async () => {
    const pool = createExtractionPool(2);
    try {
      const texts = ['Chile withdrew its troops from Bolivia on Monday.', 'Ghana will send troops to Mali.', 'Nigeria criticized Niger.'];
      const results = await Promise.all(texts.map((text, i) => pool.submit(text, `doc-${i}`)));
      expect(results.map((r) => r.doc)).toEqual(['doc-0', 'doc-1', 'doc-2']);
      expect(results.map((r) => r.entities.map((e) => e.label).sort())).toEqual([['Bolivia', 'Chile'], ['Ghana', 'Mali'], ['Niger', 'Nigeria']]);
      await pool.close();
      await expect(pool.submit('more text', 'doc-3')).rejects.toThrow(/closed/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a kill -9 of the writer loses no committed document, stores no half one, and the rerun completes the store', async () => {
    const articles = writeArticles('many', 60);
    const serialDir = join(dir, 'many-serial');
    const serialStore = GraphStore.open(serialDir);
    ingestFiles(serialStore, [articles]);
    serialStore.close();

    const killedDir = join(dir, 'many-killed');
    const committed = await ingestThenKill(killedDir, articles, 3);
    expect(committed).toBeGreaterThanOrEqual(3);
    const store = GraphStore.open(killedDir);
    const db = new Database(join(killedDir, DATABASE_FILE), { readonly: true });
    try {
      expect(store.integrityCheck()).toBe('ok');
      expect(store.documentCount()).toBeGreaterThanOrEqual(committed);
      // The graph tables agree with the documents: no document is stored in part.
      expect(JSON.stringify(store.graph.export())).toBe(JSON.stringify(graphFromDatabase(db).export()));
    } finally {
      db.close();
      store.close();
    }
    const rerun = spawnIngest(killedDir, articles);
    // Exit code 1: the binary file among the articles fails, as it does in any run.
    expect(await new Promise((done) => rerun.on('exit', done))).toBe(1);
    expect(dump(killedDir)).toEqual(dump(serialDir));
  }, 180_000);
});

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

function spawnIngest(dataDir: string, articles: string) {
  return spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', '--workers', '2', '--data', dataDir, articles], { stdio: 'ignore' });
}

/** Runs `newsgraph ingest --workers 2` until `count` documents are committed, then kills it; returns how many were. */
function ingestThenKill(dataDir: string, articles: string, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawnIngest(dataDir, articles);
    let seen = 0;
    const poll = setInterval(() => {
      try {
        const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
        seen = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
        db.close();
      } catch { /* not created yet */ }
      if (seen >= count) proc.kill('SIGKILL');
    }, 20);
    proc.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve(seen);
      else reject(new Error(`ingest ended (code ${code}) before it was killed`));
    });
  });
}
