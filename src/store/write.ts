// Statements that change the database. Each exported function is meant to run inside one transaction
// (GraphStore wraps them), so a document is stored completely or not at all.
import type Database from 'better-sqlite3';
import { preparedOnce } from './prepared.js';
import type { ExtractionResult } from '../domain/extraction.js';
import { relationKey } from '../graph/model.js';

export interface NewDocument {
  id: string;
  contentHash: string;
  text: string;
  title?: string;
  url?: string;
  published?: string;
  ingestedAt: string;
}

const SQL = {
  nextSeq: 'SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM documents',
  document: `INSERT INTO documents (id, seq, content_hash, title, text, url, published, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  entity: 'INSERT OR IGNORE INTO entities (id, label, entity_type, country) VALUES (?, ?, ?, ?)',
  docEntity: `INSERT OR REPLACE INTO document_entities (doc_id, extracted_key, entity_id, label, entity_type, mentions, country) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  alias: 'INSERT INTO aliases (doc_id, extracted_key, alias) VALUES (?, ?, ?)',
  mention: 'INSERT INTO mentions (doc_id, entity_id, start, end, text, entity_type) VALUES (?, ?, ?, ?, ?, ?)',
  relation: 'INSERT OR IGNORE INTO relations (id, source, predicate, target) VALUES (?, ?, ?, ?)',
  evidence: `INSERT INTO evidence (relation_id, doc_id, sentence, start, end, text, modality, confidence, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
} as const;

const statements = preparedOnce(SQL);

/** Stores a document and its extraction, whose entity keys are already resolved to entity ids. */
export function insertDocument(db: Database.Database, doc: NewDocument, result: ExtractionResult): void {
  const sql = statements(db);
  const seq = (sql.nextSeq.get() as { next: number }).next;
  sql.document.run(doc.id, seq, doc.contentHash, doc.title ?? null, doc.text, doc.url ?? null, doc.published ?? null, doc.ingestedAt);
  insertEntities(db, doc.id, result);
  insertMentions(db, doc.id, result);
  insertRelations(db, doc.id, result);
}

function insertEntities(db: Database.Database, docId: string, result: ExtractionResult): void {
  const { entity, docEntity, alias } = statements(db);
  result.entities.forEach((e, index) => {
    // Two extracted entities may resolve to one stored entity, so the per-document key is positional.
    const extractedKey = `${index}:${e.key}`;
    entity.run(e.key, e.label, e.entityType, e.country ?? null);
    docEntity.run(docId, extractedKey, e.key, e.label, e.entityType, e.mentions, e.country ?? null);
    for (const name of e.aliases) alias.run(docId, extractedKey, name);
  });
}

function insertMentions(db: Database.Database, docId: string, result: ExtractionResult): void {
  const { mention } = statements(db);
  for (const m of result.mentions) mention.run(docId, m.entity, m.start, m.end, m.text, m.entityType);
}

function insertRelations(db: Database.Database, docId: string, result: ExtractionResult): void {
  const { relation, evidence } = statements(db);
  const known = new Set(result.entities.map((e) => e.key));
  for (const r of result.relations) {
    if (!known.has(r.source) || !known.has(r.target) || r.source === r.target) continue;
    const id = relationKey(r.source, r.predicate, r.target);
    relation.run(id, r.source, r.predicate, r.target);
    evidence.run(id, docId, r.evidence.sentence, r.evidence.start, r.evidence.end, r.evidence.text, r.modality, r.confidence, r.evidence.reason ?? '');
  }
}

/** Removes a document with its evidence, then whatever is left without evidence. */
export function deleteDocumentRows(db: Database.Database, docId: string): boolean {
  const removed = db.prepare('DELETE FROM documents WHERE id = ?').run(docId).changes > 0;
  if (removed) pruneOrphans(db);
  return removed;
}

/**
 * Relations without evidence go; entities go when no document mentions them and nothing merged into
 * them is still alive (repeated, since removing one merged entity can orphan the one it was merged into).
 */
export function pruneOrphans(db: Database.Database): void {
  db.prepare('DELETE FROM relations WHERE id NOT IN (SELECT relation_id FROM evidence)').run();
  const prune = db.prepare(`DELETE FROM entities
    WHERE id NOT IN (SELECT entity_id FROM document_entities)
      AND id NOT IN (SELECT entity_id FROM mentions)
      AND id NOT IN (SELECT source FROM relations) AND id NOT IN (SELECT target FROM relations)
      AND id NOT IN (SELECT merged_into FROM entities WHERE merged_into IS NOT NULL)`);
  while (prune.run().changes > 0) { /* until nothing more is orphaned */ }
}
