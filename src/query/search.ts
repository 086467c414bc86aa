// Entity search by name or alias, ranked by how well the name matches and then by prominence.
import type { EntityType } from '../domain/ontology.js';
import { nameKey } from '../domain/names.js';
import type { KnowledgeGraph } from '../graph/model.js';
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
    // Typos score 4 or more: once a name matched better, the others need no edit distance.
    const m = matchKey(query, key, words, !best || best.score > 4);
    if (m && (!best || m.score < best.score)) best = { id, score: m.score, match: m.kind, matched: name };
  }
  return best;
}

// Same order as String.prototype.localeCompare (which uses a default Collator), without its per-call cost.
const collator = new Intl.Collator();

interface Ranked { hit: Scored; mentions: number; label: string }

/** Best first: score, then mentions, then label, then id. */
function compareRanked(x: Ranked, y: Ranked): number {
  return x.hit.score - y.hit.score || y.mentions - x.mentions || collator.compare(x.label, y.label) || collator.compare(x.hit.id, y.hit.id);
}

/**
 * The first `count` hits in rank order. Keeping only the best few (binary insertion into a short sorted
 * list) compares each hit about once, where sorting hundreds of hits by label cost most of a search.
 */
function bestHits(graph: KnowledgeGraph, hits: readonly Scored[], count: number = hits.length): Scored[] {
  const ranked = hits.map((hit) => ({ hit, mentions: graph.getNodeAttribute(hit.id, 'mentions'), label: graph.getNodeAttribute(hit.id, 'label') }));
  if (count * 4 >= ranked.length) return ranked.sort(compareRanked).slice(0, count).map((r) => r.hit);
  const kept: Ranked[] = [];
  for (const r of ranked) {
    if (kept.length === count && compareRanked(r, kept[count - 1]) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareRanked(kept[mid], r) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, r);
    if (kept.length > count) kept.pop();
  }
  return kept.map((r) => r.hit);
}

/** Every entity that matches the query (any order); an empty query matches every entity (of the type). */
function matchingEntities(graph: KnowledgeGraph, q: string | undefined, type?: EntityType): Scored[] {
  const query = nameKey(q ?? '');
  const hits: Scored[] = [];
  if (query === '') {
    graph.forEachNode((id, attrs) => { if (!type || attrs.entityType === type) hits.push({ id, score: 0, match: null, matched: null }); });
    return hits;
  }
  // Only the candidates the graph's name index finds are scored.
  const index = nameIndexOf(graph);
  for (const id of index.candidates(query)) {
    if (!graph.hasNode(id) || (type && graph.getNodeAttribute(id, 'entityType') !== type)) continue;
    const hit = scoreNames(id, index.namesOf(id) ?? [], query);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** Every entity that matches, best first (score, then mentions, then label). */
export function rankEntities(graph: KnowledgeGraph, q: string | undefined, type?: EntityType): Scored[] {
  return bestHits(graph, matchingEntities(graph, q, type));
}

export function searchEntities(graph: KnowledgeGraph, search: EntitySearch): { total: number; entities: EntityHit[] } {
  const hits = matchingEntities(graph, search.q, search.type);
  const page = bestHits(graph, hits, search.offset + search.limit).slice(search.offset);
  return {
    total: hits.length,
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
