// Relation queries: which edges match a filter (endpoints, predicate, CAMEO code, publication dates),
// each returned with the evidence sentences that prove it.
import { predicateDefinition, type PredicateId } from '../domain/ontology.js';
import type { Evidence, Modality } from '../domain/extraction.js';
import type { KnowledgeGraph, RelationAttributes } from '../graph/model.js';
import type { EntityType } from '../domain/ontology.js';

export interface RelationFilter {
  /** Entity ids allowed as source / target (already resolved from names). */
  sources?: ReadonlySet<string>;
  targets?: ReadonlySet<string>;
  /** Each set must contain one endpoint: one set = touching that entity, two = between them. */
  entities?: readonly ReadonlySet<string>[];
  predicates?: ReadonlySet<PredicateId>;
  /** CAMEO code or code prefix ("02", "1"). */
  cameo?: string;
  /** ISO dates: only evidence from documents published in [since, until] counts. */
  since?: string;
  until?: string;
  /** Both endpoints must be of these entity types. */
  types?: ReadonlySet<EntityType>;
  modalities?: ReadonlySet<Modality>;
  /** Both endpoints must have at least this many relations in the whole graph. */
  minDegree?: number;
}

export interface EndpointView { id: string; label: string; entityType: EntityType }

export interface EvidenceView extends Evidence {
  title: string | null;
  published: string | null;
}

export interface RelationView {
  id: string;
  source: EndpointView;
  target: EndpointView;
  predicate: PredicateId;
  label: string;
  cameo: string | null;
  modality: Modality;
  confidence: number;
  weight: number;
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: EvidenceView[];
}

function endpoint(graph: KnowledgeGraph, id: string): EndpointView {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, entityType: a.entityType };
}

export function hasDateFilter(filter: RelationFilter): boolean {
  return filter.since !== undefined || filter.until !== undefined;
}

/** Evidence whose document falls in the date range (all of it when there is no range). */
export function evidenceInRange(graph: KnowledgeGraph, evidence: readonly Evidence[], filter: RelationFilter): Evidence[] {
  if (!hasDateFilter(filter)) return [...evidence];
  const documents = graph.getAttribute('documents');
  return evidence.filter((e) => {
    const published = documents[e.doc]?.published;
    if (!published) return false;
    return (!filter.since || published >= filter.since) && (!filter.until || published.slice(0, filter.until.length) <= filter.until);
  });
}

function endpointsMatch(filter: RelationFilter, source: string, target: string, symmetric: boolean): boolean {
  const directed = (s: string, t: string) => (!filter.sources || filter.sources.has(s)) && (!filter.targets || filter.targets.has(t));
  if (!directed(source, target) && !(symmetric && directed(target, source))) return false;
  return (filter.entities ?? []).every((set, i, all) => {
    if (all.length === 2) {
      const [a, b] = all;
      return (a.has(source) && b.has(target)) || (a.has(target) && b.has(source));
    }
    return set.has(source) || set.has(target);
  });
}

/** True when the edge passes every filter except dates. */
export function edgeMatches(filter: RelationFilter, attrs: RelationAttributes, source: string, target: string, graph?: KnowledgeGraph): boolean {
  if (filter.predicates && !filter.predicates.has(attrs.predicate)) return false;
  if (filter.modalities && !filter.modalities.has(attrs.modality)) return false;
  if (graph && !endpointsAllowed(graph, filter, source, target)) return false;
  if (filter.cameo !== undefined && !(attrs.cameo ?? '').startsWith(filter.cameo)) return false;
  return endpointsMatch(filter, source, target, predicateDefinition(attrs.predicate).symmetric);
}

function endpointsAllowed(graph: KnowledgeGraph, filter: RelationFilter, source: string, target: string): boolean {
  for (const node of [source, target]) {
    if (filter.types && !filter.types.has(graph.getNodeAttribute(node, 'entityType'))) return false;
    if (filter.minDegree !== undefined && graph.degree(node) < filter.minDegree) return false;
  }
  return true;
}

export function relationView(graph: KnowledgeGraph, edge: string, evidence?: readonly Evidence[]): RelationView {
  const a = graph.getEdgeAttributes(edge);
  const documents = graph.getAttribute('documents');
  return {
    id: edge,
    source: endpoint(graph, graph.source(edge)),
    target: endpoint(graph, graph.target(edge)),
    predicate: a.predicate,
    label: a.label,
    cameo: a.cameo,
    modality: a.modality,
    confidence: Math.round(a.confidence * 1000) / 1000,
    weight: a.weight ?? a.evidence.length,
    firstSeen: a.firstSeen ?? null,
    lastSeen: a.lastSeen ?? null,
    evidence: (evidence ?? a.evidence).map((e) => ({ ...e, title: documents[e.doc]?.title ?? null, published: documents[e.doc]?.published ?? null })),
  };
}

/** The edges worth looking at: around the named endpoints when there are some, else all of them. */
function candidateEdges(graph: KnowledgeGraph, filter: RelationFilter): string[] {
  const around = filter.sources ?? filter.targets ?? filter.entities?.[0];
  if (!around) return graph.edges();
  const edges = new Set<string>();
  for (const node of around) for (const edge of graph.edges(node)) edges.add(edge);
  return [...edges];
}

/** Edges that match the filter with the evidence that remains in the date range. */
export function matchingRelations(graph: KnowledgeGraph, filter: RelationFilter): { edge: string; evidence: Evidence[] }[] {
  const matches: { edge: string; evidence: Evidence[] }[] = [];
  for (const edge of candidateEdges(graph, filter)) {
    const attrs = graph.getEdgeAttributes(edge);
    if (!edgeMatches(filter, attrs, graph.source(edge), graph.target(edge), graph)) continue;
    const evidence = evidenceInRange(graph, attrs.evidence, filter);
    if (evidence.length > 0) matches.push({ edge, evidence });
  }
  // Best-supported first, then a stable order.
  return matches.sort((x, y) => y.evidence.length - x.evidence.length
    || graph.getEdgeAttribute(y.edge, 'confidence') - graph.getEdgeAttribute(x.edge, 'confidence') || x.edge.localeCompare(y.edge));
}

/** How much evidence an answer carries: none (weight still counts it), the first sentence, or all. */
export const EVIDENCE_AMOUNTS = ['none', 'first', 'all'] as const;
export type EvidenceAmount = (typeof EVIDENCE_AMOUNTS)[number];

/** The fields of a relation an answer may be cut down to (`id` always comes along). */
export const RELATION_FIELDS = ['source', 'target', 'predicate', 'label', 'cameo', 'modality', 'confidence', 'weight', 'firstSeen', 'lastSeen', 'evidence'] as const;
export type RelationField = (typeof RELATION_FIELDS)[number];

function evidenceAmount(evidence: readonly Evidence[], amount: EvidenceAmount): readonly Evidence[] {
  return amount === 'all' ? evidence : amount === 'first' ? evidence.slice(0, 1) : [];
}

/** The relation cut down to `fields` (and its id), for answers that need only some of it. */
export function relationFields(view: RelationView, fields: readonly RelationField[]): Partial<RelationView> & { id: string } {
  const picked: Partial<RelationView> & { id: string } = { id: view.id };
  for (const field of fields) Object.assign(picked, { [field]: view[field] });
  return picked;
}

export function findRelations(graph: KnowledgeGraph, filter: RelationFilter, page: { limit: number; offset: number }, evidence: EvidenceAmount = 'all'): { total: number; relations: RelationView[] } {
  const matches = matchingRelations(graph, filter);
  return {
    total: matches.length,
    relations: matches.slice(page.offset, page.offset + page.limit).map((m) => relationView(graph, m.edge, evidenceAmount(m.evidence, evidence))),
  };
}
