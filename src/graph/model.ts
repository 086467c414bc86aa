// The knowledge graph: a graphology MultiDirectedGraph whose nodes are entities and whose edges are
// typed relations carrying their evidence. Keys are deterministic so that merging the same facts
// again (another document, a restart) lands on the same nodes and edges.
import { MultiDirectedGraph } from 'graphology';
import type { EntityType, PredicateId } from '../ontology.js';
import { predicateDefinition } from '../ontology.js';
import type { Evidence, ExtractedEntity, ExtractedRelation, ExtractionResult, Modality } from '../extract/types.js';

/** A value of an attribute the model does not know, kept from an imported file (GEXF, GraphML). */
export type ExtraValue = string | number | boolean | string[];

export interface EntityAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  country?: string;
  /** Publication dates (ISO yyyy-mm-dd) of the first and last documents that mention it, when known. */
  firstSeen?: string;
  lastSeen?: string;
  // Layout and rendering attributes may be added by layout/export code.
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  /** Attributes of imported files that the model does not know, kept so that re-exporting loses nothing. */
  extra?: Record<string, ExtraValue>;
}

export interface RelationAttributes {
  predicate: PredicateId;
  label: string;
  cameo: string | null;
  modality: Modality;
  confidence: number;
  evidence: Evidence[];
  firstSeen?: string;
  lastSeen?: string;
  weight?: number;
  /** Attributes of imported files that the model does not know, kept so that re-exporting loses nothing. */
  extra?: Record<string, ExtraValue>;
}

export interface DocumentInfo {
  title?: string;
  published?: string;
}

export interface GraphAttributes {
  /** Metadata of every document that contributed evidence, by document id. */
  documents: Record<string, DocumentInfo>;
}

export type KnowledgeGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  graph.setAttribute('documents', {});
  return graph;
}

export function relationKey(source: string, predicate: PredicateId, target: string): string {
  return `${source}|${predicate}|${target}`;
}

/** Lower-case, accent- and punctuation-free form used to compare names across documents. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/^the /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Asserted facts outrank intentions, which outrank possibilities and conditions.
const MODALITY_STRENGTH: Record<Modality, number> = { asserted: 3, intended: 2, possible: 1, conditional: 0 };

function strongerModality(a: Modality, b: Modality): Modality {
  return MODALITY_STRENGTH[a] >= MODALITY_STRENGTH[b] ? a : b;
}

function minDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.doc === b.doc && a.start === b.start && a.end === b.end;
}

// Name index per graph (type + name key -> node), so that resolving an entity is not a scan of every
// node. Entries are checked against the graph on use, so nodes dropped elsewhere never resolve.
const nameIndexes = new WeakMap<KnowledgeGraph, Map<string, string>>();

function nameIndexOf(graph: KnowledgeGraph): Map<string, string> {
  let index = nameIndexes.get(graph);
  if (!index) {
    index = new Map();
    nameIndexes.set(graph, index);
    graph.forEachNode((node, attrs) => indexNames(graph, index as Map<string, string>, node, attrs.entityType, [attrs.label, ...attrs.aliases]));
  }
  return index;
}

function indexNames(graph: KnowledgeGraph, index: Map<string, string>, node: string, type: EntityType, names: readonly string[]): void {
  for (const name of names) {
    const key = `${type}|${nameKey(name)}`;
    const current = index.get(key);
    // The first node keeps a name, unless it has been dropped from the graph since.
    if (current === undefined || !graph.hasNode(current)) index.set(key, node);
  }
}

/**
 * Finds the node an extracted entity belongs to: the same key, or else a node of the same type that
 * has the entity's label among its names (label or aliases), or else one of the entity's aliases.
 */
export function findMatchingNode(graph: KnowledgeGraph, entity: ExtractedEntity): string | undefined {
  if (graph.hasNode(entity.key)) return entity.key;
  const index = nameIndexOf(graph);
  for (const name of [entity.label, ...entity.aliases]) {
    const node = index.get(`${entity.entityType}|${nameKey(name)}`);
    if (node !== undefined && graph.hasNode(node) && graph.getNodeAttribute(node, 'entityType') === entity.entityType) return node;
  }
  return undefined;
}

function mergeEntity(graph: KnowledgeGraph, entity: ExtractedEntity, published: string | undefined): string {
  const existing = findMatchingNode(graph, entity);
  if (existing === undefined) {
    graph.addNode(entity.key, {
      label: entity.label,
      entityType: entity.entityType,
      aliases: [...entity.aliases],
      mentions: entity.mentions,
      ...(entity.country ? { country: entity.country } : {}),
      ...(published ? { firstSeen: published, lastSeen: published } : {}),
    });
    indexNames(graph, nameIndexOf(graph), entity.key, entity.entityType, [entity.label, ...entity.aliases]);
    return entity.key;
  }
  graph.updateNodeAttributes(existing, (attrs) => {
    const known = new Set([attrs.label, ...attrs.aliases].map(nameKey));
    const aliases = [...attrs.aliases];
    for (const name of [entity.label, ...entity.aliases]) {
      if (!known.has(nameKey(name))) { known.add(nameKey(name)); aliases.push(name); }
    }
    return {
      ...attrs,
      aliases,
      mentions: attrs.mentions + entity.mentions,
      country: attrs.country ?? entity.country,
      firstSeen: minDate(attrs.firstSeen, published),
      lastSeen: maxDate(attrs.lastSeen, published),
    };
  });
  indexNames(graph, nameIndexOf(graph), existing, entity.entityType, [entity.label, ...entity.aliases]);
  return existing;
}

function mergeRelation(graph: KnowledgeGraph, relation: ExtractedRelation, source: string, target: string, published: string | undefined): string {
  const key = relationKey(source, relation.predicate, target);
  if (!graph.hasEdge(key)) {
    const def = predicateDefinition(relation.predicate);
    graph.addDirectedEdgeWithKey(key, source, target, {
      predicate: relation.predicate,
      label: def.label,
      cameo: def.cameo,
      modality: relation.modality,
      confidence: relation.confidence,
      evidence: [relation.evidence],
      weight: 1,
      ...(published ? { firstSeen: published, lastSeen: published } : {}),
    });
    return key;
  }
  graph.updateEdgeAttributes(key, (attrs) => {
    const evidence = attrs.evidence.some((e) => sameEvidence(e, relation.evidence))
      ? attrs.evidence
      : [...attrs.evidence, relation.evidence];
    return {
      ...attrs,
      modality: strongerModality(attrs.modality, relation.modality),
      // Independent statements of the same fact make it more certain.
      confidence: 1 - (1 - attrs.confidence) * (1 - relation.confidence * (evidence.length > attrs.evidence.length ? 1 : 0)),
      evidence,
      weight: evidence.length,
      firstSeen: minDate(attrs.firstSeen, published),
      lastSeen: maxDate(attrs.lastSeen, published),
    };
  });
  return key;
}

/**
 * Merges one document's extraction into the graph, resolving its entities against those already
 * there. Returns the node keys each extracted entity key landed on.
 */
export function addExtraction(graph: KnowledgeGraph, result: ExtractionResult, info: DocumentInfo = {}): Map<string, string> {
  const nodeOf = new Map<string, string>();
  for (const entity of result.entities) nodeOf.set(entity.key, mergeEntity(graph, entity, info.published));
  for (const relation of result.relations) {
    const source = nodeOf.get(relation.source);
    const target = nodeOf.get(relation.target);
    if (source === undefined || target === undefined || source === target) continue;
    mergeRelation(graph, relation, source, target, info.published);
  }
  // In place: copying the whole map per document made ingesting n documents O(n²) (bench/scaling).
  graph.getAttribute('documents')[result.doc] = info;
  return nodeOf;
}

/** Builds one graph from several documents' extractions. */
export function buildGraph(results: readonly ExtractionResult[], infos: Readonly<Record<string, DocumentInfo>> = {}): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  for (const result of results) addExtraction(graph, result, infos[result.doc] ?? {});
  return graph;
}
