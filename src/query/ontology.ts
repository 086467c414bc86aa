// The predicate table with how often each predicate occurs in the graph.
import { PREDICATES, type PredicateDefinition, type PredicateId } from '../domain/ontology.js';
import type { KnowledgeGraph } from '../graph/model.js';

export interface PredicateUsage extends PredicateDefinition {
  relations: number;
  evidence: number;
}

export function predicateUsage(graph: KnowledgeGraph): PredicateUsage[] {
  const counts = new Map<PredicateId, { relations: number; evidence: number }>();
  graph.forEachEdge((_edge, attrs) => {
    const c = counts.get(attrs.predicate) ?? { relations: 0, evidence: 0 };
    counts.set(attrs.predicate, { relations: c.relations + 1, evidence: c.evidence + attrs.evidence.length });
  });
  return PREDICATES.map((p) => ({ ...p, ...(counts.get(p.id) ?? { relations: 0, evidence: 0 }) }));
}
