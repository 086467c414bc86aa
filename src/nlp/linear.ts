// Runtime linear model: sparse, quantised weights. Each feature key maps to a run of (class, weight)
// entries; scoring adds the runs of the active features. Scores are in quantised units (argmax only).
import { KeyIndex } from './hash.js';
import { section, type Bundle, type Section } from './binary.js';

export class LinearModel {
  private readonly index: KeyIndex;
  constructor(
    readonly classes: readonly string[],
    keys: Uint32Array,
    private readonly offsets: Uint32Array,
    private readonly entryClass: Uint8Array,
    private readonly entryWeight: Int16Array,
  ) {
    this.index = new KeyIndex(keys.length);
    for (let i = 0; i < keys.length; i++) this.index.getOrAdd(keys[i]);
  }

  get featureCount(): number { return this.offsets.length - 1; }

  /** Sets `scores[c]` to the score of class c for the `count` first keys. */
  score(keys: Uint32Array, count: number, scores: Int32Array): void {
    scores.fill(0);
    const { offsets, entryClass, entryWeight } = this;
    for (let k = 0; k < count; k++) {
      const feature = this.index.get(keys[k]);
      if (feature < 0) continue;
      const end = offsets[feature + 1];
      for (let e = offsets[feature]; e < end; e++) scores[entryClass[e]] += entryWeight[e];
    }
  }

  static fromBundle(bundle: Bundle, prefix: string, classes: readonly string[]): LinearModel {
    return new LinearModel(
      classes,
      section(bundle, `${prefix}.keys`, Uint32Array),
      section(bundle, `${prefix}.offsets`, Uint32Array),
      section(bundle, `${prefix}.classes`, Uint8Array),
      section(bundle, `${prefix}.weights`, Int16Array),
    );
  }
}

/** The sections a LinearModel is stored in, as written by the trainer. */
export interface LinearSections { keys: Uint32Array; offsets: Uint32Array; classes: Uint8Array; weights: Int16Array }

export function linearSections(prefix: string, parts: LinearSections): Array<[string, Section]> {
  return [
    [`${prefix}.keys`, parts.keys], [`${prefix}.offsets`, parts.offsets],
    [`${prefix}.classes`, parts.classes], [`${prefix}.weights`, parts.weights],
  ];
}

/** Index of the highest score among classes allowed by `valid` (all when omitted); ties → lowest index. */
export function argmax(scores: Int32Array, valid?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = 0;
  for (let c = 0; c < scores.length; c++) {
    if (valid && !valid(c)) continue;
    if (best < 0 || scores[c] > bestScore) { best = c; bestScore = scores[c]; }
  }
  return best;
}
