// Phrase gazetteer over token sequences: phrases are stored as hashes of their lower-cased words, so a
// sentence is matched with integer operations only (longest match first).
import { KeyIndex, mix } from './hash.js';
import type { WordAttributes } from './words.js';

/** Gazetteer categories, as bits (a phrase may be in several). */
export const GAZETTEER_TYPES = ['place', 'person', 'institution', 'international', 'armed', 'role'] as const;
export type GazetteerType = (typeof GAZETTEER_TYPES)[number];
export const MAX_PHRASE_WORDS = 6;

export function phraseHash(lowerHashes: ArrayLike<number>, start: number, length: number): number {
  let h = 0x2545f491;
  for (let i = start; i < start + length; i++) h = mix(h, lowerHashes[i]);
  h >>>= 0;
  return h === 0 ? 1 : h;
}

export class Gazetteer {
  private readonly index = new KeyIndex(1 << 15);
  private readonly bits: number[] = [];

  add(hash: number, typeBits: number): void {
    const id = this.index.getOrAdd(hash);
    this.bits[id] = (this.bits[id] ?? 0) | typeBits;
  }

  get size(): number { return this.index.size; }

  /**
   * Per word: the type bits of the longest phrase covering it, shifted left by 1, plus 1 when the word
   * begins that phrase (0 = no match).
   */
  match(w: WordAttributes): Uint32Array {
    const marks = new Uint32Array(w.length);
    let i = 0;
    while (i < w.length) {
      let found = 0;
      let bits = 0;
      for (let length = Math.min(MAX_PHRASE_WORDS, w.length - i); length >= 1; length--) {
        const id = this.index.get(phraseHash(w.lower, i, length));
        if (id >= 0) { found = length; bits = this.bits[id]; break; }
      }
      if (found === 0) { i++; continue; }
      for (let j = i; j < i + found; j++) marks[j] = (bits << 1) | (j === i ? 1 : 0);
      i += found;
    }
    return marks;
  }
}
