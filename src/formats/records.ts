// From what a reader found in a file (a node or edge id, a label and named values) to the graph
// model. Shared by the GEXF, GraphML and CSV readers, so that every format maps names the same way:
// names of the model's attributes (case-insensitive) fill the model, everything else is kept in
// `extra`. Files written by other tools lack our attributes; the defaults for them are documented in
// docs/formats.md.
import { z } from 'zod';
import { isModality, MODALITY_STRENGTH, type Evidence, type Modality } from '../domain/extraction.js';
import type { DocumentInfo, EntityAttributes, ExtraValue, KnowledgeGraph, RelationAttributes } from '../graph/model.js';
import { createKnowledgeGraph, relationKey } from '../graph/model.js';
import { rgbToHex, parseColor } from '../graph/palette.js';
import { ENTITY_TYPES, PREDICATES, isPredicateId, predicateDefinition, type EntityType, type PredicateId } from '../domain/ontology.js';
import { EDGE_COLUMNS, NODE_COLUMNS, RESERVED_NAMES, isoDate, type Value } from './attributes.js';
import { ImportFormatError } from './import-error.js';
import { parseList } from './lists.js';

/** Entity type of nodes whose file says nothing usable about it. */
export const DEFAULT_ENTITY_TYPE: EntityType = 'organization';
/** Predicate of edges whose file names no predicate of the ontology (CAMEO 01, the neutral root). */
export const DEFAULT_PREDICATE: PredicateId = 'makes_statement';

export interface NodeRecord {
  id: string;
  label?: string;
  /** Attribute values by name, as typed by the file. */
  values: Map<string, Value>;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  /** Dates the node is present on (GEXF spells), used when the file has no firstSeen/lastSeen. */
  dates: string[];
  line?: number;
}

export interface EdgeRecord {
  /** Set when the file already gave the model's attributes: no mapping needed. */
  model?: RelationAttributes;
  source: string;
  target: string;
  label?: string;
  weight?: number;
  values: Map<string, Value>;
  dates: string[];
  line?: number;
}

export const emptyNodeRecord = (id: string, line?: number): NodeRecord => ({ id, values: new Map(), dates: [], line });
export const emptyEdgeRecord = (source: string, target: string, line?: number): EdgeRecord => ({ source, target, values: new Map(), dates: [], line });

const exportedEvidenceSchema = z.array(z.object({
  doc: z.string(),
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  reason: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
}));

// ---- value coercion ----------------------------------------------------------------------------

function asString(value: Value | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join('|') : String(value);
}

function asNumber(value: Value | undefined): number | undefined {
  if (value === undefined || Array.isArray(value) || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function asList(value: Value | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : parseList(String(value));
}

/** The record's values with lower-cased names, so that `EntityType` and `entitytype` fill the model too. */
function byLowerName(values: ReadonlyMap<string, Value>): Map<string, Value> {
  const lower = new Map<string, Value>();
  for (const [name, value] of values) if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), value);
  return lower;
}

function extrasOf(values: ReadonlyMap<string, Value>, known: ReadonlySet<string>): Record<string, ExtraValue> | undefined {
  const extra: Record<string, ExtraValue> = {};
  let any = false;
  for (const [name, value] of values) {
    if (known.has(name.toLowerCase()) || RESERVED_NAMES.has(name.toLowerCase())) continue;
    extra[name] = value;
    any = true;
  }
  return any ? extra : undefined;
}

const lowerNames = (names: readonly string[]): Set<string> => new Set(names.map((n) => n.toLowerCase()));
// The entity type is known only when its value is one (see entityTypeOf); otherwise it stays an extra.
const NODE_KNOWN = lowerNames(NODE_COLUMNS.map((c) => c.name).filter((n) => n !== 'entityType'));
const EDGE_KNOWN = lowerNames([...EDGE_COLUMNS.map((c) => c.name), 'evidencecount']);

function datesRange(dates: readonly string[]): { first?: string; last?: string } {
  const valid = dates.map((d) => isoDate(d)).filter((d): d is string => d !== undefined).sort();
  return valid.length ? { first: valid[0], last: valid[valid.length - 1] } : {};
}

// ---- nodes -------------------------------------------------------------------------------------

/** The entity type, and the (lower-case) attribute name it came from; `type` and `entity_type` are other tools' names for it. */
function entityTypeOf(values: ReadonlyMap<string, Value>): { entityType: EntityType; from?: string } {
  for (const name of ['entitytype', 'entity_type', 'type']) {
    const value = asString(values.get(name))?.trim().toLowerCase();
    const match = ENTITY_TYPES.find((t) => t === value || (t === 'organization' && value === 'organisation'));
    if (match) return { entityType: match, from: name };
  }
  return { entityType: DEFAULT_ENTITY_TYPE };
}

export function entityFromRecord(record: NodeRecord): EntityAttributes {
  const values = byLowerName(record.values);
  const range = datesRange(record.dates);
  const mentions = asNumber(values.get('mentions'));
  const firstSeen = isoDate(asString(values.get('firstseen'))) ?? range.first;
  const lastSeen = isoDate(asString(values.get('lastseen'))) ?? range.last;
  const country = asString(values.get('country'));
  const type = entityTypeOf(values);
  const extra = extrasOf(record.values, type.from ? new Set([...NODE_KNOWN, type.from]) : NODE_KNOWN);
  const color = record.color !== undefined ? parseColor(record.color) : undefined;
  return {
    label: record.label !== undefined && record.label !== '' ? record.label : record.id,
    entityType: type.entityType,
    aliases: asList(values.get('aliases')) ?? [],
    mentions: mentions !== undefined && mentions >= 0 ? Math.round(mentions) : 1,
    ...(country ? { country } : {}),
    ...(firstSeen ? { firstSeen } : {}),
    ...(lastSeen ? { lastSeen } : {}),
    ...(record.x !== undefined && Number.isFinite(record.x) ? { x: record.x } : {}),
    ...(record.y !== undefined && Number.isFinite(record.y) ? { y: record.y } : {}),
    ...(record.size !== undefined && Number.isFinite(record.size) ? { size: record.size } : {}),
    ...(color ? { color: rgbToHex(color) } : {}),
    ...(extra ? { extra } : {}),
  };
}

// ---- edges -------------------------------------------------------------------------------------

const PREDICATE_BY_LABEL = new Map(PREDICATES.map((p) => [p.label.toLowerCase(), p.id]));

function predicateOf(values: ReadonlyMap<string, Value>, label: string | undefined): PredicateId | undefined {
  const named = asString(values.get('predicate'))?.trim();
  if (named !== undefined && isPredicateId(named)) return named;
  const byLabel = label !== undefined ? PREDICATE_BY_LABEL.get(label.trim().toLowerCase()) : undefined;
  if (byLabel) return byLabel;
  const labelAsId = label?.trim().toLowerCase().replace(/\s+/g, '_');
  return labelAsId !== undefined && isPredicateId(labelAsId) ? labelAsId : undefined;
}

function evidenceOf(value: Value | undefined): { evidence: Evidence[]; documents: Record<string, DocumentInfo> } | undefined {
  if (typeof value !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const result = exportedEvidenceSchema.safeParse(parsed);
  if (!result.success) return undefined;
  const documents: Record<string, DocumentInfo> = {};
  const evidence = result.data.map(({ title, published, ...e }) => {
    const info = documents[e.doc] ?? {};
    documents[e.doc] = { ...info, ...(title !== undefined ? { title } : {}), ...(published !== undefined ? { published } : {}) };
    return e;
  });
  return { evidence, documents };
}

export interface ImportedRelation {
  attributes: RelationAttributes;
  /** Documents named by the evidence, with the title and date the file gave them. */
  documents: Record<string, DocumentInfo>;
}

export function relationFromRecord(record: EdgeRecord): ImportedRelation {
  const values = byLowerName(record.values);
  const named = predicateOf(values, record.label);
  const predicate = named ?? DEFAULT_PREDICATE;
  const def = predicateDefinition(predicate);
  const modalityValue = asString(values.get('modality'))?.trim();
  const modality = modalityValue !== undefined && isModality(modalityValue) ? modalityValue : 'asserted';
  const confidence = asNumber(values.get('confidence'));
  const parsedEvidence = evidenceOf(values.get('evidence'));
  const range = datesRange(record.dates);
  const firstSeen = isoDate(asString(values.get('firstseen'))) ?? range.first;
  const lastSeen = isoDate(asString(values.get('lastseen'))) ?? range.last;
  const extra = extrasOf(record.values, EDGE_KNOWN) ?? {};
  // Values we could not use are kept under names that do not collide with the model's.
  const rawPredicate = asString(values.get('predicate'));
  if (named === undefined && rawPredicate !== undefined) extra.originalPredicate = rawPredicate;
  if (values.has('evidence') && parsedEvidence === undefined) extra.originalEvidence = asString(values.get('evidence')) ?? '';
  const evidence = parsedEvidence?.evidence ?? [];
  const weight = evidence.length > 0 ? evidence.length : record.weight !== undefined && Number.isFinite(record.weight) ? record.weight : 1;
  return {
    attributes: {
      predicate,
      // A foreign file's own edge label is what its user knows the edge by; ours always match the predicate.
      label: record.label !== undefined && record.label !== '' ? record.label : def.label,
      cameo: def.cameo,
      modality,
      confidence: confidence !== undefined && confidence >= 0 && confidence <= 1 ? confidence : 1,
      evidence,
      weight,
      ...(firstSeen ? { firstSeen } : {}),
      ...(lastSeen ? { lastSeen } : {}),
      ...(Object.keys(extra).length ? { extra } : {}),
    },
    documents: parsedEvidence?.documents ?? {},
  };
}

// ---- assembling a graph ------------------------------------------------------------------------

function mergeRelations(a: RelationAttributes, b: RelationAttributes): RelationAttributes {
  const evidence = [...a.evidence];
  for (const e of b.evidence) {
    if (!evidence.some((x) => x.doc === e.doc && x.start === e.start && x.end === e.end)) evidence.push(e);
  }
  const first = [a.firstSeen, b.firstSeen].filter((d): d is string => d !== undefined).sort();
  const last = [a.lastSeen, b.lastSeen].filter((d): d is string => d !== undefined).sort();
  return {
    ...a,
    modality: MODALITY_STRENGTH[a.modality] >= MODALITY_STRENGTH[b.modality] ? a.modality : b.modality,
    confidence: Math.max(a.confidence, b.confidence),
    evidence,
    weight: evidence.length > 0 ? evidence.length : (a.weight ?? 1) + (b.weight ?? 1),
    ...(first.length ? { firstSeen: first[0] } : {}),
    ...(last.length ? { lastSeen: last[last.length - 1] } : {}),
    ...(a.extra || b.extra ? { extra: { ...b.extra, ...a.extra } } : {}),
  };
}

/**
 * Builds a KnowledgeGraph from records, entirely in memory so that a bad file fails before anything
 * is stored. Edges whose (source, predicate, target) coincide become one relation with their evidence
 * merged, as they would in the store.
 */
export class GraphAssembler {
  private readonly graph = createKnowledgeGraph();
  private readonly documents: Record<string, DocumentInfo> = {};
  private readonly edges: EdgeRecord[] = [];

  addNode(record: NodeRecord): void {
    if (record.id === '') throw new ImportFormatError('a node has an empty id', record.line);
    if (this.graph.hasNode(record.id)) throw new ImportFormatError(`node id '${record.id}' appears twice`, record.line);
    this.graph.addNode(record.id, entityFromRecord(record));
  }

  /** A node already in the model's shape (our own JSON). */
  addEntity(id: string, attributes: EntityAttributes, line?: number): void {
    if (this.graph.hasNode(id)) throw new ImportFormatError(`node id '${id}' appears twice`, line);
    this.graph.addNode(id, attributes);
  }

  /** Edges are checked once all nodes are known (some formats may list them first). */
  addEdge(record: EdgeRecord): void {
    this.edges.push(record);
  }

  /** An edge already in the model's shape (our own JSON). */
  addRelation(source: string, target: string, attributes: RelationAttributes, line?: number): void {
    this.edges.push({ ...emptyEdgeRecord(source, target, line), model: attributes });
  }

  addDocuments(documents: Readonly<Record<string, DocumentInfo>>): void {
    for (const [id, info] of Object.entries(documents)) this.documents[id] = { ...this.documents[id], ...info };
  }

  finish(): KnowledgeGraph {
    for (const record of this.edges) {
      for (const end of [record.source, record.target]) {
        if (!this.graph.hasNode(end)) throw new ImportFormatError(`edge ${record.source} -> ${record.target} points to unknown node '${end}'`, record.line);
      }
      const { attributes, documents } = record.model ? { attributes: record.model, documents: {} } : relationFromRecord(record);
      this.addDocuments(documents);
      const key = relationKey(record.source, attributes.predicate, record.target);
      if (this.graph.hasEdge(key)) this.graph.updateEdgeAttributes(key, (current) => mergeRelations(current, attributes));
      else this.graph.addDirectedEdgeWithKey(key, record.source, record.target, attributes);
    }
    for (const { evidence } of this.graph.edges().map((e) => this.graph.getEdgeAttributes(e))) {
      for (const e of evidence) if (!(e.doc in this.documents)) this.documents[e.doc] = {};
    }
    this.graph.setAttribute('documents', this.documents);
    return this.graph;
  }
}
