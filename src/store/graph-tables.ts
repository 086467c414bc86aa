// The merged graph as the store keeps it: one row per node, one per edge and one per evidence of an
// edge, written in the same transaction as the document rows they come from. Start-up reads these
// rows straight into a graph instead of replaying every stored extraction (src/store/replay.ts), which
// stays as the repair and migration path (`newsgraph reindex`).
//
// Evidence has its own rows, appended as documents arrive: an edge stated by thousands of documents
// is then never rewritten whole on each new statement.
import type Database from 'better-sqlite3';
import type { Evidence, ExtractionResult } from '../domain/extraction.js';
import { createKnowledgeGraph, relationKey, type EntityAttributes, type KnowledgeGraph, type RelationAttributes } from '../graph/model.js';
import { documentInfo, graphFromDatabase } from './replay.js';

export const GRAPH_TABLES = `
CREATE TABLE IF NOT EXISTS graph_nodes (
  -- An active entity's id (no foreign key: pruning an entity and dropping its node are one transaction).
  id TEXT PRIMARY KEY,
  attrs TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS graph_edges (
  id TEXT PRIMARY KEY,
  -- Position of the edge in the graph: replay adds edges in document order, and so does start-up.
  ord INTEGER NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  -- The edge's attributes with an empty evidence list (JSON); the evidence is in graph_evidence.
  attrs TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS graph_edges_ord ON graph_edges(ord);
CREATE TABLE IF NOT EXISTS graph_evidence (
  id INTEGER PRIMARY KEY,
  edge_id TEXT NOT NULL,
  doc TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS graph_evidence_edge ON graph_evidence(edge_id);
`;

type Statement = Database.Statement;

const SQL = {
  node: 'INSERT OR REPLACE INTO graph_nodes (id, attrs) VALUES (?, ?)',
  dropNode: 'DELETE FROM graph_nodes WHERE id = ?',
  edge: 'INSERT OR REPLACE INTO graph_edges (id, ord, source, target, attrs) VALUES (?, ?, ?, ?, ?)',
  edgeAttrs: 'UPDATE graph_edges SET attrs = ? WHERE id = ?',
  dropEdge: 'DELETE FROM graph_edges WHERE id = ?',
  evidence: 'INSERT INTO graph_evidence (edge_id, doc, sentence, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
  dropEvidence: 'DELETE FROM graph_evidence WHERE edge_id = ?',
} as const;

const prepared = new WeakMap<Database.Database, Record<keyof typeof SQL, Statement>>();

function statements(db: Database.Database): Record<keyof typeof SQL, Statement> {
  let found = prepared.get(db);
  if (!found) {
    found = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as Record<keyof typeof SQL, Statement>;
    prepared.set(db, found);
  }
  return found;
}

/** An edge's attributes with an empty evidence list (kept in its place, so that keys keep their order). */
function edgeAttrsJson(attrs: RelationAttributes): string {
  return JSON.stringify({ ...attrs, evidence: [] });
}

function writeNode(db: Database.Database, graph: KnowledgeGraph, node: string): void {
  statements(db).node.run(node, JSON.stringify(graph.getNodeAttributes(node)));
}

function writeEvidence(db: Database.Database, edge: string, evidence: readonly Evidence[]): void {
  const { evidence: insert } = statements(db);
  for (const e of evidence) insert.run(edge, e.doc, e.sentence, e.start, e.end, e.text);
}

/** The graph's edge count and, for each edge an extraction touches, its evidence count: taken before the change. */
export interface GraphBefore { size: number; evidence: Map<string, number> }

/** What persistDocument needs to know about the graph before an extraction (entity keys resolved to node ids) is added. */
export function graphBefore(graph: KnowledgeGraph, result: ExtractionResult): GraphBefore {
  const known = new Set(result.entities.map((e) => e.key));
  const evidence = new Map<string, number>();
  for (const r of result.relations) {
    if (r.source === r.target || !known.has(r.source) || !known.has(r.target)) continue;
    const key = relationKey(r.source, r.predicate, r.target);
    if (!evidence.has(key)) evidence.set(key, graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'evidence').length : 0);
  }
  return { size: graph.size, evidence };
}

/**
 * Writes what one document changed in the graph: its nodes, its edges and the evidence each edge
 * gained. New edges were appended to the graph in the order the extraction states them.
 */
export function persistDocument(db: Database.Database, graph: KnowledgeGraph, result: ExtractionResult, before: GraphBefore): void {
  const sql = statements(db);
  for (const node of new Set(result.entities.map((e) => e.key))) if (graph.hasNode(node)) writeNode(db, graph, node);
  let ord = before.size;
  for (const [edge, count] of before.evidence) {
    if (!graph.hasEdge(edge)) continue;
    const attrs = graph.getEdgeAttributes(edge);
    if (count === 0) sql.edge.run(edge, ord++, graph.source(edge), graph.target(edge), edgeAttrsJson(attrs));
    else sql.edgeAttrs.run(edgeAttrsJson(attrs), edge);
    writeEvidence(db, edge, attrs.evidence.slice(count));
  }
}

/** Writes the whole graph into empty graph tables. */
function writeGraph(db: Database.Database, graph: KnowledgeGraph): void {
  const { edge: insertEdge } = statements(db);
  graph.forEachNode((node) => writeNode(db, graph, node));
  let ord = 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    insertEdge.run(edge, ord++, source, target, edgeAttrsJson(attrs));
    writeEvidence(db, edge, attrs.evidence);
  });
}

function sameEvidence(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  return a.length === b.length && a.every((e, i) => e.doc === b[i].doc && e.start === b[i].start && e.end === b[i].end
    && e.sentence === b[i].sentence && e.text === b[i].text);
}

/**
 * Brings the graph tables from `previous` (what they hold) to `next`, writing only what differs: used
 * after deletions, merges, splits and imports, whose effect on the graph is computed by replay.
 */
export function syncGraphTables(db: Database.Database, previous: KnowledgeGraph, next: KnowledgeGraph): void {
  const sql = statements(db);
  previous.forEachNode((node) => { if (!next.hasNode(node)) sql.dropNode.run(node); });
  next.forEachNode((node, attrs) => {
    if (!previous.hasNode(node) || JSON.stringify(previous.getNodeAttributes(node)) !== JSON.stringify(attrs)) writeNode(db, next, node);
  });
  previous.forEachEdge((edge) => { if (!next.hasEdge(edge)) { sql.dropEdge.run(edge); sql.dropEvidence.run(edge); } });
  const previousOrd = new Map<string, number>();
  let ord = 0;
  previous.forEachEdge((edge) => { previousOrd.set(edge, ord++); });
  ord = 0;
  next.forEachEdge((edge, attrs, source, target) => {
    const position = ord++;
    const old = previous.hasEdge(edge) ? previous.getEdgeAttributes(edge) : undefined;
    if (!old || previousOrd.get(edge) !== position || edgeAttrsJson(old) !== edgeAttrsJson(attrs)) {
      sql.edge.run(edge, position, source, target, edgeAttrsJson(attrs));
    }
    if (!old || !sameEvidence(old.evidence, attrs.evidence)) {
      if (old) sql.dropEvidence.run(edge);
      writeEvidence(db, edge, attrs.evidence);
    }
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
type EvidenceRow = [edge: string, doc: string, sentence: number, start: number, end: number, text: string];
type DocumentRow = [id: string, title: string | null, published: string | null];

/** The graph as the tables hold it, in the order replay would build it. */
export function loadGraph(db: Database.Database): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  // Replay creates nodes in the order their entities were first stored.
  const nodes = db.prepare('SELECT g.id, g.attrs FROM graph_nodes g JOIN entities e ON e.id = g.id ORDER BY e.rowid').raw().all() as NodeRow[];
  for (const [id, attrs] of nodes) graph.addNode(id, JSON.parse(attrs) as EntityAttributes);
  const evidenceOf = new Map<string, Evidence[]>();
  const edges = db.prepare('SELECT id, source, target, attrs FROM graph_edges ORDER BY ord').raw().all() as EdgeRow[];
  for (const [id, source, target, attrs] of edges) {
    const parsed = JSON.parse(attrs) as RelationAttributes;
    evidenceOf.set(id, parsed.evidence);
    graph.addDirectedEdgeWithKey(id, source, target, parsed);
  }
  for (const [edge, doc, sentence, start, end, text] of db.prepare('SELECT edge_id, doc, sentence, start, end, text FROM graph_evidence ORDER BY id').raw().iterate() as IterableIterator<EvidenceRow>) {
    evidenceOf.get(edge)?.push({ doc, sentence, start, end, text });
  }
  const documents = graph.getAttribute('documents');
  for (const [id, title, published] of db.prepare('SELECT id, title, published FROM documents ORDER BY seq').raw().all() as DocumentRow[]) {
    documents[id] = documentInfo({ title, published });
  }
  return graph;
}
