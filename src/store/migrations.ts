// Schema versions (SQLite's user_version) and the steps between them. Opening a store runs the steps
// its file lacks, each in one transaction, so a store written by an older newsgraph opens and is
// upgraded in place; a file from a newer newsgraph is refused rather than misread.
import type Database from 'better-sqlite3';
import { GRAPH_TABLES, reindexGraphTables } from './graph-tables.js';
import { VERSION_1_TABLES } from './schema-v1.js';

interface Migration {
  /** The version the store has after this step. */
  version: number;
  describe: string;
  apply(db: Database.Database): void;
}

const MIGRATIONS: readonly Migration[] = [
  { version: 1, describe: 'documents, entities, mentions, relations and evidence', apply: (db) => db.exec(VERSION_1_TABLES) },
  {
    version: 2,
    describe: 'evidence.reason: the extraction rule that read a fact (empty for older evidence)',
    apply: (db) => {
      const columns = db.prepare('PRAGMA table_info(evidence)').all() as Array<{ name: string }>;
      if (!columns.some((c) => c.name === 'reason')) db.exec("ALTER TABLE evidence ADD COLUMN reason TEXT NOT NULL DEFAULT ''");
    },
  },
  {
    version: 3,
    describe: 'the merged graph in its own tables, so that start-up does not replay every document',
    apply: (db) => { db.exec(GRAPH_TABLES); reindexGraphTables(db); },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database to SCHEMA_VERSION; returns the versions it passed through. */
export function migrate(db: Database.Database): number[] {
  const found = schemaVersion(db);
  if (found > SCHEMA_VERSION) {
    throw new Error(`the store has schema version ${found}, newer than this newsgraph knows (${SCHEMA_VERSION}): upgrade newsgraph`);
  }
  const applied: number[] = [];
  for (const step of MIGRATIONS.filter((m) => m.version > found)) {
    db.transaction(() => {
      step.apply(db);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
    applied.push(step.version);
  }
  return applied;
}
