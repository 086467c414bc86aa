// The knowledge graph: a graphology MultiDirectedGraph whose nodes are entities and whose edges are
// typed relations carrying their evidence. Keys are deterministic so that merging the same facts
// again (another document, a restart) lands on the same nodes and edges.
import { MultiDirectedGraph } from 'graphology';
import type { EntityType, PredicateId } from '../domain/ontology.js';
import { predicateDefinition } from '../domain/ontology.js';
import { MODALITY_STRENGTH, type Evidence, type ExtractedEntity, type ExtractedRelation, type ExtractionResult, type Modality } from '../domain/extraction.js';
import { nameKey } from '../domain/names.js';

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
  /** News agencies and outlets the document cites (from the extraction). */
  sources?: string[];
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
    graph.forEachNode((node, attrs) => indexNames(graph, index as Map<string, string>, node, typedNameKeys(attrs.entityType, [attrs.label, ...attrs.aliases])));
  }
  return index;
}

/** Index keys of names: entity type + name key, so that a person and a place may share a name. */
function typedNameKeys(type: EntityType, names: readonly string[]): string[] {
  return names.map((name) => `${type}|${nameKey(name)}`);
}

function indexNames(graph: KnowledgeGraph, index: Map<string, string>, node: string, keys: readonly string[]): void {
  for (const key of keys) {
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
  return matchingNode(graph, entity, typedNameKeys(entity.entityType, [entity.label, ...entity.aliases]));
}

function matchingNode(graph: KnowledgeGraph, entity: ExtractedEntity, keys: readonly string[]): string | undefined {
  if (graph.hasNode(entity.key)) return entity.key;
  const index = nameIndexOf(graph);
  for (const key of keys) {
    const node = index.get(key);
    if (node !== undefined && graph.hasNode(node) && graph.getNodeAttribute(node, 'entityType') === entity.entityType) return node;
  }
  return undefined;
}

/** The node's aliases plus those of `names` it does not have yet (compared by name key). */
function withNewAliases(attrs: EntityAttributes, names: readonly string[]): string[] {
  const known = new Set([attrs.label, ...attrs.aliases].map(nameKey));
  const aliases = [...attrs.aliases];
  for (const name of names) {
    const key = nameKey(name);
    if (!known.has(key)) { known.add(key); aliases.push(name); }
  }
  return aliases;
}

function mergeEntity(graph: KnowledgeGraph, entity: ExtractedEntity, published: string | undefined): string {
  // Names are normalised once here; merging the same entity again is the common case on ingest and restart.
  const names = [entity.label, ...entity.aliases];
  const keys = typedNameKeys(entity.entityType, names);
  const index = nameIndexOf(graph);
  const existing = matchingNode(graph, entity, keys);
  if (existing === undefined) {
    graph.addNode(entity.key, {
      label: entity.label,
      entityType: entity.entityType,
      aliases: [...entity.aliases],
      mentions: entity.mentions,
      ...(entity.country ? { country: entity.country } : {}),
      ...(published ? { firstSeen: published, lastSeen: published } : {}),
    });
    indexNames(graph, index, entity.key, keys);
    return entity.key;
  }
  graph.updateNodeAttributes(existing, (attrs) => {
    // A name the index gives to this node is known; only the others need a look at its own names.
    const unknown = names.filter((_, i) => index.get(keys[i]) !== existing);
    return {
      ...attrs,
      aliases: unknown.length === 0 ? attrs.aliases : withNewAliases(attrs, unknown),
      mentions: attrs.mentions + entity.mentions,
      country: attrs.country ?? entity.country,
      firstSeen: minDate(attrs.firstSeen, published),
      lastSeen: maxDate(attrs.lastSeen, published),
    };
  });
  indexNames(graph, index, existing, keys);
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
  graph.getAttribute('documents')[result.doc] = result.sources?.length ? { ...info, sources: result.sources } : info;
  return nodeOf;
}

/** Builds one graph from several documents' extractions. */
export function buildGraph(results: readonly ExtractionResult[], infos: Readonly<Record<string, DocumentInfo>> = {}): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  for (const result of results) addExtraction(graph, result, infos[result.doc] ?? {});
  return graph;
}
