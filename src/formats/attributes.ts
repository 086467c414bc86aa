// The attributes every export writes, one table for all formats (GEXF, GraphML, CSV): name, type,
// meaning and how to read it from the graph. Labels, weights, colours, sizes and positions are not
// here: each format has its own place for them.
import type { Evidence } from '../domain/extraction.js';
import type { DocumentInfo, EntityAttributes, ExtraValue, KnowledgeGraph, RelationAttributes } from '../graph/model.js';
import { predicateDefinition } from '../domain/ontology.js';

/** Value types, named as in GEXF; GraphML and CSV map them to their own names. */
export type ValueType = 'string' | 'integer' | 'double' | 'boolean' | 'liststring';

export type Value = ExtraValue;

export interface Column<A> {
  name: string;
  type: ValueType;
  /** What the column holds (GraphML `<desc>`, docs/formats.md). */
  description: string;
  value(attrs: A, documents: Readonly<Record<string, DocumentInfo>>): Value | undefined;
}

/** An evidence entry as exported: the model's evidence plus its document's title and date, when known. */
export interface ExportedEvidence extends Evidence {
  title?: string;
  published?: string;
}

export function exportedEvidence(evidence: readonly Evidence[], documents: Readonly<Record<string, DocumentInfo>>): ExportedEvidence[] {
  return evidence.map((e) => {
    const info = documents[e.doc];
    return {
      doc: e.doc, sentence: e.sentence, start: e.start, end: e.end, text: e.text,
      ...(e.reason !== undefined ? { reason: e.reason } : {}),
      ...(info?.title !== undefined ? { title: info.title } : {}),
      ...(info?.published !== undefined ? { published: info.published } : {}),
    };
  });
}

export const NODE_COLUMNS: readonly Column<EntityAttributes>[] = [
  { name: 'entityType', type: 'string', description: 'person, organization, country, location or facility', value: (a) => a.entityType },
  { name: 'aliases', type: 'liststring', description: 'other names the entity goes by', value: (a) => (a.aliases.length ? a.aliases : undefined) },
  { name: 'country', type: 'string', description: 'ISO 3166-1 alpha-3 code of the state the entity is or belongs to', value: (a) => a.country },
  { name: 'mentions', type: 'integer', description: 'number of mentions across all documents', value: (a) => Math.round(a.mentions) },
  { name: 'firstSeen', type: 'string', description: 'publication date (yyyy-mm-dd) of the first document that mentions it', value: (a) => a.firstSeen },
  { name: 'lastSeen', type: 'string', description: 'publication date (yyyy-mm-dd) of the last document that mentions it', value: (a) => a.lastSeen },
];

export const EDGE_COLUMNS: readonly Column<RelationAttributes>[] = [
  { name: 'predicate', type: 'string', description: 'relation id from the ontology (requests, withdraws_from, leader_of…)', value: (a) => a.predicate },
  { name: 'cameo', type: 'string', description: 'CAMEO root code of event predicates (01–20); absent for standing relations', value: (a) => a.cameo ?? undefined },
  { name: 'quadClass', type: 'integer', description: 'CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; absent for standing relations', value: (a) => predicateDefinition(a.predicate).quadClass ?? undefined },
  { name: 'modality', type: 'string', description: 'asserted, intended, possible or conditional', value: (a) => a.modality },
  { name: 'confidence', type: 'double', description: 'how sure the extraction is, 0–1', value: (a) => a.confidence },
  { name: 'evidenceCount', type: 'integer', description: 'number of sentences that state the relation (also the edge weight)', value: (a) => a.evidence.length },
  { name: 'firstSeen', type: 'string', description: 'publication date (yyyy-mm-dd) of the first document that states it', value: (a) => a.firstSeen },
  { name: 'lastSeen', type: 'string', description: 'publication date (yyyy-mm-dd) of the last document that states it', value: (a) => a.lastSeen },
  { name: 'evidence', type: 'string', description: 'JSON array of {doc, sentence, start, end, text, title?, published?}: the sentences that state the relation', value: (a, documents) => JSON.stringify(exportedEvidence(a.evidence, documents)) },
];

/** Names that formats use for their own fields; attributes of imported files with these names are not kept as extras. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['id', 'label', 'weight', 'x', 'y', 'z', 'size', 'color', 'source', 'target']);

export interface ExtraColumn {
  name: string;
  type: ValueType;
}

function valueTypeOf(value: Value): ValueType {
  if (Array.isArray(value)) return 'liststring';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** The extra (imported, unknown to the model) attributes present on the graph's nodes or edges, with one type each. */
export function extraColumns(graph: KnowledgeGraph, kind: 'node' | 'edge'): ExtraColumn[] {
  const types = new Map<string, ValueType>();
  const visit = (extra: Record<string, Value> | undefined): void => {
    if (!extra) return;
    for (const [name, value] of Object.entries(extra)) {
      const type = valueTypeOf(value);
      const known = types.get(name);
      // Mixed types fall back to strings, which every reader accepts.
      types.set(name, known === undefined || known === type ? type : 'string');
    }
  };
  if (kind === 'node') graph.forEachNode((_n, a) => visit(a.extra));
  else graph.forEachEdge((_e, a) => visit(a.extra));
  return [...types].map(([name, type]) => ({ name, type }));
}

/** An extra value in the column's type (numbers and booleans become strings in a string column). */
export function extraValue(column: ExtraColumn, value: Value | undefined): Value | undefined {
  if (value === undefined) return undefined;
  if (column.type === 'string' && typeof value !== 'string') return Array.isArray(value) ? value.join('|') : String(value);
  return value;
}

/** The date part (yyyy-mm-dd) of an ISO date or date-time, or undefined when it is not one. */
export function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim());
  return match ? match[1] : undefined;
}
