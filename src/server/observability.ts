// Operating the server: one JSON log line per request (pino-http: method, url, status, duration) and
// Prometheus metrics at /metrics (prom-client): request latency per route, the ingest queue, the store's
// documents and size. Each app has its own metrics registry, so that several apps in one process
// (tests, benchmarks) do not share counters.
import { statSync } from 'node:fs';
import type { Request, RequestHandler, Response, Router } from 'express';
import { Router as createRouter } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GraphStore } from '../store/index.js';

/** A JSON logger on stderr at NEWSGRAPH_LOG_LEVEL (info by default; "silent" turns it off). */
export function serverLogger(level = process.env.NEWSGRAPH_LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'newsgraph' } }, pino.destination(2));
}

/** One line per finished request: method, url, status, responseTime (ms); 5xx at error level. */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // The id pino-http would add to each line needs a counter per process; requests are told apart by time and url.
    genReqId: () => '',
    quietReqLogger: true,
  });
}

/** The route pattern a request matched ("/api/neighbors/:id"), so that ids do not make one series each. */
function routeOf(req: Request, res: Response): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return `${req.baseUrl}${path}`;
  // Answers from the answer cache never reach their route; it names where they were found.
  const answered = (res.locals as { answeredBy?: unknown }).answeredBy;
  return typeof answered === 'string' ? answered : 'unmatched';
}

export interface Metrics {
  registry: Registry;
  /** Times every request; mount before the routes. */
  timing: RequestHandler;
  /** GET /metrics in Prometheus text format. */
  routes: Router;
}

export interface MetricsSources {
  store: () => GraphStore;
  /** Documents waiting to be extracted and stored (0 when the server has no queue). */
  queueLength?: () => number;
  /** The store's files, whose total size is reported. */
  storeFiles?: () => string[];
}

function totalSize(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) {
    try { bytes += statSync(file).size; } catch { /* a WAL file comes and goes */ }
  }
  return bytes;
}

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsgraph_' });
  const latency = new Histogram({
    name: 'newsgraph_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'newsgraph_ingest_queue_length', help: 'Documents waiting to be extracted and stored', registers: [registry],
    collect() { this.set(sources.queueLength?.() ?? 0); },
  });
  new Gauge({
    name: 'newsgraph_store_documents', help: 'Documents in the store (rate() of it is documents stored per second)', registers: [registry],
    collect() { const store = sources.store(); if (store.isOpen) this.set(store.documentCount()); },
  });
  new Gauge({
    name: 'newsgraph_store_bytes', help: 'Size of the store files on disk', registers: [registry],
    collect() { this.set(totalSize(sources.storeFiles?.() ?? [])); },
  });
  new Gauge({
    name: 'newsgraph_graph_entities', help: 'Entities (nodes) in the live graph', registers: [registry],
    collect() { this.set(sources.store().graph.order); },
  });
  new Gauge({
    name: 'newsgraph_graph_relations', help: 'Relations (edges) in the live graph', registers: [registry],
    collect() { this.set(sources.store().graph.size); },
  });
  const timing: RequestHandler = (req, res, next) => {
    const stop = latency.startTimer();
    res.once('finish', () => stop({ method: req.method, route: routeOf(req, res), status: String(res.statusCode) }));
    next();
  };
  const routes = createRouter();
  routes.get('/metrics', async (_req, res, next) => {
    try {
      res.type(registry.contentType).send(await registry.metrics());
    } catch (error) {
      next(error);
    }
  });
  return { registry, timing, routes };
}
