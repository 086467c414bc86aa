// Entity search by name or alias, ranked by how well the name matches and then by prominence.
import type { EntityType } from '../ontology.js';
import { nameKey, type KnowledgeGraph } from '../graph/model.js';
import { matchKey, type MatchKind } from './names.js';
import { nameIndexOf, type IndexedName } from './name-index.js';

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

/** The node's best-matching name (the first one on a tie), scored as matchName scores it. */
function scoreNames(id: string, names: readonly IndexedName[], query: string): Scored | undefined {
  let best: Scored | undefined;
  for (const { name, key, words } of names) {
    const m = matchKey(query, key, words);
    if (m && (!best || m.score < best.score)) best = { id, score: m.score, match: m.kind, matched: name };
  }
  return best;
}

/** Best first: score, then mentions, then label, then id. */
function rank(graph: KnowledgeGraph, hits: Scored[]): Scored[] {
  const keyed = hits.map((hit) => ({ hit, mentions: graph.getNodeAttribute(hit.id, 'mentions'), label: graph.getNodeAttribute(hit.id, 'label') }));
  keyed.sort((x, y) => x.hit.score - y.hit.score || y.mentions - x.mentions || x.label.localeCompare(y.label) || x.hit.id.localeCompare(y.hit.id));
  return keyed.map((k) => k.hit);
}

/**
 * Every entity that matches, best first (score, then mentions, then label). Only the candidates the
 * graph's name index finds are scored; an empty query lists every entity (of the type).
 */
export function rankEntities(graph: KnowledgeGraph, q: string | undefined, type?: EntityType): Scored[] {
  const query = nameKey(q ?? '');
  const hits: Scored[] = [];
  if (query === '') {
    graph.forEachNode((id, attrs) => { if (!type || attrs.entityType === type) hits.push({ id, score: 0, match: null, matched: null }); });
    return rank(graph, hits);
  }
  const index = nameIndexOf(graph);
  for (const id of index.candidates(query)) {
    if (!graph.hasNode(id) || (type && graph.getNodeAttribute(id, 'entityType') !== type)) continue;
    const hit = scoreNames(id, index.namesOf(id) ?? [], query);
    if (hit) hits.push(hit);
  }
  return rank(graph, hits);
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
