// Entity recogniser: greedy left-to-right BIO2 tagging (PER/ORG/LOC) with an averaged perceptron.
// Features: words, shapes, clusters, the tagger's tags, gazetteer matches and a document memory (the
// type this word last received in the same document), which keeps a name's type stable in an article.
import { featureKey } from './hash.js';
import { argmax, type LinearModel } from './linear.js';
import { AFTER, BEFORE, clusterPrefix } from './tagger.js';
import type { WordAttributes } from './words.js';

export const MAX_NER_FEATURES = 56;

/** The document memory: word (lower-case hash) → last entity label id it got in this document. */
export type DocumentMemory = Map<number, number>;

export interface NerInput {
  w: WordAttributes;
  tags: Uint32Array;
  gazetteer: Uint32Array;
  memory: DocumentMemory;
  /** Capitalised runs (see `capitalisedRuns`). */
  runs: CapitalisedRuns;
}

/** For each word in a run of capitalised words (joined by - . & /), the run's first and last index; -1 outside. */
export interface CapitalisedRuns { first: Int32Array; last: Int32Array }

export function capitalisedRuns(w: WordAttributes): CapitalisedRuns {
  const first = new Int32Array(w.length).fill(-1);
  const last = new Int32Array(w.length).fill(-1);
  const capitalised = (j: number): boolean => (w.flags[j] & 1) !== 0;
  const joiner = (j: number): boolean => (w.flags[j] & 8) !== 0 && /^[-.&/]$/.test(w.forms[j]);
  let i = 0;
  while (i < w.length) {
    if (!capitalised(i)) { i++; continue; }
    let end = i;
    while (end + 1 < w.length && (capitalised(end + 1) || (joiner(end + 1) && end + 2 < w.length && capitalised(end + 2)))) end++;
    for (let j = i; j <= end; j++) { first[j] = i; last[j] = end; }
    i = end + 1;
  }
  return { first, last };
}

function at(values: Uint32Array, j: number): number {
  return j < 0 ? BEFORE : j >= values.length ? AFTER : values[j];
}

export function nerFeatures(input: NerInput, i: number, prev: number, prev2: number, out: Uint32Array): number {
  const { w, tags, gazetteer, memory } = input;
  const lower = w.lower[i];
  const shape = w.shape[i];
  const remembered = memory.get(lower) ?? 0;
  const cluster = (j: number, bits: number): number => (j < 0 ? BEFORE : j >= w.length ? AFTER : clusterPrefix(w.cluster[j], bits));
  let k = 0;
  out[k++] = featureKey(1, 0);
  out[k++] = featureKey(2, lower); out[k++] = featureKey(3, w.form[i]); out[k++] = featureKey(4, shape);
  out[k++] = featureKey(5, w.suffix3[i]); out[k++] = featureKey(6, w.prefix[i]);
  out[k++] = featureKey(7, cluster(i, 6)); out[k++] = featureKey(8, cluster(i, 9)); out[k++] = featureKey(9, cluster(i, 12));
  out[k++] = featureKey(10, at(w.lower, i - 1)); out[k++] = featureKey(11, at(w.lower, i + 1));
  out[k++] = featureKey(12, at(w.lower, i - 2)); out[k++] = featureKey(13, at(w.lower, i + 2));
  out[k++] = featureKey(14, at(w.shape, i - 1)); out[k++] = featureKey(15, at(w.shape, i + 1));
  out[k++] = featureKey(16, at(w.shape, i - 1), shape, at(w.shape, i + 1));
  out[k++] = featureKey(17, at(tags, i - 1)); out[k++] = featureKey(18, tags[i]); out[k++] = featureKey(19, at(tags, i + 1));
  out[k++] = featureKey(20, prev); out[k++] = featureKey(21, prev2, prev); out[k++] = featureKey(22, prev, shape);
  out[k++] = featureKey(23, prev, lower);
  out[k++] = featureKey(24, cluster(i - 1, 9)); out[k++] = featureKey(25, cluster(i + 1, 9));
  out[k++] = featureKey(26, gazetteer[i]); out[k++] = featureKey(27, gazetteer[i], shape);
  out[k++] = featureKey(28, at(gazetteer, i - 1)); out[k++] = featureKey(29, at(gazetteer, i + 1));
  out[k++] = featureKey(30, remembered); out[k++] = featureKey(31, remembered, shape);
  out[k++] = featureKey(32, i === 0 ? 1 : 0, shape); out[k++] = featureKey(33, w.flags[i], tags[i]);
  out[k++] = featureKey(34, lower, at(w.lower, i + 1)); out[k++] = featureKey(35, at(w.lower, i - 1), lower);
  out[k++] = featureKey(36, prev, tags[i], at(tags, i + 1)); out[k++] = featureKey(37, gazetteer[i], prev);
  out[k++] = featureKey(38, at(tags, i - 1), tags[i]);
  out[k++] = featureKey(39, remembered, prev);
  out[k++] = featureKey(40, cluster(i, 12), shape);
  out[k++] = featureKey(41, at(w.suffix3, i + 1), shape);
  const first = input.runs.first[i];
  const last = input.runs.last[i];
  if (first >= 0) {
    const position = (i === first ? 1 : 0) | (i === last ? 2 : 0);
    out[k++] = featureKey(42, w.lower[last], position);
    out[k++] = featureKey(43, w.lower[first], position);
    out[k++] = featureKey(44, Math.min(last - first + 1, 5), position);
    out[k++] = featureKey(45, at(w.lower, first - 1));
    out[k++] = featureKey(46, at(w.lower, last + 1));
    out[k++] = featureKey(47, clusterPrefix(w.cluster[last], 9), position);
    out[k++] = featureKey(48, gazetteer[first], gazetteer[last]);
  }
  return k;
}

/** BIO2 labels are ids into `classes`: "O", "B-PER", "I-PER", … An I- label must continue its type. */
export function labelAllowed(classes: readonly string[], label: number, prev: number): boolean {
  const name = classes[label];
  if (!name.startsWith('I-')) return true;
  const before = prev >= 0 && prev < classes.length ? classes[prev] : 'O';
  return before !== 'O' && before.slice(2) === name.slice(2);
}

/** Records the labels of a finished sentence in the document memory (entity words only). */
export function remember(memory: DocumentMemory, w: WordAttributes, labels: Uint32Array, classes: readonly string[]): void {
  for (let i = 0; i < labels.length; i++) {
    if (classes[labels[i]] !== 'O') memory.set(w.lower[i], labels[i] + 1);
  }
}

export function recogniseSentence(model: LinearModel, input: NerInput): Uint32Array {
  const { classes } = model;
  const labels = new Uint32Array(input.w.length);
  const keys = new Uint32Array(MAX_NER_FEATURES);
  const scores = new Int32Array(classes.length);
  let prev = BEFORE;
  let prev2 = BEFORE;
  for (let i = 0; i < input.w.length; i++) {
    const count = nerFeatures(input, i, prev, prev2, keys);
    model.score(keys, count, scores);
    const previousLabel = i === 0 ? -1 : labels[i - 1];
    const label = argmax(scores, (c) => labelAllowed(classes, c, previousLabel));
    labels[i] = label;
    prev2 = prev;
    prev = label;
  }
  remember(input.memory, input.w, labels, classes);
  return labels;
}
