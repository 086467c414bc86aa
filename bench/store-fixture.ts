// Loads a (synthetic) knowledge graph into a real GraphStore directory, fast: its evidence is grouped
// into one stored extraction per document and written in a single transaction with the store's own
// insert statements, and its graph tables built by replay as `newsgraph reindex` does; GraphStore.open
// then loads the graph from those tables as at every start.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { ExtractedEntity, ExtractionResult } from '../src/domain/extraction.js';
import type { KnowledgeGraph } from '../src/graph/model.js';
import { DATABASE_FILE } from '../src/store/index.js';
import { contentHash } from '../src/store/identity.js';
import { prepareDatabase } from '../src/store/schema.js';
import { insertDocument } from '../src/store/write.js';
import { reindexGraphTables } from '../src/store/graph-tables.js';

export interface StoredExtraction { id: string; text: string; title?: string; published?: string; result: ExtractionResult }

/** One extraction per document id found in the graph's evidence (entity keys are the node keys). */
export function extractionsOfGraph(graph: KnowledgeGraph): StoredExtraction[] {
  const byDoc = new Map<string, { entities: Map<string, ExtractedEntity>; result: ExtractionResult }>();
  const entityOf = (node: string): ExtractedEntity => {
    const a = graph.getNodeAttributes(node);
    return { key: node, label: a.label, entityType: a.entityType, aliases: a.aliases, mentions: 1, ...(a.country ? { country: a.country } : {}) };
  };
  graph.forEachEdge((_edge, attrs, source, target) => {
    for (const evidence of attrs.evidence) {
      let doc = byDoc.get(evidence.doc);
      if (!doc) {
        doc = { entities: new Map(), result: { doc: evidence.doc, entities: [], mentions: [], relations: [] } };
        byDoc.set(evidence.doc, doc);
      }
      for (const node of [source, target]) if (!doc.entities.has(node)) doc.entities.set(node, entityOf(node));
      doc.result.relations.push({ source, target, predicate: attrs.predicate, modality: attrs.modality, confidence: attrs.confidence, evidence });
    }
  });
  const documents = graph.getAttribute('documents');
  return [...byDoc.entries()].map(([id, { entities, result }]) => {
    result.entities = [...entities.values()];
    const text = result.relations.map((r) => r.evidence.text).join(' ');
    return { id, text, ...documents[id], result };
  });
}

/** Writes the graph's documents into `dataDir` (which must not hold a store yet). */
export function bulkLoadStore(dataDir: string, graph: KnowledgeGraph): { documents: number } {
  const extractions = extractionsOfGraph(graph);
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    prepareDatabase(db);
    const ingestedAt = new Date(0).toISOString();
    db.transaction(() => {
      for (const e of extractions) {
        insertDocument(db, { id: e.id, contentHash: contentHash(`${e.id}\n${e.text}`), text: e.text, title: e.title, published: e.published, ingestedAt }, e.result);
      }
      // The graph tables, as `newsgraph reindex` builds them: by replaying the stored extractions.
      reindexGraphTables(db);
    })();
  } finally {
    db.close();
  }
  return { documents: extractions.length };
}
