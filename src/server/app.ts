// The Express application: security headers, body parsing with a size limit, the API routes, the web
// app, and one error handler that answers `{ "error": { "code", "message" } }`.
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Extractor } from '../domain/extraction.js';
import { extractDocument } from '../extract/index.js';
import type { GraphStore } from '../store/index.js';
import type { ServerContext, ServerOptions } from './context.js';
import { apiNotFound, errorHandler } from './errors.js';
import { corsFor, securityHeaders } from './security.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { exportRoutes } from './routes/export.js';
import { explorerRoutes } from './routes/explorer.js';
import { metaRoutes } from './routes/meta.js';
import { relationRoutes } from './routes/relations.js';
import { webAppRoutes } from './web.js';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions extends Partial<ServerOptions> {
  store: GraphStore;
  /** The extractor for uploaded documents (the real one by default). */
  extract?: Extractor;
  /** Where server errors (5xx) are logged; stderr by default. */
  log?: (line: string) => void;
}

export function serverOptions(options: Partial<ServerOptions>): ServerOptions {
  return {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    corsOrigins: options.corsOrigins ?? [],
    webDist: options.webDist ?? join(process.cwd(), 'web', 'dist'),
  };
}

export function createApp(options: AppOptions): Express {
  const context: ServerContext = { store: options.store, extract: options.extract ?? extractDocument, options: serverOptions(options) };
  const log = options.log ?? ((line: string) => process.stderr.write(`newsgraph serve: ${line}\n`));
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // gzip/brotli on every answer: graph JSON shrinks about sevenfold.
  app.use(compression());
  app.use(securityHeaders());
  app.use(corsFor(context.options.corsOrigins));
  app.use('/api', express.json({ limit: context.options.maxBodyBytes, type: ['application/json', 'application/*+json'] }));
  app.use('/api', express.text({ limit: context.options.maxBodyBytes, type: 'text/*' }));
  app.use(metaRoutes(context));
  app.use(documentRoutes(context));
  app.use(entityRoutes(context));
  app.use(relationRoutes(context));
  app.use(exportRoutes(context));
  app.use(explorerRoutes(context));
  app.use('/api', apiNotFound);
  app.use(webAppRoutes(context.options.webDist));
  app.use(errorHandler(context.options.maxBodyBytes, log));
  return app;
}
