import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { startServer } from '../../src/server/start.js';
import { GraphStore } from '../../src/store/index.js';
import { ARTICLE, tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
beforeEach(() => { temp = tempStore(); });
afterEach(() => temp.cleanup());

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  return res.json();
}

describe('restart persistence over real HTTP', () => {
  it('ingest, stop, start: the same graph', async () => {
    const first = await startServer({ store: temp.store, port: 0 });
    const posted = await fetch(`${first.url}/api/documents`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: ARTICLE, published: '2024-03-04' }),
    });
    expect(posted.status).toBe(201);
    const graph = await getJson(`${first.url}/api/graph`);
    const documents = await getJson(`${first.url}/api/documents`);
    await first.close();
    expect(temp.store.isOpen).toBe(false);

    temp.store = GraphStore.open(temp.dir);
    const second = await startServer({ store: temp.store, port: 0 });
    try {
      expect(await getJson(`${second.url}/api/graph`)).toEqual(graph);
      expect(await getJson(`${second.url}/api/documents`)).toEqual(documents);
    } finally {
      await second.close();
    }
  });
});

/** Starts `newsgraph serve` in a child process and resolves with its URL once it listens. */
function serveChild(dir: string): Promise<{ proc: ChildProcessWithoutNullStreams; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--data', dir, '--port', '0', '--no-seed'], { stdio: 'pipe' });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ proc, url: match[1] });
    });
    proc.on('exit', (code) => reject(new Error(`serve exited early (${code}): ${out}`)));
  });
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the request in flight, closes the database and exits 0', async () => {
    temp.store.close();
    const { proc, url } = await serveChild(temp.dir);
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const { port } = new URL(url);
    const body = JSON.stringify({ text: ARTICLE });
    const socket = connect(Number(port), '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => { response += chunk.toString(); });
    const socketClosed = new Promise((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    // Headers and half of the body: the request is in flight when the signal comes.
    socket.write(`POST /api/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
    socket.write(body.slice(0, 20));
    await wait(500);
    proc.kill('SIGTERM');
    await wait(500);
    // New connections are refused while the old one is still served.
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    socket.write(body.slice(20));
    await socketClosed;
    expect(response).toMatch(/^HTTP\/1\.1 201/);
    expect(await exited).toBe(0);
    const reopened = GraphStore.open(temp.dir);
    temp.store = reopened;
    expect(reopened.documentCount()).toBe(1);
    expect(reopened.integrityCheck()).toBe('ok');
  });
});
