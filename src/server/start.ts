// Listening and shutting down: SIGTERM/SIGINT stop accepting connections, let in-flight requests
// finish, then close the database.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { GraphStore } from '../store/index.js';
import { createApp, type AppOptions } from './app.js';
import { listenUrls, servedHostNames } from './listen-address.js';
import { answerNodeErrors, TIMEOUT_CHECK_MS } from './node-errors.js';
import { extractionPool } from '../ingest/extraction-pool.js';

export interface StartOptions extends AppOptions {
  port: number;
  host?: string;
  /** Give up waiting for in-flight requests after this long (ms). */
  shutdownTimeoutMs?: number;
  /** Extraction worker threads (default: one less than the cores, 1 to 4); 0 extracts on the event loop. */
  workers?: number;
  /** Documents that may wait for a free worker; more get 503 with Retry-After (default 16). */
  maxQueuedExtractions?: number;
  /** Whole request must arrive within this time (ms; default REQUEST_TIMEOUT_MS, 30 s). */
  requestTimeoutMs?: number;
  /** Install SIGTERM/SIGINT handlers (the CLI does; tests usually call close()). */
  handleSignals?: boolean;
}

export interface RunningServer {
  server: Server;
  /** The first of `urls`. */
  url: string;
  /** Every URL the server is reached by (a wildcard listen has one per interface). */
  urls: string[];
  port: number;
  /** Stops accepting, waits for in-flight requests, closes the store. Safe to call twice. */
  close(): Promise<void>;
}

function closeGracefully(server: Server, store: GraphStore, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      store.close();
      resolve();
    });
    // Keep-alive connections that are not in the middle of a request would hold close() forever.
    server.closeIdleConnections();
  });
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  // Extraction runs in worker threads unless the caller gave an extractor (tests) or asked for none.
  const pool = options.extract === undefined && options.extractAsync === undefined && options.workers !== 0
    ? extractionPool({ size: options.workers, maxQueue: options.maxQueuedExtractions }) : undefined;
  const app = createApp({
    ...options, allowedHosts: options.allowedHosts ?? servedHostNames(options.host),
    ...(pool ? { extractAsync: pool.extract, queueLength: () => pool.queued } : {}),
  });
  const server = createServer({ connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_MS, options.requestTimeoutMs ?? TIMEOUT_CHECK_MS) });
  let closing: Promise<void> | undefined;
  const inFlight = new Set<ServerResponse>();
  const responseOn = new WeakMap<Socket, ServerResponse>();
  answerNodeErrors(server, (socket) => responseOn.get(socket), options.requestTimeoutMs);
  // Registered before the app, so it sees each response before the app may have sent it.
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    responseOn.set(req.socket, res);
    res.on('close', () => { inFlight.delete(res); if (responseOn.get(req.socket) === res) responseOn.delete(req.socket); });
    // Once shutting down, a finished response must not leave its connection open for more.
    res.on('finish', () => { if (closing) server.closeIdleConnections(); });
    if (closing) res.setHeader('Connection', 'close');
  });
  server.on('request', app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => { server.off('error', reject); resolve(); });
  });
  const port = (server.address() as AddressInfo).port;
  const close = (): Promise<void> => {
    if (!closing) {
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      closing = closeGracefully(server, options.store, options.shutdownTimeoutMs ?? 10_000).then(() => pool?.close());
    }
    return closing;
  };
  if (options.handleSignals) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => { void close(); });
  }
  const urls = listenUrls(options.host ?? '127.0.0.1', port);
  return { server, port, url: urls[0], urls, close };
}
