// Indexes that keep entity resolution linear in the number of mentions: instead of comparing every
// mention with every name or cluster seen so far, only those that share the word a match needs
// (the last word for "shorter form of", any word for "known by one name") are compared. Each lookup
// gives exactly what the full scan in insertion order gave.

/** Values under string keys, each list in insertion order. */
class Buckets<T> {
  private readonly lists = new Map<string, T[]>();

  add(key: string, value: T): void {
    const list = this.lists.get(key);
    if (list) list.push(value);
    else this.lists.set(key, [value]);
  }

  get(key: string): readonly T[] {
    return this.lists.get(key) ?? [];
  }
}

const last = (words: readonly string[]): string => words[words.length - 1] ?? '';

/** Distinct word lists (full names of people), found by their last word or by any word they contain. */
export class NameWordsIndex {
  private readonly seen = new Set<string>();
  private readonly byLast = new Buckets<readonly string[]>();
  /** Words of names of two words or more. */
  private readonly wordsOfLongNames = new Set<string>();
  /** How many distinct names of one word or more. */
  nonEmpty = 0;

  add(words: readonly string[]): void {
    const key = words.join(' ');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (words.length > 0) this.nonEmpty++;
    this.byLast.add(last(words), words);
    if (words.length > 1) for (const word of words) this.wordsOfLongNames.add(word);
  }

  /** Names with this last word (candidates for "is a suffix of"). */
  endingLike(words: readonly string[]): readonly (readonly string[])[] {
    return this.byLast.get(last(words));
  }

  /** True when some name of two words or more contains `word`. */
  hasInLongName(word: string): boolean {
    return this.wordsOfLongNames.has(word);
  }
}

/** Clusters by the last word of their name and by any word of names of two words or more, in creation order. */
export class ClusterIndex<C extends { nameWords: string[] }> {
  private readonly order = new Map<C, number>();
  private readonly byLast = new Buckets<C>();
  private readonly byWord = new Buckets<C>();
  private readonly byKey = new Buckets<C>();

  /** `key`: an extra lookup key (for instance the initials of the label). */
  add(cluster: C, key?: string): void {
    this.order.set(cluster, this.order.size);
    this.byLast.add(last(cluster.nameWords), cluster);
    if (cluster.nameWords.length > 1) for (const word of new Set(cluster.nameWords)) this.byWord.add(word, cluster);
    if (key !== undefined) this.byKey.add(key, cluster);
  }

  endingWith(words: readonly string[]): readonly C[] {
    return this.byLast.get(last(words));
  }

  /** Clusters of names of two words or more that contain `word`. */
  containing(word: string): readonly C[] {
    return this.byWord.get(word);
  }

  withKey(key: string): readonly C[] {
    return this.byKey.get(key);
  }

  /** The earliest created of the candidates that `accept`s, as a scan of all clusters in order would find. */
  first(candidates: Iterable<readonly C[]>, accept: (cluster: C) => boolean): C | undefined {
    let best: C | undefined;
    let bestOrder = Infinity;
    for (const list of candidates) {
      for (const cluster of list) {
        const order = this.order.get(cluster) as number;
        // Lists are in creation order: past the best found so far, nothing earlier can follow.
        if (order >= bestOrder) break;
        if (accept(cluster)) { best = cluster; bestOrder = order; break; }
      }
    }
    return best;
  }
}
