// Two processes writing to one store (the CLI ingesting while the server takes POSTs) lose no write:
// write transactions take the lock up front (BEGIN IMMEDIATE) and wait for it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { GraphStore } from '../../src/store/index.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { crashDocument } from './crash-documents.js';

const child = join(dirname(fileURLToPath(import.meta.url)), 'writer-child.ts');
const PER_PROCESS = 40;

let dir: string | undefined;
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

function runWriter(dataDir: string, from: number, count: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, String(from), String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    proc.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    proc.on('close', (code) => done({ code, out, err }));
  });
}

describe('two processes writing to one store', () => {
  it('stores every document of both, with no failed write', async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-writers-'));
    const extractions = new Map<string, ExtractionResult>();
    const texts: string[] = [];
    for (let i = 0; i < PER_PROCESS; i++) {
      const { text, result } = crashDocument(i);
      extractions.set(text, result);
      texts.push(text);
    }
    const store = GraphStore.open(dir);
    try {
      const app = createApp({ store, extract: (text, doc) => ({ ...(extractions.get(text) as ExtractionResult), doc }) });
      const other = runWriter(dir, 10_000, PER_PROCESS);
      const statuses: number[] = [];
      for (const text of texts) {
        const res = await request(app).post('/api/documents').send({ text });
        statuses.push(res.status);
      }
      const writer = await other;
      expect(writer.err).toBe('');
      expect(writer.out.trim()).toBe('failed 0');
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      expect(store.documentCount()).toBe(2 * PER_PROCESS);
      expect(store.integrityCheck()).toBe('ok');
    } finally {
      store.close();
    }
  }, 120_000);
});
