// Extraction runs in worker threads with a bounded queue: the server keeps answering while a long
// document is extracted, and refuses (503 + Retry-After) when every worker is busy and the queue is full.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { extractionPool, type BoundedExtraction } from '../../src/ingest/extraction-pool.js';
import { PoolBusyError } from '../../src/ingest/extraction-pool.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { tempStore, type TempStore, ARTICLE } from '../server/helpers.js';

const SEED = readFileSync(new URL('../../seeds/turkey-taliban-kabul-airport.txt', import.meta.url), 'utf8');

/** A long article (the seed repeated, each copy numbered so that it is one new document). */
function longArticle(bytes: number, tag: string): string {
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) { const part = `${SEED}\nReport ${tag}-${i}.\n`; parts.push(part); size += part.length; }
  return parts.join('\n');
}

let pool: BoundedExtraction | undefined;
let temp: TempStore | undefined;
let running: RunningServer | undefined;
afterEach(async () => {
  await pool?.close();
  await running?.close();
  temp?.cleanup();
  pool = undefined; running = undefined; temp = undefined;
}, 30_000);

describe('the extraction pool', () => {
  it('extracts in a worker exactly what extraction on the calling thread gives', async () => {
    pool = extractionPool({ size: 1 });
    expect(await pool.extract(ARTICLE, 'doc-1')).toEqual(extractDocument(ARTICLE, 'doc-1'));
  }, 60_000);

  it('refuses at once when every worker is busy and the queue is full', async () => {
    pool = extractionPool({ size: 1, maxQueue: 1 });
    const running1 = pool.extract(ARTICLE, 'a');
    const queued = pool.extract(ARTICLE, 'b');
    await expect(pool.extract(ARTICLE, 'c')).rejects.toBeInstanceOf(PoolBusyError);
    await Promise.all([running1, queued]);
    await expect(pool.extract(ARTICLE, 'd')).resolves.toMatchObject({ doc: 'd' });
  }, 60_000);
});

describe('the server while a long document is extracted', () => {
  it('answers /api/health before the long POST finishes', async () => {
    temp = tempStore();
    running = await startServer({ store: temp.store, port: 0, workers: 1, log: () => {} });
    const order: string[] = [];
    const post = fetch(`${running.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: longArticle(300_000, 'x') }) })
      .then((res) => { order.push(`post ${res.status}`); });
    // Give the upload time to reach the worker, then ask for health a few times.
    await new Promise((done) => setTimeout(done, 300));
    for (let i = 0; i < 3; i++) {
      const health = await fetch(`${running.url}/api/health`);
      order.push(`health ${health.status}`);
    }
    await post;
    expect(order).toEqual(['health 200', 'health 200', 'health 200', 'post 201']);
  }, 120_000);

  it('answers 503 with Retry-After when the only worker is busy and no document may wait', async () => {
    temp = tempStore();
    running = await startServer({ store: temp.store, port: 0, workers: 1, maxQueuedExtractions: 0, log: () => {} });
    const send = (tag: string) => fetch(`${(running as RunningServer).url}/api/documents`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: longArticle(200_000, tag) }),
    });
    const answers = await Promise.all([send('a'), send('b')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 503]);
    const refused = answers.find((a) => a.status === 503) as Response;
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('extraction_busy');
    expect(temp.store.documentCount()).toBe(1);
  }, 120_000);
});
