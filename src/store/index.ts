// GraphStore: the SQLite database in a data directory plus the live graphology graph kept with it.
// The merged graph has its own tables (graph-tables.ts), changed in the same transaction as the
// document rows: start-up loads them, and the live graph never shows something that a restart would
// not bring back (a failed transaction reloads the graph from the tables).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ExtractionResult } from '../domain/extraction.js';
import { addExtraction, findMatchingNode, relationKey, type KnowledgeGraph } from '../graph/model.js';
import { announceGraphReplaced } from '../graph/replacement.js';
import { contentHash, documentIdFor } from './identity.js';
import { documentsOfGraph, type ImportLimits } from './import.js';
import type { DocumentRow, DocumentSummary, EntityRow, StoredDocument } from './rows.js';
import { prepareDatabase } from './schema.js';
import { renamePrototypeIds } from './safe-ids.js';
import { safeKey } from '../domain/safe-key.js';
import { preparePositions, readPositions, writePositions } from './positions.js';
import type { Position } from '../graph/layout.js';
import { documentInfo, graphFromDatabase } from './replay.js';
import { evidenceBefore, loadGraph, persistDocument, reindexGraphTables, syncGraphTables } from './graph-tables.js';
import { deleteDocumentRows, insertDocument, pruneOrphans } from './write.js';

export type { DocumentSummary, StoredDocument } from './rows.js';

export interface DocumentInput {
  text: string;
  title?: string;
  url?: string;
  /** ISO date (yyyy-mm-dd). */
  published?: string;
}

export interface AddedEntity { id: string; label: string; entityType: string }
export interface AddedRelation { id: string; source: string; predicate: string; target: string }

export interface IngestOutcome {
  id: string;
  /** False when the same text was already stored (nothing changed). */
  created: boolean;
  /** Entities and relations this document mentions or states. */
  entities: number;
  relations: number;
  /** What did not exist in the graph before this document. */
  added: { entities: AddedEntity[]; relations: AddedRelation[] };
}

export interface MergeOutcome { into: string; merged: string[] }

export class StoreError extends Error {
  constructor(readonly code: 'not_found' | 'conflict' | 'invalid', message: string) {
    super(message);
  }
}

export const DATABASE_FILE = 'newsgraph.sqlite';

export class GraphStore {
  private current: KnowledgeGraph;
  private changes = 0;
  /** Tells this opening of the store from others, so that generation tags never repeat across restarts. */
  private readonly opening = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  private constructor(private readonly db: Database.Database) {
    this.current = loadGraph(db);
  }

  /** Opens (creating if needed) the store in `dataDir`, and builds the graph from it. */
  static open(dataDir: string): GraphStore {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, DATABASE_FILE));
    prepareDatabase(db);
    renamePrototypeIds(db);
    preparePositions(db);
    return new GraphStore(db);
  }

  /** The live graph. Read it per use: merges, splits and deletions replace it with a rebuilt one. */
  get graph(): KnowledgeGraph {
    return this.current;
  }

  /** Changes whenever the graph may have changed (answers computed from an older generation are stale). */
  get generation(): string {
    return `${this.opening}.${this.changes}`;
  }

  /** The files the store keeps its data in (the database and its write-ahead log). */
  files(): string[] {
    return [this.db.name, `${this.db.name}-wal`];
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  documentCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  }

  /** The id a text has in the store (or will have once stored), and whether it is stored already. */
  identify(text: string): { id: string; stored: boolean } {
    const hash = contentHash(text);
    const existing = this.storedIdOf(hash);
    return existing ? { id: existing, stored: true } : { id: documentIdFor(hash), stored: false };
  }

  /** The outcome of storing a document that is already stored: nothing changes. */
  storedOutcome(id: string): IngestOutcome {
    return { id, created: false, ...this.counts(id), added: { entities: [], relations: [] } };
  }

  /**
   * Stores a document with its extraction (idempotent on the text); the extraction is made by the
   * caller (src/ingest) or read from a file (an import). Its entities are resolved against the graph
   * the same way addExtraction resolves them (findMatchingNode).
   */
  ingestExtraction(input: DocumentInput, result: ExtractionResult): IngestOutcome {
    const hash = contentHash(input.text);
    const existing = this.storedIdOf(hash);
    if (existing) return this.storedOutcome(existing);
    const id = documentIdFor(hash);
    const resolved = this.resolveEntities({ ...result, doc: id });
    const fresh = this.notYetInGraph(resolved);
    let raced: string | undefined;
    this.inTransaction(() => {
      // Another process may have stored the same text since the check above.
      raced = this.storedIdOf(hash) ?? (this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) ? id : undefined);
      if (raced !== undefined) return;
      insertDocument(this.db, {
        id, contentHash: hash, text: input.text, title: input.title, url: input.url, published: input.published,
        ingestedAt: new Date().toISOString(),
      }, resolved);
      const before = evidenceBefore(this.current, resolved);
      this.applyToGraph(resolved, documentInfo({ title: input.title ?? null, published: input.published ?? null }));
      persistDocument(this.db, this.current, resolved, before);
    });
    if (raced !== undefined) return this.storedOutcome(raced);
    return { id, created: true, ...this.counts(id), added: this.describeAdded(fresh) };
  }

  /**
   * Merges a whole graph (an imported file) in one transaction: its entities are resolved against the
   * stored ones by name, documents already stored (same id or text) are skipped.
   */
  importGraph(graph: KnowledgeGraph, limits?: ImportLimits): { entities: number; relations: number; documents: number } {
    const idOf = this.importedEntityIds(graph);
    const live = this.current;
    const documents = documentsOfGraph(graph, (node) => idOf.get(node) ?? node, { entity: (id) => live.hasNode(id), relation: (key) => live.hasEdge(key) }, limits);
    const before = { order: this.current.order, size: this.current.size };
    const known = this.db.prepare('SELECT 1 FROM documents WHERE id = ? OR content_hash = ?');
    const ingestedAt = new Date().toISOString();
    let stored = 0;
    this.changeAndReplay(() => {
      for (const doc of documents) {
        const hash = contentHash(doc.text);
        if (doc.text.trim() === '' || known.get(doc.id, hash)) continue;
        insertDocument(this.db, { id: doc.id, contentHash: hash, text: doc.text, title: doc.title, published: doc.published, ingestedAt }, doc.result);
        stored += 1;
      }
      return stored > 0;
    });
    return { entities: this.current.order - before.order, relations: this.current.size - before.size, documents: stored };
  }

  listDocuments(limit: number, offset: number): { total: number; documents: DocumentSummary[] } {
    const rows = this.db.prepare(`SELECT id, title, url, published, ingested_at, length(text) AS length,
        (SELECT COUNT(DISTINCT entity_id) FROM document_entities de WHERE de.doc_id = d.id) AS entities,
        (SELECT COUNT(DISTINCT relation_id) FROM evidence ev WHERE ev.doc_id = d.id) AS relations
      FROM documents d ORDER BY seq LIMIT ? OFFSET ?`).all(limit, offset) as SummaryRow[];
    return { total: this.documentCount(), documents: rows.map(toSummary) };
  }

  getDocument(id: string): StoredDocument | undefined {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!row) return undefined;
    const counts = this.counts(id);
    return {
      ...toSummary({ ...row, length: row.text.length, ...counts }),
      text: row.text,
      contentHash: row.content_hash,
    };
  }

  /** Removes a document and its evidence; relations and entities left without evidence disappear. */
  deleteDocument(id: string): boolean {
    return this.changeAndReplay(() => deleteDocumentRows(this.db, id));
  }

  /** Merges entities `from` into `into` by hand; undone by `split`. */
  mergeEntities(into: string, from: readonly string[]): MergeOutcome {
    const targets = [...new Set(from)].filter((id) => id !== into);
    if (targets.length === 0) throw new StoreError('invalid', 'nothing to merge: give at least one entity other than the target');
    for (const id of [into, ...targets]) this.requireActive(id);
    const mergedAt = new Date().toISOString();
    const update = this.db.prepare('UPDATE entities SET merged_into = ?, merged_at = ? WHERE id = ?');
    this.changeAndReplay(() => { for (const id of targets) update.run(into, mergedAt, id); return true; });
    return { into, merged: targets };
  }

  /**
   * Undoes merges: a merged-away entity comes back with its own aliases and evidence; given an entity
   * that others were merged into, all of those come back.
   */
  splitEntity(id: string): { restored: string[] } {
    const row = this.entityRow(id);
    if (!row) throw new StoreError('not_found', `no entity '${id}'`);
    const restored = row.merged_into !== null
      ? [id]
      : (this.db.prepare('SELECT id FROM entities WHERE merged_into = ?').all(id) as { id: string }[]).map((r) => r.id);
    if (restored.length === 0) throw new StoreError('conflict', `entity '${id}' is not merged with any other entity`);
    const clear = this.db.prepare('UPDATE entities SET merged_into = NULL, merged_at = NULL WHERE id = ?');
    this.changeAndReplay(() => { for (const r of restored) clear.run(r); pruneOrphans(this.db); return true; });
    return { restored };
  }

  /** Where a merged-away entity went (undefined when it is not merged or unknown). */
  mergedInto(id: string): string | undefined {
    return this.entityRow(id)?.merged_into ?? undefined;
  }

  /** Stored drawing positions by entity id (see src/graph/placement.ts). */
  positions(): Map<string, Position> {
    return readPositions(this.db);
  }

  savePositions(positions: ReadonlyMap<string, Position>): void {
    writePositions(this.db, positions);
  }

  /** SQLite's own consistency check ("ok" when the file is sound). */
  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /**
   * Rebuilds the graph tables by replaying every stored extraction (`newsgraph reindex`): repairs
   * tables that disagree with the documents, e.g. after a change to how extractions merge.
   */
  reindex(): { entities: number; relations: number } {
    let next = this.current;
    this.db.transaction(() => { next = reindexGraphTables(this.db); }).immediate();
    this.replaceGraph(next);
    return { entities: next.order, relations: next.size };
  }

  /**
   * Runs `change` (which says whether it changed anything) and, in the same transaction, replays the
   * stored extractions and writes the graph tables' differences: deletions, merges and splits can
   * change any part of the graph, and replay is the one definition of what the graph is.
   */
  private changeAndReplay(change: () => boolean): boolean {
    let next: KnowledgeGraph | undefined;
    const changed = this.db.transaction(() => {
      if (!change()) return false;
      next = graphFromDatabase(this.db);
      syncGraphTables(this.db, this.current, next);
      return true;
    }).immediate();
    if (next) this.replaceGraph(next);
    return changed;
  }

  /** Runs `write`, which changes the live graph in place; if it fails, the graph comes back from the tables. */
  private inTransaction(write: () => void): void {
    this.changes += 1;
    try {
      this.db.transaction(write).immediate();
    } catch (error) {
      this.replaceGraph(loadGraph(this.db));
      throw error;
    }
  }

  private replaceGraph(next: KnowledgeGraph): void {
    this.changes += 1;
    const previous = this.current;
    this.current = next;
    // What was derived from the old graph (search's name index) follows the new one instead of being rebuilt.
    announceGraphReplaced(previous, next);
  }

  private storedIdOf(hash: string): string | undefined {
    return (this.db.prepare('SELECT id FROM documents WHERE content_hash = ?').get(hash) as { id: string } | undefined)?.id;
  }

  private counts(id: string): { entities: number; relations: number } {
    return this.db.prepare(`SELECT
        (SELECT COUNT(DISTINCT entity_id) FROM document_entities WHERE doc_id = ?) AS entities,
        (SELECT COUNT(DISTINCT relation_id) FROM evidence WHERE doc_id = ?) AS relations`).get(id, id) as { entities: number; relations: number };
  }

  private entityRow(id: string): EntityRow | undefined {
    return this.db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
  }

  private requireActive(id: string): void {
    const row = this.entityRow(id);
    if (!row) throw new StoreError('not_found', `no entity '${id}'`);
    if (row.merged_into !== null) throw new StoreError('conflict', `entity '${id}' is already merged into '${row.merged_into}'`);
  }

  /** The entity an id stands for now: itself, or where hand merges sent it. */
  private currentEntity(id: string): string {
    let current = id;
    for (let hops = 0; hops < 100; hops++) {
      const next = this.mergedInto(current);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }

  /** Stored entity ids for an imported graph's nodes, matched by name like ingested entities. */
  private importedEntityIds(graph: KnowledgeGraph): Map<string, string> {
    return new Map(graph.mapNodes((node, a) => {
      const entity = { key: node, label: a.label, entityType: a.entityType, aliases: a.aliases, mentions: a.mentions };
      return [node, findMatchingNode(this.current, entity) ?? this.currentEntity(node)] as const;
    }));
  }

  /** Rewrites the extraction's entity keys to stored entity ids (matching names across documents). */
  private resolveEntities(result: ExtractionResult): ExtractionResult {
    const idOf = new Map<string, string>();
    for (const e of result.entities) idOf.set(e.key, findMatchingNode(this.current, e) ?? this.currentEntity(safeKey(e.key)));
    const map = (key: string): string => idOf.get(key) ?? key;
    return {
      doc: result.doc,
      entities: result.entities.map((e) => ({ ...e, key: map(e.key) })),
      mentions: result.mentions.map((m) => ({ ...m, doc: result.doc, entity: map(m.entity) })),
      relations: result.relations.map((r) => ({ ...r, source: map(r.source), target: map(r.target), evidence: { ...r.evidence, doc: result.doc } })),
    };
  }

  /** Same steps as the replay (new entities first, then addExtraction), so both give the same graph. */
  private applyToGraph(result: ExtractionResult, info: ReturnType<typeof documentInfo>): void {
    for (const e of result.entities) {
      if (this.current.hasNode(e.key)) continue;
      this.current.addNode(e.key, { label: e.label, entityType: e.entityType, aliases: [], mentions: 0, ...(e.country ? { country: e.country } : {}) });
    }
    addExtraction(this.current, result, info);
  }

  /** Entity ids and relation keys of an extraction that the graph does not have yet. */
  private notYetInGraph(result: ExtractionResult): { nodes: Set<string>; edges: Set<string> } {
    const graph = this.current;
    const nodes = new Set(result.entities.map((e) => e.key).filter((key) => !graph.hasNode(key)));
    const edges = new Set(result.relations.filter((r) => r.source !== r.target)
      .map((r) => relationKey(r.source, r.predicate, r.target)).filter((key) => !graph.hasEdge(key)));
    return { nodes, edges };
  }

  private describeAdded(fresh: { nodes: Set<string>; edges: Set<string> }): IngestOutcome['added'] {
    const graph = this.current;
    const entities = [...fresh.nodes].filter((n) => graph.hasNode(n))
      .map((n) => ({ id: n, label: graph.getNodeAttribute(n, 'label'), entityType: graph.getNodeAttribute(n, 'entityType') }));
    const relations = [...fresh.edges].filter((e) => graph.hasEdge(e)).map((e) => ({
      id: e, source: graph.source(e), predicate: graph.getEdgeAttribute(e, 'predicate'), target: graph.target(e),
    }));
    return { entities, relations };
  }

}

interface SummaryRow {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  ingested_at: string;
  length: number;
  entities: number;
  relations: number;
}

function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id, title: row.title, url: row.url, published: row.published, ingestedAt: row.ingested_at,
    length: row.length, entities: row.entities, relations: row.relations,
  };
}

