// Errors Node's HTTP server raises before Express sees a request are JSON too, and a body that never
// completes is given up after seconds, not minutes.
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
let running: RunningServer;
beforeEach(async () => {
  temp = tempStore();
  running = await startServer({ store: temp.store, port: 0, requestTimeoutMs: 1500, log: () => {} });
});
afterEach(async () => { await running.close(); temp.cleanup(); });

/** Sends raw bytes and returns everything the server answers until it closes the connection. */
function raw(payload: string): Promise<{ text: string; ms: number }> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const socket = connect(running.port, '127.0.0.1', () => socket.write(payload));
    let text = '';
    socket.on('data', (chunk) => { text += chunk.toString(); });
    socket.on('close', () => done({ text, ms: Date.now() - started }));
    socket.on('error', fail);
    socket.setTimeout(20_000, () => socket.destroy());
  });
}

function statusAndBody(text: string): { status: number; type: string; body: { error?: { code: string } } } {
  const [head, body] = [text.slice(0, text.indexOf('\r\n\r\n')), text.slice(text.indexOf('\r\n\r\n') + 4)];
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const type = /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '';
  const json = body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1);
  return { status, type, body: JSON.parse(json) as { error?: { code: string } } };
}

describe('errors from Node\'s HTTP parser and timeouts', () => {
  it('answers a malformed request with a JSON 400', async () => {
    const answer = statusAndBody((await raw('GARBAGE\r\n\r\n')).text);
    expect([answer.status, answer.body.error?.code]).toEqual([400, 'bad_request']);
    expect(answer.type).toContain('application/json');
  });

  it('answers oversized headers with a JSON 431', async () => {
    const answer = statusAndBody((await raw(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`)).text);
    expect([answer.status, answer.body.error?.code]).toEqual([431, 'headers_too_large']);
  });

  it('answers OPTIONS * with JSON, not an HTML page', async () => {
    const answer = statusAndBody((await raw('OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).text);
    expect(answer.status).toBe(404);
    expect(answer.type).toContain('application/json');
  });

  it('gives up on a body shorter than its Content-Length after the request timeout, with a JSON 408', async () => {
    const { text, ms } = await raw('POST /api/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text": "Greece');
    const answer = statusAndBody(text);
    expect([answer.status, answer.body.error?.code]).toEqual([408, 'request_timeout']);
    expect(ms).toBeLessThan(10_000);
    expect(temp.store.documentCount()).toBe(0);
  });
});
