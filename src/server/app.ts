// The Express application: security headers, body parsing with a size limit, the API routes, the web
// app, and one error handler that answers `{ "error": { "code", "message" } }`.
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { GraphStore } from '../store/index.js';
import type { ServerContext, ServerOptions } from './context.js';
import { apiNotFound, errorHandler, notFound } from './errors.js';
import { corsFor, securityHeaders } from './security.js';
import { LOOPBACK_NAMES, requestGuard } from './request-guard.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { exportRoutes } from './routes/export.js';
import { metaRoutes } from './routes/meta.js';
import { relationRoutes } from './routes/relations.js';
import { webAppRoutes } from './web.js';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions extends Partial<ServerOptions> {
  store: GraphStore;
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

export function createApp(options: AppOptions): Express {
  const context: ServerContext = { store: options.store, options: serverOptions(options) };
  const log = options.log ?? ((line: string) => process.stderr.write(`newsgraph serve: ${line}\n`));
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(corsFor(context.options.corsOrigins));
  app.use(requestGuard(context.options));
  // Before the body parsers: an import is read as the file it is (parsed once, by its reader).
  app.use(exportRoutes(context));
  app.use('/api', express.json({ limit: context.options.maxBodyBytes, type: ['application/json', 'application/*+json'] }));
  app.use('/api', express.text({ limit: context.options.maxBodyBytes, type: 'text/*' }));
  app.use(metaRoutes(context));
  app.use(documentRoutes(context));
  app.use(entityRoutes(context));
  app.use(relationRoutes(context));
  app.use('/api', apiNotFound);
  app.use(webAppRoutes(context.options.webDist));
  // Whatever else (OPTIONS *, a POST to a page): JSON too, never Express's HTML page.
  app.use(notFound);
  app.use(errorHandler(context.options.maxBodyBytes, log));
  return app;
}
