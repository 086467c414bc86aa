import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, GraphStore } from '../../src/store/index.js';
import { crashDocument } from './crash-documents.js';

const child = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the ingesting child until it reported `count` stored documents, then kills it with SIGKILL. */
function ingestThenKill(count: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stored = new Map<string, number>();
    let buffer = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [, id, i] = line.split(' ');
        stored.set(id, Number(i));
      }
      if (stored.size >= count) proc.kill('SIGKILL');
    });
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(stored);
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it('a kill -9 during ingestion loses no stored document and leaves no half-stored one', async () => {
    const reported = await ingestThenKill(4);
    const store = GraphStore.open(dir);
    try {
      expect(store.integrityCheck()).toBe('ok');
      const { documents } = store.listDocuments(500, 0);
      // Everything the child saw committed is there (and maybe one more that committed before the kill).
      for (const id of reported.keys()) expect(documents.map((d) => d.id)).toContain(id);
      expect(documents.length).toBeGreaterThanOrEqual(reported.size);
      expect(documents.length).toBeLessThanOrEqual(reported.size + 1);
      const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
      for (const doc of documents) {
        const i = Number(doc.title?.replace('crash ', ''));
        const expected = crashDocument(i).result;
        const counts = db.prepare(`SELECT
            (SELECT COUNT(*) FROM evidence WHERE doc_id = ?) AS evidence,
            (SELECT COUNT(*) FROM mentions WHERE doc_id = ?) AS mentions,
            (SELECT COUNT(*) FROM document_entities WHERE doc_id = ?) AS entities`).get(doc.id, doc.id, doc.id);
        expect(counts).toEqual({ evidence: expected.relations.length, mentions: expected.mentions.length, entities: expected.entities.length });
      }
      db.close();
      // The rebuilt graph holds exactly the stored documents' evidence.
      let evidence = 0;
      store.graph.forEachEdge((_e, attrs) => { evidence += attrs.evidence.length; });
      expect(evidence).toBe(documents.length * crashDocument(0).result.relations.length);
    } finally {
      store.close();
    }
  });
});
