// Runtime linear model: sparse, quantised weights. Each feature key maps to a run of (class, weight)
// entries; scoring adds the runs of the active features. Scores are in quantised units (argmax only).
import { section, type Bundle, type Section } from './binary.js';

export class LinearModel {
  /**
   * Open-addressing table, two uint32 per slot: the feature key (0 = empty) and (first entry << 8 | entry
   * count), so a lookup touches one cache line; entries pack (class << 16 | uint16 weight) in one int32.
   */
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly entries: Int32Array;
  readonly featureCount: number;

  constructor(
    readonly classes: readonly string[],
    keys: Uint32Array,
    counts: Uint8Array,
    entryClass: Uint8Array,
    entryWeight: Int16Array,
  ) {
    if (counts.length !== keys.length) throw new Error('model sections disagree (keys vs counts)');
    if (entryClass.length !== entryWeight.length || entryClass.length >= 1 << 24) throw new Error('model sections disagree (entries)');
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.table = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
    this.featureCount = keys.length;
    let first = 0;
    for (let i = 0; i < keys.length; i++) {
      let slot = Math.imul(keys[i], 0x9e3779b1) >>> 0 & this.mask;
      while (this.table[slot * 2] !== 0 && this.table[slot * 2] !== keys[i]) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = keys[i];
      this.table[slot * 2 + 1] = (first << 8) | counts[i];
      first += counts[i];
    }
    if (first !== entryClass.length) throw new Error('model sections disagree (entry counts)');
    this.entries = new Int32Array(entryClass.length);
    for (let e = 0; e < entryClass.length; e++) this.entries[e] = (entryClass[e] << 16) | (entryWeight[e] & 0xffff);
  }

  /** Sets `scores[c]` to the score of class c for the `count` first keys. */
  score(keys: Uint32Array, count: number, scores: Int32Array): void {
    scores.fill(0);
    const { table, mask, entries } = this;
    for (let k = 0; k < count; k++) {
      const key = keys[k];
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      let found = table[slot * 2];
      while (found !== key && found !== 0) {
        slot = (slot + 1) & mask;
        found = table[slot * 2];
      }
      if (found === 0) continue;
      const packed = table[slot * 2 + 1];
      const end = (packed >>> 8) + (packed & 0xff);
      for (let e = packed >>> 8; e < end; e++) {
        const entry = entries[e];
        scores[entry >>> 16] += (entry << 16) >> 16;
      }
    }
  }

  static fromBundle(bundle: Bundle, prefix: string, classes: readonly string[]): LinearModel {
    return new LinearModel(
      classes,
      section(bundle, `${prefix}.keys`, Uint32Array),
      section(bundle, `${prefix}.counts`, Uint8Array),
      section(bundle, `${prefix}.classes`, Uint8Array),
      section(bundle, `${prefix}.weights`, Int16Array),
    );
  }
}

/** The sections a LinearModel is stored in, as written by the trainer. */
/** Stored form: feature keys, how many (class, weight) entries each has, then the entries. */
export interface LinearSections { keys: Uint32Array; counts: Uint8Array; classes: Uint8Array; weights: Int16Array }

export function linearSections(prefix: string, parts: LinearSections): Array<[string, Section]> {
  return [
    [`${prefix}.keys`, parts.keys], [`${prefix}.counts`, parts.counts],
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
