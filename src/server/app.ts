// The Express application: security headers, body parsing with a size limit, the API routes, the web
// app, and one error handler that answers `{ "error": { "code", "message" } }`.
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Extractor } from '../domain/extraction.js';
import type { AsyncExtractor } from '../ingest/extraction-pool.js';
import type { GraphStore } from '../store/index.js';
import type { ServerContext, ServerOptions } from './context.js';
import { DocumentInputError } from '../ingest/input.js';
import { answerCache, DEFAULT_ANSWER_CACHE_CHARS } from './answer-cache.js';
import { createMetrics, requestLog } from './observability.js';
import { apiNotFound, errorHandler, notFound } from './errors.js';
import { corsFor, securityHeaders } from './security.js';
import { LOOPBACK_NAMES, requestGuard } from './request-guard.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { exportRoutes } from './routes/export.js';
import { explorerRoutes } from './routes/explorer.js';
import { metaRoutes } from './routes/meta.js';
import { relationRoutes } from './routes/relations.js';
import { webAppRoutes } from './web.js';

/** Read-only answers computed from the graph: tagged and cached by answer-cache.ts. */
const QUERY_ROUTES = ['/api/relations', '/api/entities', '/api/neighbors', '/api/graph', '/api/paths'];

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions extends Partial<ServerOptions> {
  store: GraphStore;
  /** The extractor for uploaded documents (src/ingest's, the real one, by default). */
  extract?: Extractor;
  /** Extraction off the event loop (startServer passes its worker pool's). */
  extractAsync?: AsyncExtractor;
  /** Request log (one JSON line per request); none when absent, as in tests. */
  logger?: Logger;
  /** Documents waiting in the server's ingest queue, for /metrics. */
  queueLength?: () => number;
  /** Size of the cache of query answers (characters); 0 turns it off. */
  answerCacheChars?: number;
  /** Where server errors (5xx) are logged; stderr by default. */
  log?: (line: string) => void;
}

export function serverOptions(options: Partial<ServerOptions>): ServerOptions {
  return {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    corsOrigins: options.corsOrigins ?? [],
    webDist: options.webDist ?? join(process.cwd(), 'web', 'dist'),
    allowedHosts: options.allowedHosts ?? LOOPBACK_NAMES,
    ...(options.token !== undefined ? { token: options.token } : {}),
  };
}

/** JSON must be UTF-8 (RFC 8259): a body in another encoding is refused, never read with replacement characters. */
function requireUtf8(_req: unknown, _res: unknown, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8') return;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new DocumentInputError('invalid_utf8', 'request body is not valid UTF-8');
  }
}

export function createApp(options: AppOptions): Express {
  const context: ServerContext = { store: options.store, extract: options.extract, extractAsync: options.extractAsync, options: serverOptions(options) };
  const log = options.log ?? ((line: string) => process.stderr.write(`newsgraph serve: ${line}\n`));
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // gzip/brotli on every answer: graph JSON shrinks about sevenfold.
  app.use(compression());
  // Query answers carry the store's generation as their tag (answer-cache.ts) instead of a body hash.
  app.set('etag', false);
  const metrics = createMetrics({ store: () => context.store, queueLength: options.queueLength, storeFiles: () => context.store.files() });
  if (options.logger) app.use(requestLog(options.logger));
  app.use(metrics.timing);
  app.use(securityHeaders());
  app.use(corsFor(context.options.corsOrigins));
  app.use(requestGuard(context.options));
  // Before the body parsers: an import is read as the file it is (parsed once, by its reader).
  app.use(exportRoutes(context));
  const limit = context.options.maxBodyBytes;
  app.use('/api', express.json({ limit, type: ['application/json', 'application/*+json'], verify: requireUtf8 }));
  // A document uploaded as text stays bytes here, so that src/ingest decodes it by the one input rule.
  app.use('/api/documents', express.raw({ limit, type: 'text/*' }));
  app.use('/api', express.text({ limit, type: 'text/*' }));
  app.use(QUERY_ROUTES, answerCache(() => context.store, { maxChars: options.answerCacheChars ?? DEFAULT_ANSWER_CACHE_CHARS }));
  app.use(metrics.routes);
  app.use(metaRoutes(context));
  app.use(documentRoutes(context));
  app.use(entityRoutes(context));
  app.use(relationRoutes(context));
  app.use(explorerRoutes(context));
  app.use('/api', apiNotFound);
  app.use(webAppRoutes(context.options.webDist));
  // Whatever else (OPTIONS *, a POST to a page): JSON too, never Express's HTML page.
  app.use(notFound);
  app.use(errorHandler(context.options.maxBodyBytes, log));
  return app;
}
