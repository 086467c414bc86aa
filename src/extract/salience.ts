// The salience history of coreference, indexed so that every lookup is O(1): the most recent entry
// of each kind an antecedent search asks for is kept as entries come in, instead of scanning the
// whole history backwards per pronoun (which made long documents quadratic). Each lookup gives the
// entry a backward scan would have found.

/** Kinds of antecedent, each a fixed test on an entry. */
export type Kinds<S> = Readonly<Record<string, (entry: S) => boolean>>;

export class SalienceHistory<S extends { sentence: number; first?: boolean }, K extends Kinds<S>> {
  private readonly latest = new Map<keyof K, S>();
  private readonly latestByWord = new Map<string, S>();
  private readonly firstOfSentence = new Map<number, S>();
  private readonly sentences = new Set<number>();

  /** `wordsOf(entry)`: the words the entry can be found by (mostRecentWith). */
  constructor(private readonly kinds: K, private readonly wordsOf: (entry: S) => readonly string[]) {}

  push(entry: S): void {
    for (const kind of Object.keys(this.kinds) as (keyof K)[]) if (this.kinds[kind](entry)) this.latest.set(kind, entry);
    for (const word of this.wordsOf(entry)) this.latestByWord.set(word, entry);
    if (entry.first && !this.firstOfSentence.has(entry.sentence)) this.firstOfSentence.set(entry.sentence, entry);
    this.sentences.add(entry.sentence);
  }

  /** The most recent entry of a kind. */
  mostRecent(kind: keyof K): S | undefined {
    return this.latest.get(kind);
  }

  /** The most recent entry found by `word`. */
  mostRecentWith(word: string): S | undefined {
    return this.latestByWord.get(word);
  }

  /** The earliest entry of sentence `sentence` marked `first`. */
  firstIn(sentence: number): S | undefined {
    return this.firstOfSentence.get(sentence);
  }

  hasSentence(sentence: number): boolean {
    return this.sentences.has(sentence);
  }
}
