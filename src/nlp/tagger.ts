// Part-of-speech tagger: greedy left-to-right averaged perceptron over joint "UPOS|XPOS" tags.
import { featureKey } from './hash.js';
import { argmax, type LinearModel } from './linear.js';
import type { WordAttributes } from './words.js';

export const MAX_TAGGER_FEATURES = 44;
/** Value for a position before the sentence start / after its end, and for "no previous tag". */
export const BEFORE = 0x0bef0e;
export const AFTER = 0x0af7e4;

/** Cluster path prefix of `bits` bits (of 12), distinct values for unknown words. */
export function clusterPrefix(cluster: number, bits: number): number {
  return cluster === 0 ? 0xffff : ((cluster - 1) >> (12 - bits)) + 1;
}

function at(values: Uint32Array, j: number): number {
  return j < 0 ? BEFORE : j >= values.length ? AFTER : values[j];
}

function clusterAt(w: WordAttributes, j: number, bits: number): number {
  return j < 0 ? BEFORE : j >= w.length ? AFTER : clusterPrefix(w.cluster[j], bits);
}

/**
 * Writes the feature keys for word i (given the two previous predicted tags) into `out`; returns their
 * count. `ahead` holds a first pass's tags: the second pass then also sees the tags to the right.
 */
export function taggerFeatures(w: WordAttributes, i: number, prev: number, prev2: number, out: Uint32Array, ahead?: Uint32Array): number {
  let n = 0;
  const lower = w.lower[i];
  out[n++] = featureKey(1, 0);
  out[n++] = featureKey(2, lower);
  out[n++] = featureKey(3, w.suffix3[i]);
  out[n++] = featureKey(4, w.suffix2[i]);
  out[n++] = featureKey(5, w.prefix[i]);
  out[n++] = featureKey(6, w.shape[i]);
  out[n++] = featureKey(7, w.form[i]);
  out[n++] = featureKey(8, at(w.lower, i - 1));
  out[n++] = featureKey(9, at(w.lower, i + 1));
  out[n++] = featureKey(10, at(w.lower, i - 2));
  out[n++] = featureKey(11, at(w.lower, i + 2));
  out[n++] = featureKey(12, prev);
  out[n++] = featureKey(13, prev2, prev);
  out[n++] = featureKey(14, prev, lower);
  out[n++] = featureKey(15, at(w.suffix3, i - 1));
  out[n++] = featureKey(16, at(w.suffix3, i + 1));
  out[n++] = featureKey(17, clusterAt(w, i, 12));
  out[n++] = featureKey(18, clusterAt(w, i, 9));
  out[n++] = featureKey(19, clusterAt(w, i, 6));
  out[n++] = featureKey(20, clusterAt(w, i - 1, 9));
  out[n++] = featureKey(21, clusterAt(w, i + 1, 9));
  out[n++] = featureKey(22, clusterAt(w, i - 2, 6));
  out[n++] = featureKey(23, clusterAt(w, i + 2, 6));
  out[n++] = featureKey(24, clusterAt(w, i + 1, 12));
  out[n++] = featureKey(25, clusterAt(w, i - 1, 12));
  out[n++] = featureKey(26, at(w.shape, i - 1));
  out[n++] = featureKey(27, at(w.shape, i + 1));
  out[n++] = featureKey(28, lower, at(w.lower, i + 1));
  out[n++] = featureKey(29, at(w.lower, i - 1), lower);
  out[n++] = featureKey(30, i === 0 ? 1 : 0, w.shape[i]);
  out[n++] = featureKey(31, prev, w.suffix3[i]);
  out[n++] = featureKey(32, prev, clusterAt(w, i, 12));
  out[n++] = featureKey(33, w.flags[i]);
  out[n++] = featureKey(34, at(w.flags, i + 1), w.flags[i]);
  if (ahead) {
    const next = at(ahead, i + 1);
    out[n++] = featureKey(35, next);
    out[n++] = featureKey(36, next, at(ahead, i + 2));
    out[n++] = featureKey(37, ahead[i]);
    out[n++] = featureKey(38, prev, next);
    out[n++] = featureKey(39, lower, next);
    out[n++] = featureKey(40, w.suffix3[i], next);
  }
  return n;
}

/** Predicted tag ids for a sentence (a second pass when given the first pass's tags). */
export function tagSentence(model: LinearModel, w: WordAttributes, ahead?: Uint32Array): Uint32Array {
  const tags = new Uint32Array(w.length);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Int32Array(model.classes.length);
  let prev = BEFORE;
  let prev2 = BEFORE;
  for (let i = 0; i < w.length; i++) {
    const count = taggerFeatures(w, i, prev, prev2, keys, ahead);
    model.score(keys, count, scores);
    const tag = argmax(scores);
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}
