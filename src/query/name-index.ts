// Per-graph index of entity names for search, so that a query does not normalise and compare every
// name of every node. Terms (each name's nameKey and the words in it) are indexed by their 2- and
// 3-character grams; a query only looks at the terms that share grams with it:
// - exact, prefix, word and substring matches all contain the query, hence its rarest gram;
// - a term within k edits of the query contains one of k + 1 disjoint pieces of the query intact
//   (each edit breaks at most one piece), and is at most k characters longer or shorter.
// The candidates are then scored exactly as before (matchName), so results do not change.
// The index follows the graph through graphology's events (nodes added, dropped, renamed, aliased),
// so ingests that mutate the live graph in place keep it current; a replaced graph gets its own index.
import { nameKey, type EntityAttributes, type KnowledgeGraph } from '../graph/model.js';
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

/** Distinct 2- and 3-character substrings of a term. */
function gramsOf(term: string): Set<string> {
  const grams = new Set<string>();
  for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= term.length; i++) grams.add(term.slice(i, i + n));
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
  private readonly grams = new Map<string, Set<string>>();

  constructor(graph: KnowledgeGraph) {
    graph.forEachNode((node, attrs) => this.add(node, attrs));
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
          if (!terms) { terms = new Set(); this.grams.set(gram, terms); }
          terms.add(term);
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
        terms?.delete(term);
        if (terms?.size === 0) this.grams.delete(gram);
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
    const pool = query.length === 1 ? this.owners.keys() : this.smallestPosting(gramsOf(query));
    const found: string[] = [];
    for (const term of pool) if (term.includes(query)) found.push(term);
    return found;
  }

  /** Terms within `max` edits of the query. */
  private termsNear(query: string, max: number): Set<string> {
    const near = new Set<string>();
    for (const piece of queryPieces(query, max + 1)) {
      const pool = piece.length < 2 ? this.owners.keys() : this.smallestPosting(gramsOf(piece));
      for (const term of pool) {
        if (near.has(term) || Math.abs(term.length - query.length) > max || !term.includes(piece)) continue;
        if (boundedEditDistance(query, term, max) <= max) near.add(term);
      }
    }
    return near;
  }

  /** The shortest posting list among the grams (every term containing all of them is in it). */
  private smallestPosting(grams: Iterable<string>): Iterable<string> {
    let best: Set<string> | undefined;
    for (const gram of grams) {
      const terms = this.grams.get(gram);
      if (!terms) return [];
      if (!best || terms.size < best.size) best = terms;
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

const indexes = new WeakMap<KnowledgeGraph, NameIndex>();

/** The graph's name index, built on first use and kept in step with the graph from then on. */
export function nameIndexOf(graph: KnowledgeGraph): NameIndex {
  let index = indexes.get(graph);
  if (index) return index;
  const built = new NameIndex(graph);
  index = built;
  indexes.set(graph, built);
  graph.on('nodeAdded', ({ key, attributes }) => built.add(key, attributes));
  graph.on('nodeDropped', ({ key }) => built.remove(key));
  graph.on('nodeAttributesUpdated', ({ key }) => built.update(key, graph.getNodeAttributes(key)));
  graph.on('cleared', () => built.clear());
  return built;
}
