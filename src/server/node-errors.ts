// Errors that never reach Express: Node's HTTP parser rejecting a request (malformed, headers too
// large) and the request timeout (a body shorter than its Content-Length used to be held 323 s).
// They are answered in the API's JSON shape too, and timeouts are seconds, not minutes.
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { errorBody } from './errors.js';

/** Whole request (headers and body) must arrive within this time (ms); Node's default is 300 s. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Headers must arrive within this time (ms); Node's default is 60 s. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** How often Node looks for timed-out requests (its default, 30 s, would double the timeout). */
export const TIMEOUT_CHECK_MS = 1000;

interface NodeError extends Error { code?: string }

function statusOf(error: NodeError): { status: number; code: string; message: string } {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT': return { status: 408, code: 'request_timeout', message: 'the request did not arrive in time' };
    case 'HPE_HEADER_OVERFLOW': return { status: 431, code: 'headers_too_large', message: 'request headers are too large' };
    default: return { status: 400, code: 'bad_request', message: 'malformed HTTP request' };
  }
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Sets the timeouts and answers parser errors and timeouts with a JSON error. `pending` gives the
 * response in progress on a socket, if any (a timed-out body arrives after the request was routed).
 */
export function answerNodeErrors(server: Server, pending: (socket: Socket) => ServerResponse | undefined, requestTimeoutMs = REQUEST_TIMEOUT_MS): void {
  server.requestTimeout = requestTimeoutMs;
  server.headersTimeout = Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs);
  server.on('clientError', (error: NodeError, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) { socket.destroy(); return; }
    const { status, code, message } = statusOf(error);
    const body = JSON.stringify(errorBody(code, message));
    const response = pending(socket);
    if (response) {
      if (!response.headersSent) response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' }).end(body);
      socket.destroySoon();
      return;
    }
    socket.end(`HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: application/json; charset=utf-8\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}
