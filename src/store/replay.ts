// Rebuilds the live graph from the database: every document's stored extraction is replayed through
// addExtraction in ingestion order, with entity keys mapped through hand merges. The graph is thus a
// pure function of the stored rows, which is what makes restarts, deletions and splits exact.
import type Database from 'better-sqlite3';
import { ENTITY_TYPES, isPredicateId, type EntityType, type PredicateId } from '../domain/ontology.js';
import { isModality, type ExtractedEntity, type ExtractedRelation, type ExtractionResult, type Mention, type Modality } from '../domain/extraction.js';
import { addExtraction, createKnowledgeGraph, type DocumentInfo, type KnowledgeGraph } from '../graph/model.js';
import type { AliasRow, DocumentEntityRow, DocumentRow, EntityRow, EvidenceRow, MentionRow } from './rows.js';

export function asEntityType(value: string): EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value) ? (value as EntityType) : 'organization';
}

export function asModality(value: string): Modality {
  return isModality(value) ? value : 'asserted';
}

function asPredicate(value: string): PredicateId {
  if (!isPredicateId(value)) throw new Error(`stored relation has unknown predicate '${value}'`);
  return value;
}

/** Maps every entity id to the entity it currently stands for (itself, or the end of its merge chain). */
export function mergeRedirects(entities: readonly EntityRow[]): (id: string) => string {
  const into = new Map(entities.filter((e) => e.merged_into !== null).map((e) => [e.id, e.merged_into as string]));
  return (id: string) => {
    let current = id;
    for (let hops = 0; into.has(current) && hops <= into.size; hops++) current = into.get(current) as string;
    return current;
  };
}

export function documentInfo(row: Pick<DocumentRow, 'title' | 'published'>): DocumentInfo {
  return { ...(row.title ? { title: row.title } : {}), ...(row.published ? { published: row.published } : {}) };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

interface DocumentRows {
  entities: DocumentEntityRow[];
  aliases: AliasRow[];
  mentions: MentionRow[];
  evidence: EvidenceRow[];
}

function toExtraction(doc: string, rows: DocumentRows, resolve: (id: string) => string): ExtractionResult {
  const aliasesOf = groupBy(rows.aliases, (a) => a.extracted_key);
  const entities: ExtractedEntity[] = rows.entities.map((e) => ({
    key: resolve(e.entity_id),
    label: e.label,
    entityType: asEntityType(e.entity_type),
    aliases: (aliasesOf.get(e.extracted_key) ?? []).map((a) => a.alias),
    mentions: e.mentions,
    ...(e.country ? { country: e.country } : {}),
  }));
  const mentions: Mention[] = rows.mentions.map((m) => ({
    doc, start: m.start, end: m.end, text: m.text, entityType: asEntityType(m.entity_type), entity: resolve(m.entity_id),
  }));
  const relations: ExtractedRelation[] = rows.evidence.map((r) => ({
    source: resolve(r.source),
    target: resolve(r.target),
    predicate: asPredicate(r.predicate),
    modality: asModality(r.modality),
    confidence: r.confidence,
    evidence: { doc, sentence: r.sentence, start: r.start, end: r.end, text: r.text, ...(r.reason ? { reason: r.reason } : {}) },
  }));
  return { doc, entities, mentions, relations };
}

/** Every document's extraction as stored, in ingestion order, with merged entities redirected. */
export function storedExtractions(db: Database.Database): { row: DocumentRow; result: ExtractionResult }[] {
  const entityRows = db.prepare('SELECT * FROM entities').all() as EntityRow[];
  const resolve = mergeRedirects(entityRows);
  const docs = db.prepare('SELECT id, seq, content_hash, title, url, published, ingested_at, \'\' AS text FROM documents ORDER BY seq').all() as DocumentRow[];
  const entities = groupBy(db.prepare('SELECT * FROM document_entities ORDER BY rowid').all() as DocumentEntityRow[], (r) => r.doc_id);
  const aliases = groupBy(db.prepare('SELECT * FROM aliases ORDER BY rowid').all() as AliasRow[], (r) => r.doc_id);
  const mentions = groupBy(db.prepare('SELECT * FROM mentions ORDER BY id').all() as MentionRow[], (r) => r.doc_id);
  const evidence = groupBy(db.prepare(
    'SELECT e.*, r.source, r.predicate, r.target FROM evidence e JOIN relations r ON r.id = e.relation_id ORDER BY e.id',
  ).all() as EvidenceRow[], (r) => r.doc_id);
  return docs.map((row) => ({
    row,
    result: toExtraction(row.id, {
      entities: entities.get(row.id) ?? [],
      aliases: aliases.get(row.id) ?? [],
      mentions: mentions.get(row.id) ?? [],
      evidence: evidence.get(row.id) ?? [],
    }, resolve),
  }));
}

/**
 * Builds the graph from the database. Entities that stand for themselves are created first with their
 * canonical label, so that replaying documents in any state (after merges, splits or deletions) lands
 * every mention on exactly the stored entity instead of re-resolving names.
 */
export function graphFromDatabase(db: Database.Database): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const active = db.prepare('SELECT * FROM entities WHERE merged_into IS NULL ORDER BY rowid').all() as EntityRow[];
  for (const e of active) {
    graph.addNode(e.id, {
      label: e.label, entityType: asEntityType(e.entity_type), aliases: [], mentions: 0,
      ...(e.country ? { country: e.country } : {}),
    });
  }
  for (const { row, result } of storedExtractions(db)) addExtraction(graph, result, documentInfo(row));
  return graph;
}
