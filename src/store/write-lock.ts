// Write transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE). A deferred
// transaction reads first and upgrades its lock at the first write; when another process (the CLI
// ingesting while the server takes POSTs) wrote in between, the upgrade fails at once with
// "database is locked" and busy_timeout never applies. Taking the lock up front makes SQLite wait
// (busy_timeout) and retry for it; only when the other writer holds it longer does the caller get
// an error, which isBusy recognises (the server answers 503 with Retry-After).
import type Database from 'better-sqlite3';

/** How long a writer waits for another process's write lock before giving up (ms). */
export const BUSY_TIMEOUT_MS = 5000;

export function writeTransaction<T>(db: Database.Database, work: () => T): T {
  return db.transaction(work).immediate();
}

/** True for SQLite's "database is locked / busy" errors (better-sqlite3 SqliteError codes). */
export function isBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
