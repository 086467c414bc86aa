// What every route module receives: the store (which owns the live graph) and the server options.
// Routes read `context.store.graph` on each request and never keep it: merges, splits and deletions
// rebuild the graph from the database and swap in a new graph object.
import type { Extractor } from '../domain/extraction.js';
import type { GraphStore } from '../store/index.js';

export interface ServerOptions {
  /** Largest accepted request body, in bytes (default 5 MB). */
  maxBodyBytes: number;
  /** Origins allowed by CORS; empty means no CORS headers at all. */
  corsOrigins: readonly string[];
  /** Directory of the built web app (served at `/` when it exists). */
  webDist: string;
}

export interface ServerContext {
  /** The SQLite-backed store: `store.graph` is the live graphology graph. */
  store: GraphStore;
  /** What POST /api/documents extracts with (through src/ingest); src/ingest's default when absent. */
  extract?: Extractor;
  options: ServerOptions;
}
