// Entity search by name or alias, ranked by how well the name matches and then by prominence.
import type { EntityType } from '../ontology.js';
import { nameKey, type KnowledgeGraph } from '../graph/model.js';
import { matchName, type MatchKind } from './names.js';

export interface EntitySummary {
  id: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  country: string | null;
  mentions: number;
  degree: number;
}

export interface EntityHit extends EntitySummary {
  match: MatchKind | null;
  /** The name (label or alias) that matched. */
  matched: string | null;
}

export interface EntitySearch {
  q?: string;
  type?: EntityType;
  limit: number;
  offset: number;
}

export function entitySummary(graph: KnowledgeGraph, id: string): EntitySummary {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, entityType: a.entityType, aliases: a.aliases, country: a.country ?? null, mentions: a.mentions, degree: graph.degree(id) };
}

interface Scored { id: string; score: number; match: MatchKind | null; matched: string | null }

function scoreEntity(graph: KnowledgeGraph, id: string, query: string): Scored | undefined {
  if (query === '') return { id, score: 0, match: null, matched: null };
  const a = graph.getNodeAttributes(id);
  let best: Scored | undefined;
  for (const name of [a.label, ...a.aliases, id.replace(/-/g, ' ')]) {
    const m = matchName(query, name);
    if (m && (!best || m.score < best.score)) best = { id, score: m.score, match: m.kind, matched: name };
  }
  return best;
}

/** Every entity that matches, best first (score, then mentions, then label). */
export function rankEntities(graph: KnowledgeGraph, q: string | undefined, type?: EntityType): Scored[] {
  const query = nameKey(q ?? '');
  const hits: Scored[] = [];
  graph.forEachNode((id, attrs) => {
    if (type && attrs.entityType !== type) return;
    const hit = scoreEntity(graph, id, query);
    if (hit) hits.push(hit);
  });
  const mentions = (id: string) => graph.getNodeAttribute(id, 'mentions');
  return hits.sort((x, y) => x.score - y.score || mentions(y.id) - mentions(x.id)
    || graph.getNodeAttribute(x.id, 'label').localeCompare(graph.getNodeAttribute(y.id, 'label')) || x.id.localeCompare(y.id));
}

export function searchEntities(graph: KnowledgeGraph, search: EntitySearch): { total: number; entities: EntityHit[] } {
  const ranked = rankEntities(graph, search.q, search.type);
  const page = ranked.slice(search.offset, search.offset + search.limit);
  return {
    total: ranked.length,
    entities: page.map((hit) => ({ ...entitySummary(graph, hit.id), match: hit.match, matched: hit.matched })),
  };
}

/**
 * The entities a reference (an id or a name) stands for: the node with that id; else every entity
 * with exactly that name; else the single best prefix, substring or fuzzy match. Empty when none.
 */
export function resolveEntityRef(graph: KnowledgeGraph, ref: string): string[] {
  if (graph.hasNode(ref)) return [ref];
  const ranked = rankEntities(graph, ref);
  const exact = ranked.filter((hit) => hit.match === 'exact').map((hit) => hit.id);
  if (exact.length > 0) return exact;
  return ranked.length > 0 ? [ranked[0].id] : [];
}
