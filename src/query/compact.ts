// The graph as the explorer downloads it: columns of plain values instead of one object per node and
// edge, entity types, predicates and modalities as small numbers, and no evidence text (the panel asks
// for a relation's sentences when it opens). On 10,000 entities and 50,000 relations this is a few
// megabytes instead of tens.
import { MODALITIES, type Modality } from '../domain/extraction.js';
import { ENTITY_TYPES, PREDICATES, type EntityType, type PredicateId } from '../domain/ontology.js';
import { relationKey, type DocumentInfo } from '../graph/model.js';
import type { GraphJson } from './subgraph.js';

export interface CompactGraph {
  /** What the numbers in `nodes.type`, `edges.predicate` and `edges.modality` stand for. */
  entityTypes: readonly EntityType[];
  predicates: { id: PredicateId; label: string }[];
  modalities: readonly Modality[];
  documents: Record<string, DocumentInfo>;
  nodes: {
    key: string[]; label: string[]; type: number[]; aliases: string[][]; country: (string | null)[];
    firstSeen: (string | null)[]; lastSeen: (string | null)[];
  };
  edges: {
    /** null when the key is the usual `source|predicate|target`. */
    key: (string | null)[];
    /** Indexes into `nodes`. */
    source: number[]; target: number[];
    predicate: number[]; modality: number[]; confidence: number[];
    /** How many evidence sentences support the relation (within the date range, if any). */
    evidence: number[];
    firstSeen: (string | null)[]; lastSeen: (string | null)[];
  };
}

export function compactGraph(json: GraphJson): CompactGraph {
  const typeIndex = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));
  const predicateIndex = new Map<string, number>(PREDICATES.map((p, i) => [p.id, i]));
  const modalityIndex = new Map<string, number>(MODALITIES.map((m, i) => [m, i]));
  const nodes: CompactGraph['nodes'] = { key: [], label: [], type: [], aliases: [], country: [], firstSeen: [], lastSeen: [] };
  const nodeIndex = new Map<string, number>();
  for (const { key, attributes } of json.nodes) {
    nodeIndex.set(key, nodes.key.length);
    nodes.key.push(key);
    nodes.label.push(attributes?.label ?? key);
    nodes.type.push(typeIndex.get(attributes?.entityType ?? '') ?? 0);
    nodes.aliases.push(attributes?.aliases ?? []);
    nodes.country.push(attributes?.country ?? null);
    nodes.firstSeen.push(attributes?.firstSeen ?? null);
    nodes.lastSeen.push(attributes?.lastSeen ?? null);
  }
  const edges: CompactGraph['edges'] = { key: [], source: [], target: [], predicate: [], modality: [], confidence: [], evidence: [], firstSeen: [], lastSeen: [] };
  for (const { key, source, target, attributes } of json.edges) {
    const from = nodeIndex.get(source);
    const to = nodeIndex.get(target);
    if (from === undefined || to === undefined || !attributes) continue;
    edges.key.push(key === undefined || key === relationKey(source, attributes.predicate, target) ? null : key);
    edges.source.push(from);
    edges.target.push(to);
    edges.predicate.push(predicateIndex.get(attributes.predicate) ?? 0);
    edges.modality.push(modalityIndex.get(attributes.modality) ?? 0);
    edges.confidence.push(Math.round(attributes.confidence * 100) / 100);
    edges.evidence.push(attributes.evidence.length);
    edges.firstSeen.push(attributes.firstSeen ?? null);
    edges.lastSeen.push(attributes.lastSeen ?? null);
  }
  return {
    entityTypes: ENTITY_TYPES,
    predicates: PREDICATES.map((p) => ({ id: p.id, label: p.label })),
    modalities: MODALITIES,
    documents: json.attributes?.documents ?? {},
    nodes,
    edges,
  };
}
