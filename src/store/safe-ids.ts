// Stores written before ids went through safeKey (src/domain/safe-key.ts) may hold an entity called
// "constructor" or a document called "__proto__", which break the graph on every start. They are
// renamed once, at open, in one transaction: the same rename safeKey gives new ids.
import type Database from 'better-sqlite3';
import { isPrototypeName, safeKey } from '../domain/safe-key.js';
import { relationKey } from '../graph/model.js';
import { writeTransaction } from './write-lock.js';
import { reindexGraphTables } from './graph-tables.js';

interface RelationRow { id: string; source: string; predicate: string; target: string }

function renameEntity(db: Database.Database, from: string, to: string): void {
  db.prepare('UPDATE entities SET id = ? WHERE id = ?').run(to, from);
  db.prepare('UPDATE entities SET merged_into = ? WHERE merged_into = ?').run(to, from);
  db.prepare('UPDATE document_entities SET entity_id = ? WHERE entity_id = ?').run(to, from);
  db.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(to, from);
  const relations = db.prepare('SELECT id, source, predicate, target FROM relations WHERE source = ? OR target = ?').all(from, from) as RelationRow[];
  for (const r of relations) {
    const [source, target] = [r.source === from ? to : r.source, r.target === from ? to : r.target];
    const id = relationKey(source, r.predicate as Parameters<typeof relationKey>[1], target);
    db.prepare('UPDATE relations SET id = ?, source = ?, target = ? WHERE id = ?').run(id, source, target, r.id);
    db.prepare('UPDATE evidence SET relation_id = ? WHERE relation_id = ?').run(id, r.id);
  }
}

function renameDocument(db: Database.Database, from: string, to: string): void {
  db.prepare('UPDATE documents SET id = ? WHERE id = ?').run(to, from);
  for (const table of ['document_entities', 'aliases', 'mentions', 'evidence']) {
    db.prepare(`UPDATE ${table} SET doc_id = ? WHERE doc_id = ?`).run(to, from);
  }
}

/** Renames stored entity and document ids that are Object.prototype names; returns how many. */
export function renamePrototypeIds(db: Database.Database): number {
  const entities = (db.prepare('SELECT id FROM entities').pluck().all() as string[]).filter(isPrototypeName);
  const documents = (db.prepare('SELECT id FROM documents').pluck().all() as string[]).filter(isPrototypeName);
  if (entities.length + documents.length === 0) return 0;
  writeTransaction(db, () => {
    // Parent and child keys change together; the constraints are checked at commit.
    db.pragma('defer_foreign_keys = ON');
    for (const id of entities) renameEntity(db, id, safeKey(id));
    for (const id of documents) renameDocument(db, id, safeKey(id));
    // The merged graph's tables hold the old ids too: rebuild them from the renamed rows.
    reindexGraphTables(db);
  });
  return entities.length + documents.length;
}
