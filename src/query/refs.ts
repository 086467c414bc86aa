// Entity references (ids or names) in query parameters: resolved to entity ids, or a QueryError
// ('not_found'); and validated relation parameters turned into a RelationFilter.
import type { KnowledgeGraph } from '../graph/model.js';
import type { EntityType, PredicateId } from '../domain/ontology.js';
import type { Modality } from '../domain/extraction.js';
import { resolveEntityRef } from './search.js';
import type { RelationFilter } from './relations.js';
import { QueryError } from './errors.js';

/** The entity ids a reference stands for; not_found when it names nothing. */
export function requireEntities(graph: KnowledgeGraph, ref: string, param: string): string[] {
  const ids = resolveEntityRef(graph, ref);
  if (ids.length === 0) throw new QueryError('not_found', 'entity_not_found', `${param}: no entity with id or name '${ref}'`);
  return ids;
}

/** One entity for a reference (the best match when a name is shared). */
export function requireEntity(graph: KnowledgeGraph, ref: string, param: string): string {
  return requireEntities(graph, ref, param)[0];
}

export interface RelationParams {
  source?: string;
  target?: string;
  entity?: string[];
  predicate?: PredicateId[];
  cameo?: string;
  since?: string;
  until?: string;
  type?: string[];
  modality?: Modality[];
  minDegree?: number;
}

export function relationFilter(graph: KnowledgeGraph, params: RelationParams): RelationFilter {
  const set = (ref: string | undefined, param: string) => (ref === undefined ? undefined : new Set(requireEntities(graph, ref, param)));
  return {
    sources: set(params.source, 'source'),
    targets: set(params.target, 'target'),
    entities: params.entity?.map((ref) => new Set(requireEntities(graph, ref, 'entity'))),
    predicates: params.predicate ? new Set(params.predicate) : undefined,
    cameo: params.cameo,
    since: params.since,
    until: params.until,
    types: params.type ? new Set(params.type as EntityType[]) : undefined,
    modalities: params.modality ? new Set(params.modality) : undefined,
    minDegree: params.minDegree,
  };
}
