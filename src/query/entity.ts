// One entity with everything a reader wants on its page: names, degree and its relations in and out,
// grouped by predicate, each with evidence.
import type { PredicateId } from '../domain/ontology.js';
import type { KnowledgeGraph } from '../graph/model.js';
import { entitySummary, type EntitySummary } from './search.js';
import { relationView, type RelationView } from './relations.js';

export interface PredicateGroup {
  predicate: PredicateId;
  label: string;
  cameo: string | null;
  count: number;
  relations: RelationView[];
}

export interface EntityDetails extends EntitySummary {
  inDegree: number;
  outDegree: number;
  firstSeen: string | null;
  lastSeen: string | null;
  relations: { outgoing: PredicateGroup[]; incoming: PredicateGroup[] };
}

export function groupByPredicate(views: readonly RelationView[]): PredicateGroup[] {
  const groups = new Map<PredicateId, PredicateGroup>();
  for (const view of views) {
    const group = groups.get(view.predicate) ?? { predicate: view.predicate, label: view.label, cameo: view.cameo, count: 0, relations: [] };
    group.relations.push(view);
    group.count += 1;
    groups.set(view.predicate, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.predicate.localeCompare(b.predicate));
}

export function entityDetails(graph: KnowledgeGraph, id: string): EntityDetails {
  const attrs = graph.getNodeAttributes(id);
  const views = (edges: string[]) => edges.map((edge) => relationView(graph, edge));
  return {
    ...entitySummary(graph, id),
    inDegree: graph.inDegree(id),
    outDegree: graph.outDegree(id),
    firstSeen: attrs.firstSeen ?? null,
    lastSeen: attrs.lastSeen ?? null,
    relations: { outgoing: groupByPredicate(views(graph.outEdges(id))), incoming: groupByPredicate(views(graph.inEdges(id))) },
  };
}
