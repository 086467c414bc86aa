// The merged graph as the store keeps it: one row per node and one per edge (attributes as JSON),
// written in the same transaction as the document rows they come from. Start-up reads these rows
// straight into a graph instead of replaying every stored extraction (src/store/replay.ts), which
// stays as the repair and migration path (`newsgraph reindex`).
//
// An edge row holds its first EVIDENCE_CHUNK evidence inline, so that start-up is one JSON.parse per
// edge for nearly every edge; further evidence goes into chunks of the same size in graph_evidence.
// A new statement then rewrites at most one edge row and one chunk, however often the fact is stated.
import type Database from 'better-sqlite3';
import { preparedOnce } from './prepared.js';
import type { Evidence, ExtractionResult } from '../domain/extraction.js';
import { createKnowledgeGraph, relationKey, type EntityAttributes, type KnowledgeGraph, type RelationAttributes } from '../graph/model.js';
import { documentInfo, graphFromDatabase } from './replay.js';

export const EVIDENCE_CHUNK = 64;

export const GRAPH_TABLES = `
CREATE TABLE IF NOT EXISTS graph_nodes (
  -- An active entity's id (no foreign key: pruning an entity and dropping its node are one transaction).
  id TEXT PRIMARY KEY,
  attrs TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS graph_edges (
  -- Position of the edge in the graph: replay adds edges in document order, and start-up reads them so.
  ord INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  -- The edge's attributes (JSON) with its first EVIDENCE_CHUNK evidence.
  attrs TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS graph_evidence (
  edge_id TEXT NOT NULL,
  -- Chunk n holds evidence [(n + 1) * EVIDENCE_CHUNK, (n + 2) * EVIDENCE_CHUNK) as a JSON array.
  chunk INTEGER NOT NULL,
  items TEXT NOT NULL,
  PRIMARY KEY (edge_id, chunk)
) WITHOUT ROWID;
`;

const SQL = {
  node: 'INSERT OR REPLACE INTO graph_nodes (id, attrs) VALUES (?, ?)',
  dropNode: 'DELETE FROM graph_nodes WHERE id = ?',
  edge: 'INSERT INTO graph_edges (id, source, target, attrs) VALUES (?, ?, ?, ?)',
  edgeAttrs: 'UPDATE graph_edges SET attrs = ? WHERE id = ?',
  dropEdge: 'DELETE FROM graph_edges WHERE id = ?',
  chunk: 'INSERT OR REPLACE INTO graph_evidence (edge_id, chunk, items) VALUES (?, ?, ?)',
  dropChunks: 'DELETE FROM graph_evidence WHERE edge_id = ?',
} as const;

const statements = preparedOnce(SQL);

/** An edge row's attributes: the evidence list cut to its inline part (in its place, so keys keep their order). */
function edgeAttrsJson(attrs: RelationAttributes): string {
  return JSON.stringify(attrs.evidence.length <= EVIDENCE_CHUNK ? attrs : { ...attrs, evidence: attrs.evidence.slice(0, EVIDENCE_CHUNK) });
}

function writeNode(db: Database.Database, graph: KnowledgeGraph, node: string): void {
  statements(db).node.run(node, JSON.stringify(graph.getNodeAttributes(node)));
}

/** Writes the overflow chunks that hold evidence from index `from` on. */
function writeChunks(db: Database.Database, edge: string, evidence: readonly Evidence[], from: number): void {
  const { chunk } = statements(db);
  for (let n = Math.floor(Math.max(from, EVIDENCE_CHUNK) / EVIDENCE_CHUNK) - 1; (n + 1) * EVIDENCE_CHUNK < evidence.length; n++) {
    chunk.run(edge, n, JSON.stringify(evidence.slice((n + 1) * EVIDENCE_CHUNK, (n + 2) * EVIDENCE_CHUNK)));
  }
}

function insertEdge(db: Database.Database, graph: KnowledgeGraph, edge: string): void {
  const attrs = graph.getEdgeAttributes(edge);
  statements(db).edge.run(edge, graph.source(edge), graph.target(edge), edgeAttrsJson(attrs));
  writeChunks(db, edge, attrs.evidence, 0);
}

/** For each edge an extraction (entity keys resolved to node ids) touches, its evidence count before the change. */
export function evidenceBefore(graph: KnowledgeGraph, result: ExtractionResult): Map<string, number> {
  const known = new Set(result.entities.map((e) => e.key));
  const counts = new Map<string, number>();
  for (const r of result.relations) {
    if (r.source === r.target || !known.has(r.source) || !known.has(r.target)) continue;
    const key = relationKey(r.source, r.predicate, r.target);
    if (!counts.has(key)) counts.set(key, graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'evidence').length : -1);
  }
  return counts;
}

/**
 * Writes what one document changed in the graph: its nodes and its edges. New edges (count -1 in
 * `before`) were appended to the graph in the order the extraction states them, and are so to the table.
 */
export function persistDocument(db: Database.Database, graph: KnowledgeGraph, result: ExtractionResult, before: ReadonlyMap<string, number>): void {
  const sql = statements(db);
  for (const node of new Set(result.entities.map((e) => e.key))) if (graph.hasNode(node)) writeNode(db, graph, node);
  for (const [edge, count] of before) {
    if (!graph.hasEdge(edge)) continue;
    if (count < 0) { insertEdge(db, graph, edge); continue; }
    const attrs = graph.getEdgeAttributes(edge);
    sql.edgeAttrs.run(edgeAttrsJson(attrs), edge);
    if (attrs.evidence.length > count) writeChunks(db, edge, attrs.evidence, count);
  }
}

/** Writes the whole graph into empty graph tables. */
function writeGraph(db: Database.Database, graph: KnowledgeGraph): void {
  graph.forEachNode((node) => writeNode(db, graph, node));
  graph.forEachEdge((edge) => insertEdge(db, graph, edge));
}

function sameEvidence(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  return a.length === b.length && a.every((e, i) => e.doc === b[i].doc && e.start === b[i].start && e.end === b[i].end
    && e.sentence === b[i].sentence && e.text === b[i].text && e.reason === b[i].reason);
}

/** Whether `next` lists the edges it shares with `previous` in the same order, and its new edges after them. */
function edgesKeepOrder(previous: KnowledgeGraph, next: KnowledgeGraph): boolean {
  const position = new Map<string, number>();
  previous.forEachEdge((edge) => { position.set(edge, position.size); });
  let last = -1;
  let seenNew = false;
  return next.everyEdge((edge) => {
    const at = position.get(edge);
    if (at === undefined) { seenNew = true; return true; }
    if (seenNew || at < last) return false;
    last = at;
    return true;
  });
}

/**
 * Brings the graph tables from `previous` (what they hold) to `next`, writing only what differs: used
 * after deletions, merges, splits and imports, whose effect on the graph is computed by replay. When
 * the edges' order changed, the edge rows are written again in the new order.
 */
export function syncGraphTables(db: Database.Database, previous: KnowledgeGraph, next: KnowledgeGraph): void {
  const sql = statements(db);
  previous.forEachNode((node) => { if (!next.hasNode(node)) sql.dropNode.run(node); });
  next.forEachNode((node, attrs) => {
    if (!previous.hasNode(node) || JSON.stringify(previous.getNodeAttributes(node)) !== JSON.stringify(attrs)) writeNode(db, next, node);
  });
  if (!edgesKeepOrder(previous, next)) {
    db.exec('DELETE FROM graph_evidence; DELETE FROM graph_edges;');
    next.forEachEdge((edge) => insertEdge(db, next, edge));
    return;
  }
  previous.forEachEdge((edge) => { if (!next.hasEdge(edge)) { sql.dropEdge.run(edge); sql.dropChunks.run(edge); } });
  next.forEachEdge((edge, attrs) => {
    if (!previous.hasEdge(edge)) { insertEdge(db, next, edge); return; }
    const old = previous.getEdgeAttributes(edge);
    const json = edgeAttrsJson(attrs);
    if (json !== edgeAttrsJson(old)) sql.edgeAttrs.run(json, edge);
    if (!sameEvidence(old.evidence, attrs.evidence)) { sql.dropChunks.run(edge); writeChunks(db, edge, attrs.evidence, 0); }
  });
}

/** Rebuilds the graph tables by replaying every stored extraction (repair, migration); returns the graph. */
export function reindexGraphTables(db: Database.Database): KnowledgeGraph {
  const graph = graphFromDatabase(db);
  db.exec('DELETE FROM graph_evidence; DELETE FROM graph_edges; DELETE FROM graph_nodes;');
  writeGraph(db, graph);
  return graph;
}

type NodeRow = [id: string, attrs: string];
type EdgeRow = [id: string, source: string, target: string, attrs: string];
type ChunkRow = [edge: string, items: string];
type DocumentRow = [id: string, title: string | null, published: string | null];

/** The graph as the tables hold it, in the order replay would build it. */
export function loadGraph(db: Database.Database): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  // Replay creates nodes in the order their entities were first stored.
  const nodes = db.prepare('SELECT g.id, g.attrs FROM graph_nodes g JOIN entities e ON e.id = g.id ORDER BY e.rowid').raw().all() as NodeRow[];
  for (const [id, attrs] of nodes) graph.addNode(id, JSON.parse(attrs) as EntityAttributes);
  for (const [id, source, target, attrs] of db.prepare('SELECT id, source, target, attrs FROM graph_edges ORDER BY ord').raw().iterate() as IterableIterator<EdgeRow>) {
    graph.addDirectedEdgeWithKey(id, source, target, JSON.parse(attrs) as RelationAttributes);
  }
  for (const [edge, items] of db.prepare('SELECT edge_id, items FROM graph_evidence ORDER BY edge_id, chunk').raw().iterate() as IterableIterator<ChunkRow>) {
    if (graph.hasEdge(edge)) graph.getEdgeAttribute(edge, 'evidence').push(...(JSON.parse(items) as Evidence[]));
  }
  const documents = graph.getAttribute('documents');
  for (const [id, title, published] of db.prepare('SELECT id, title, published FROM documents ORDER BY seq').raw().all() as DocumentRow[]) {
    documents[id] = documentInfo({ title, published });
  }
  return graph;
}
