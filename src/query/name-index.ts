// Per-graph index of entity names for search, so that a query does not normalise and compare every
// name of every node. Terms (each name's nameKey and the words in it) are indexed by their 3-character
// grams and by their 2-character grams with length and position; a query only looks at terms that
// share grams with it:
// - exact, prefix, word and substring matches all contain the query, hence its rarest gram;
// - a term within k edits of the query contains one of k + 1 disjoint pieces of the query intact
//   (each edit breaks at most one piece), shifted by at most k, and is at most k characters longer or shorter.
// The candidates are then scored exactly as before (matchName), so results do not change.
// The index follows the graph through graphology's events (nodes added, dropped, renamed, aliased),
// so ingests that mutate the live graph in place keep it current; a replaced graph gets its own index.
import { nameKey } from '../domain/names.js';
import type { EntityAttributes, KnowledgeGraph } from '../graph/model.js';
import { onGraphReplaced } from '../graph/replacement.js';
import { allowedEdits, boundedEditDistance } from './names.js';

/** One name of a node, normalised once when the node is indexed. */
export interface IndexedName {
  name: string;
  key: string;
  words: string[];
}

/** The names search compares, in the order that decides which name is reported on a tie. */
export function searchableNames(id: string, attrs: Pick<EntityAttributes, 'label' | 'aliases'>): string[] {
  return [attrs.label, ...attrs.aliases, id.replace(/-/g, ' ')];
}

function indexedName(name: string): IndexedName {
  const key = nameKey(name);
  return { name, key, words: key.split(' ') };
}

/**
 * Posting key of a 2-character gram at one position in terms of one length: a term within k edits of
 * the query has each intact piece of it at most k characters away from where the query has it, and is
 * at most k characters longer or shorter, so fuzzy matching only looks up a few small postings.
 */
function pairKey(length: number, position: number, pair: string): string {
  return `${length}|${position}|${pair}`;
}

/** Posting keys of a term: its 3-character grams, and its 2-character grams by length and position. */
function gramsOf(term: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 2 <= term.length; i++) grams.add(pairKey(term.length, i, term.slice(i, i + 2)));
  for (let i = 0; i + 3 <= term.length; i++) grams.add(term.slice(i, i + 3));
  return grams;
}

function trigramsOf(text: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 3 <= text.length; i++) grams.push(text.slice(i, i + 3));
  return grams;
}

/** The query cut into `parts` consecutive pieces of near-equal length. */
export function queryPieces(query: string, parts: number): string[] {
  const pieces: string[] = [];
  for (let p = 0; p < parts; p++) pieces.push(query.slice(Math.floor((p * query.length) / parts), Math.floor(((p + 1) * query.length) / parts)));
  return pieces;
}

export class NameIndex {
  private readonly names = new Map<string, IndexedName[]>();
  private readonly owners = new Map<string, Set<string>>();
  // Arrays, not sets: an index of a 100,000-edge graph holds about a million postings, and a term is
  // only ever added once (when its first owner comes) and removed once (when its last owner goes).
  private readonly grams = new Map<string, string[]>();

  constructor(graph: KnowledgeGraph) {
    graph.forEachNode((node, attrs) => this.add(node, attrs));
  }

  /** Every indexed node. */
  nodes(): string[] {
    return [...this.names.keys()];
  }

  /** The node's names as indexed (undefined when the node is not indexed). */
  namesOf(node: string): readonly IndexedName[] | undefined {
    return this.names.get(node);
  }

  add(node: string, attrs: Pick<EntityAttributes, 'label' | 'aliases'>): void {
    const names = searchableNames(node, attrs).map(indexedName);
    this.names.set(node, names);
    for (const term of termsOf(names)) {
      let owners = this.owners.get(term);
      if (!owners) {
        owners = new Set();
        this.owners.set(term, owners);
        for (const gram of gramsOf(term)) {
          let terms = this.grams.get(gram);
          if (!terms) { terms = []; this.grams.set(gram, terms); }
          terms.push(term);
        }
      }
      owners.add(node);
    }
  }

  remove(node: string): void {
    const names = this.names.get(node);
    if (!names) return;
    this.names.delete(node);
    for (const term of termsOf(names)) {
      const owners = this.owners.get(term);
      if (!owners) continue;
      owners.delete(node);
      if (owners.size > 0) continue;
      this.owners.delete(term);
      for (const gram of gramsOf(term)) {
        const terms = this.grams.get(gram);
        if (!terms) continue;
        const at = terms.indexOf(term);
        if (at >= 0) terms.splice(at, 1);
        if (terms.length === 0) this.grams.delete(gram);
      }
    }
  }

  /** Re-indexes a node whose attributes changed, when its names did. */
  update(node: string, attrs: Pick<EntityAttributes, 'label' | 'aliases'>): void {
    const current = this.names.get(node);
    const names = searchableNames(node, attrs);
    if (current && current.length === names.length && current.every((n, i) => n.name === names[i])) return;
    this.remove(node);
    this.add(node, attrs);
  }

  clear(): void {
    this.names.clear();
    this.owners.clear();
    this.grams.clear();
  }

  /**
   * Every node that has a name the query might match (a superset of the real matches; never misses one).
   * `query` is already normalised (nameKey) and not empty.
   */
  candidates(query: string): Set<string> {
    const nodes = new Set<string>();
    const collect = (term: string) => { for (const node of this.owners.get(term) ?? []) nodes.add(node); };
    for (const term of this.termsContaining(query)) collect(term);
    const max = allowedEdits(query.length);
    if (max > 0) {
      for (const term of this.termsNear(query, max)) collect(term);
    }
    return nodes;
  }

  /** Terms that contain the query. */
  private termsContaining(query: string): string[] {
    const pool = query.length >= 3 ? this.smallestPosting(trigramsOf(query)) : this.owners.keys();
    const found: string[] = [];
    for (const term of pool) if (term.includes(query)) found.push(term);
    return found;
  }

  /** Terms within `max` edits of the query. */
  private termsNear(query: string, max: number): Set<string> {
    const near = new Set<string>();
    const lengths = { shortest: Math.max(1, query.length - max), longest: query.length + max };
    let offset = 0;
    for (const piece of queryPieces(query, max + 1)) {
      const from = Math.max(0, offset - max);
      const to = offset + max;
      for (const term of this.piecePool(piece, { from, to }, lengths)) {
        if (near.has(term)) continue;
        const at = term.indexOf(piece, from);
        if (at < 0 || at > to) continue;
        if (boundedEditDistance(query, term, max) <= max) near.add(term);
      }
      offset += piece.length;
    }
    return near;
  }

  /**
   * Terms of a length in the window that may hold the piece at a start in from..to: those with one of
   * its 2-character grams in the matching place (the gram whose postings are smallest).
   */
  private piecePool(piece: string, starts: { from: number; to: number }, lengths: { shortest: number; longest: number }): Iterable<string> {
    if (piece.length < 2) return [...this.owners.keys()].filter((t) => t.length >= lengths.shortest && t.length <= lengths.longest);
    let best: string[][] | undefined;
    let bestSize = Infinity;
    for (let j = 0; j + 2 <= piece.length; j++) {
      const pair = piece.slice(j, j + 2);
      const postings: string[][] = [];
      let size = 0;
      for (let length = lengths.shortest; length <= lengths.longest; length++) {
        for (let start = starts.from; start <= starts.to; start++) {
          const terms = this.grams.get(pairKey(length, start + j, pair));
          if (terms) { postings.push(terms); size += terms.length; }
        }
      }
      if (size < bestSize) { best = postings; bestSize = size; }
    }
    return (best ?? []).flat();
  }

  /** The shortest posting list among the grams (every term containing all of them is in it). */
  private smallestPosting(grams: Iterable<string>): Iterable<string> {
    let best: string[] | undefined;
    for (const gram of grams) {
      const terms = this.grams.get(gram);
      if (!terms) return [];
      if (!best || terms.length < best.length) best = terms;
    }
    return best ?? this.owners.keys();
  }
}

function termsOf(names: readonly IndexedName[]): Set<string> {
  const terms = new Set<string>();
  for (const n of names) {
    if (n.key === '') continue;
    terms.add(n.key);
    for (const word of n.words) if (word !== '') terms.add(word);
  }
  return terms;
}

const indexes = new WeakMap<KnowledgeGraph, { index: NameIndex; detach: () => void }>();

/** Keeps the index in step with the graph's changes, until detached. */
function follow(graph: KnowledgeGraph, index: NameIndex): () => void {
  const added = ({ key, attributes }: { key: string; attributes: EntityAttributes }) => index.add(key, attributes);
  const dropped = ({ key }: { key: string }) => index.remove(key);
  const updated = ({ key }: { key: string }) => index.update(key, graph.getNodeAttributes(key));
  const cleared = () => index.clear();
  graph.on('nodeAdded', added);
  graph.on('nodeDropped', dropped);
  graph.on('nodeAttributesUpdated', updated);
  graph.on('cleared', cleared);
  return () => {
    graph.off('nodeAdded', added);
    graph.off('nodeDropped', dropped);
    graph.off('nodeAttributesUpdated', updated);
    graph.off('cleared', cleared);
  };
}

/** The graph's name index, built on first use and kept in step with the graph from then on. */
export function nameIndexOf(graph: KnowledgeGraph): NameIndex {
  const known = indexes.get(graph);
  if (known) return known.index;
  const index = new NameIndex(graph);
  indexes.set(graph, { index, detach: follow(graph, index) });
  return index;
}

/**
 * Hands the index of a graph that is being replaced (a store rebuild after a merge, split or deletion)
 * to its replacement, updating only the nodes whose names differ: building it anew costs seconds on a
 * 100,000-edge graph, comparing names a few milliseconds. The old graph must not change afterwards.
 */
export function moveNameIndex(from: KnowledgeGraph, to: KnowledgeGraph): void {
  const known = indexes.get(from);
  if (!known || from === to || indexes.has(to)) return;
  known.detach();
  indexes.delete(from);
  const { index } = known;
  for (const node of index.nodes()) if (!to.hasNode(node)) index.remove(node);
  to.forEachNode((node, attrs) => index.update(node, attrs));
  indexes.set(to, { index, detach: follow(to, index) });
}

// A store rebuild hands the index over to the rebuilt graph.
onGraphReplaced(moveNameIndex);
