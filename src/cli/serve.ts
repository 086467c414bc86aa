// `newsgraph serve`: the HTTP API and web app over the store in --data. An empty store is seeded with
// the seed corpus (seeds/*.txt) on first start.
import { join, resolve } from 'node:path';
import bytes from 'bytes';
import { seedIfEmpty } from '../ingest/service.js';
import { GraphStore } from '../store/index.js';
import { serverLogger } from '../server/observability.js';
import { startServer } from '../server/start.js';
import { CliError, parseCommandArgs, type CliCommand } from './common.js';

const HELP = `usage: newsgraph serve [options]

Serves the query API (/api/...) and the web app (web/dist) over the graph stored in --data.
An empty store is first filled with the seed corpus.

options:
  --data DIR        data directory (default ./data)
  --port N          port (default $PORT or 3000; 0 picks a free one)
  --host HOST       interface to listen on (default 127.0.0.1)
  --seeds DIR       seed corpus for an empty store (default ./seeds)
  --no-seed         start with an empty store
  --max-body SIZE   largest request body, e.g. 5mb, 200kb (default 5mb)
  --cors ORIGINS    comma-separated origins allowed by CORS (default none)
  --web DIR         built web app to serve at / (default ./web/dist)

Each request is logged as one JSON line on stderr (NEWSGRAPH_LOG_LEVEL: info, warn, error or
silent); Prometheus metrics are at /metrics.`;

/** "5mb", "200kb", "1048576" → bytes (the `bytes` package: b, kb, mb, gb…, 1024-based). */
export function parseSize(value: string): number {
  const size = bytes.parse(value.trim());
  if (size === null || !Number.isFinite(size) || size < 0) throw new CliError(`--max-body: '${value}' is not a size such as 5mb or 200kb`, 2);
  return Math.floor(size);
}

export function parsePort(value: string | undefined): number {
  const port = Number(value ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port: '${value}' is not a port number`, 2);
  return port;
}

export const serveCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values } = parseCommandArgs(args, {
      data: { type: 'string', default: 'data' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      seeds: { type: 'string', default: 'seeds' },
      'no-seed': { type: 'boolean', default: false },
      'max-body': { type: 'string' },
      cors: { type: 'string' },
      web: { type: 'string', default: join('web', 'dist') },
    });
    const port = parsePort(values.port ?? process.env.PORT);
    const maxBodyBytes = values['max-body'] ? parseSize(values['max-body']) : undefined;
    const store = GraphStore.open(resolve(values.data));
    const seedResults = values['no-seed'] ? [] : seedIfEmpty(store, resolve(values.seeds));
    for (const result of seedResults) if (result.error) process.stderr.write(`newsgraph serve: seed ${result.error}\n`);
    const seeded = seedResults.filter((r) => r.outcome).length;
    const running = await startServer({
      store, port, host: values.host, maxBodyBytes, handleSignals: true, logger: serverLogger(),
      corsOrigins: values.cors ? values.cors.split(',').map((o) => o.trim()).filter(Boolean) : [],
      webDist: resolve(values.web),
    }).catch((error: unknown) => {
      store.close();
      throw new CliError(`cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const graph = store.graph;
    const seededNote = seeded > 0 ? ` (seeded with ${seeded} article${seeded === 1 ? '' : 's'})` : '';
    process.stdout.write(`newsgraph: ${store.documentCount()} documents, ${graph.order} entities, ${graph.size} relations${seededNote}\n`);
    process.stdout.write(`newsgraph: listening on ${running.url}\n`);
    await new Promise<void>((done) => running.server.once('close', () => done()));
    // close() also closes the store once in-flight requests are done; wait for it.
    await running.close();
    process.stdout.write('newsgraph: stopped\n');
    return 0;
  },
};
