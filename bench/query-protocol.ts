// What the query benchmark's server process (bench/query-server.ts) tells the benchmark once it listens.

export interface QueryServerReady {
  type: 'ready';
  port: number;
  nodes: number;
  edges: number;
  documents: number;
  /** Building the fixture: synthetic graph, bulk insert, then opening the store. */
  loadSeconds: number;
  /** GraphStore.open alone: rebuilding the live graph from SQLite, as on every server start. */
  openSeconds: number;
  /** Entity ids to query (nodes with at least one relation, drawn uniformly). */
  entities: string[];
  /** Search strings: whole surnames/words and 4-letter prefixes of labels. */
  searches: string[];
}

export const CONSTANT_PATH = '/bench/constant';

/** Where the query server mounts the same app with its answer cache off. */
export const UNCACHED_PREFIX = '/uncached';
