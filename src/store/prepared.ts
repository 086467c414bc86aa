// Statements prepared once per connection and reused: bulk loads run the same few statements thousands
// of times, and preparing is the expensive part.
import type Database from 'better-sqlite3';

export type PreparedStatements<Name extends string> = Record<Name, Database.Statement>;

/** A lookup that prepares every statement of `sql` the first time it sees a connection. */
export function preparedOnce<Name extends string>(sql: Readonly<Record<Name, string>>): (db: Database.Database) => PreparedStatements<Name> {
  const byConnection = new WeakMap<Database.Database, PreparedStatements<Name>>();
  return (db) => {
    let found = byConnection.get(db);
    if (!found) {
      const entries = (Object.keys(sql) as Name[]).map((name) => [name, db.prepare(sql[name])] as const);
      found = Object.fromEntries(entries) as PreparedStatements<Name>;
      byConnection.set(db, found);
    }
    return found;
  };
}
