// Stored node positions, one row per entity: the explorer's picture, kept so that a reload or a shared
// URL draws the same graph. A table of its own with no foreign key: positions of entities that a
// deletion pruned are simply never read again, and never block the prune.
import type Database from 'better-sqlite3';
import type { Position } from '../graph/layout.js';

export function preparePositions(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS entity_positions (entity_id TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL)');
}

export function readPositions(db: Database.Database): Map<string, Position> {
  const rows = db.prepare('SELECT entity_id, x, y FROM entity_positions').all() as { entity_id: string; x: number; y: number }[];
  return new Map(rows.map((r) => [r.entity_id, { x: r.x, y: r.y }]));
}

/** Stores (or replaces) positions in one transaction: all of them or none. */
export function writePositions(db: Database.Database, positions: ReadonlyMap<string, Position>): void {
  const upsert = db.prepare('INSERT INTO entity_positions (entity_id, x, y) VALUES (?, ?, ?) ON CONFLICT(entity_id) DO UPDATE SET x = excluded.x, y = excluded.y');
  db.transaction(() => { for (const [id, { x, y }] of positions) upsert.run(id, x, y); })();
}
