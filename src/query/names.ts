// How well a typed name matches an entity name: exact, prefix, word prefix, substring or a few typos.
// Both sides go through nameKey, so case, accents and punctuation never matter.
import { nameKey } from '../domain/names.js';

export type MatchKind = 'exact' | 'prefix' | 'word' | 'substring' | 'fuzzy';

export interface NameMatch {
  kind: MatchKind;
  /** Lower is better; orders results across kinds and edit distances. */
  score: number;
}

const KIND_SCORE: Record<Exclude<MatchKind, 'fuzzy'>, number> = { exact: 0, prefix: 1, word: 2, substring: 3 };

// Two reusable rows: search runs the distance on many candidate names per request, and fresh arrays
// per row made it a large share of the garbage collector's work.
let previousRow = new Uint16Array(64);
let currentRow = new Uint16Array(64);

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > previousRow.length) {
    previousRow = new Uint16Array(b.length + 1);
    currentRow = new Uint16Array(b.length + 1);
  }
  let previous = previousRow;
  let row = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const swap = previous;
    previous = row;
    row = swap;
  }
  return previous[b.length];
}

/** Typos tolerated for a query of this length: none for tiny queries, which would match everything. */
export function allowedEdits(queryLength: number): number {
  if (queryLength < 4) return 0;
  return queryLength < 6 ? 1 : 2;
}

/** Matches an already-normalised query against one name; undefined when it does not match at all. */
export function matchName(query: string, name: string): NameMatch | undefined {
  const key = nameKey(name);
  return matchKey(query, key, key.split(' '));
}

/**
 * matchName for a name already normalised (`key`, split into `words`), as the name index keeps it;
 * `fuzzy: false` skips the typo check (for callers that can use only a better match).
 */
export function matchKey(query: string, key: string, words: readonly string[], fuzzy = true): NameMatch | undefined {
  if (query === '' || key === '') return undefined;
  if (key === query) return { kind: 'exact', score: KIND_SCORE.exact };
  if (key.startsWith(query)) return { kind: 'prefix', score: KIND_SCORE.prefix };
  if (words.some((w) => w.startsWith(query)) || key.includes(` ${query}`)) return { kind: 'word', score: KIND_SCORE.word };
  if (key.includes(query)) return { kind: 'substring', score: KIND_SCORE.substring };
  const max = fuzzy ? allowedEdits(query.length) : 0;
  if (max === 0) return undefined;
  let distance = boundedEditDistance(query, key, max);
  for (const w of words) distance = Math.min(distance, boundedEditDistance(query, w, max));
  return distance <= max ? { kind: 'fuzzy', score: 4 + distance } : undefined;
}
