// Opening the SQLite database: connection settings, then the schema (tables by version in
// schema-v1.ts and graph-tables.ts, reached through migrations.ts).
import type Database from 'better-sqlite3';
import { migrate } from './migrations.js';

/** WAL keeps readers off writers' backs and makes a killed process lose at most the open transaction. */
export function prepareDatabase(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // NORMAL under WAL syncs at checkpoints, not at every commit: a committed document survives a crash
  // or kill of the process (it is in the WAL file), but a power loss or OS crash may drop the last few
  // commits (never corrupting the file). FULL made every document an fsync, half of the ingest time.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
}
