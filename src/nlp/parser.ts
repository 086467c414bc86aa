// Dependency parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011) scored by an averaged
// perceptron trained with a dynamic oracle (Goldberg & Nivre 2013); the root sits at the end of the
// buffer, so a single root is enforced. Labels come from a second classifier run on the finished tree,
// which sees the whole subtree of each dependent and the head's other children.
import { featureKey } from './hash.js';
import { argmax, type LinearModel } from './linear.js';
import { AFTER, BEFORE, clusterPrefix } from './tagger.js';
import type { WordAttributes } from './words.js';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = ['shift', 'left', 'right'];
export const MAX_PARSER_FEATURES = 96;
export const MAX_LABEL_FEATURES = 40;
const NONE = 0x0e0e0e;
const ROOT_VALUE = 0x7007;

/** Parser configuration. Words are 0..n-1, the root is n; heads[d] = -1 until d is attached. */
export class ParseState {
  readonly stack: Int32Array;
  depth = 0;
  /** Front of the buffer (n = only the root is left). */
  front = 0;
  readonly heads: Int32Array;
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  constructor(readonly n: number) {
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n).fill(-1);
    this.left1 = new Int32Array(n + 1).fill(-1);
    this.left2 = new Int32Array(n + 1).fill(-1);
    this.right1 = new Int32Array(n + 1).fill(-1);
    this.right2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Int32Array(n + 1);
    this.rightCount = new Int32Array(n + 1);
  }

  get done(): boolean { return this.depth === 0 && this.front >= this.n; }
  top(k: number): number { return this.depth > k ? this.stack[this.depth - 1 - k] : -1; }

  valid(move: number): boolean {
    if (move === SHIFT) return this.front < this.n;
    if (move === RIGHT) return this.depth >= 2;
    // Left onto the root only for the last word on the stack: one root per sentence.
    return this.depth >= 1 && (this.front < this.n || this.depth === 1);
  }

  apply(move: number): void {
    if (move === SHIFT) { this.stack[this.depth++] = this.front++; return; }
    const dependent = this.stack[--this.depth];
    const head = move === LEFT ? this.front : this.stack[this.depth - 1];
    this.heads[dependent] = head;
    if (dependent < head) {
      this.left2[head] = this.left1[head];
      this.left1[head] = dependent;
      this.leftCount[head]++;
    } else {
      this.right2[head] = this.right1[head];
      this.right1[head] = dependent;
      this.rightCount[head]++;
    }
  }

  /** Gold arcs lost by `move` (dynamic-oracle cost); gold[d] is d's gold head (n = root). */
  cost(move: number, gold: Int32Array): number {
    const s0 = this.top(0);
    const b = this.front;
    const n = this.n;
    if (move === SHIFT) {
      let lost = 0;
      for (let k = 0; k < this.depth; k++) {
        const item = this.stack[k];
        if (gold[item] === b) lost++;
        if (gold[b] === item && item !== s0) lost++;
      }
      return lost;
    }
    let lost = 0;
    for (let k = b; k < n; k++) if (gold[k] === s0) lost++;
    const head = gold[s0];
    if (move === LEFT) {
      if (head !== b && (head === this.top(1) || head > b)) lost++;
    } else if (head >= b) {
      lost++;
    }
    return lost;
  }
}

function value(w: WordAttributes, values: Uint32Array, x: number): number {
  return x < 0 ? NONE : x >= w.length ? ROOT_VALUE : values[x];
}

/** Feature keys of a parser configuration. `tags` are tagger class ids. */
export function parserFeatures(state: ParseState, w: WordAttributes, tags: Uint32Array, out: Uint32Array): number {
  const n = state.n;
  const s0 = state.top(0);
  const s1 = state.top(1);
  const s2 = state.top(2);
  const b0 = state.front;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const W = (x: number): number => value(w, w.lower, x);
  const T = (x: number): number => (x < 0 ? NONE : x >= n ? ROOT_VALUE : tags[x]);
  const C = (x: number, bits: number): number => (x < 0 ? NONE : x >= n ? ROOT_VALUE : clusterPrefix(w.cluster[x], bits));
  const child = (array: Int32Array, x: number): number => (x < 0 ? -1 : array[x]);
  const s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1);
  const s2t = T(s2), b2t = T(b2);
  const s0l1 = child(state.left1, s0), s0r1 = child(state.right1, s0), s0l2 = child(state.left2, s0), s0r2 = child(state.right2, s0);
  const s1r1 = child(state.right1, s1), s1l1 = child(state.left1, s1), b0l1 = child(state.left1, b0), b0l2 = child(state.left2, b0);
  const s0l1t = T(s0l1), s0r1t = T(s0r1), s1r1t = T(s1r1), b0l1t = T(b0l1);
  const s0c = C(s0, 9), s1c = C(s1, 9), b0c = C(b0, 9), b1c = C(b1, 9);
  const distance = s0 < 0 ? 0 : Math.min(b0 - s0, 6) + (b0 - s0 > 10 ? 4 : 0);
  const stackDistance = s1 < 0 ? 0 : Math.min(s0 - s1, 6) + (s0 - s1 > 10 ? 4 : 0);
  let k = 0;
  out[k++] = featureKey(1, 0);
  out[k++] = featureKey(2, s0w); out[k++] = featureKey(3, s0t); out[k++] = featureKey(4, s0w, s0t);
  out[k++] = featureKey(5, s1w); out[k++] = featureKey(6, s1t); out[k++] = featureKey(7, s1w, s1t);
  out[k++] = featureKey(8, b0w); out[k++] = featureKey(9, b0t); out[k++] = featureKey(10, b0w, b0t);
  out[k++] = featureKey(11, b1w); out[k++] = featureKey(12, b1t); out[k++] = featureKey(13, b1w, b1t);
  out[k++] = featureKey(14, W(b2)); out[k++] = featureKey(15, b2t); out[k++] = featureKey(16, s2t);
  out[k++] = featureKey(17, s0c); out[k++] = featureKey(18, s1c); out[k++] = featureKey(19, b0c); out[k++] = featureKey(20, b1c);
  out[k++] = featureKey(21, C(s0, 12)); out[k++] = featureKey(22, C(b0, 12));
  out[k++] = featureKey(23, s0l1t); out[k++] = featureKey(24, s0r1t); out[k++] = featureKey(25, W(s0l1)); out[k++] = featureKey(26, W(s0r1));
  out[k++] = featureKey(27, s1r1t); out[k++] = featureKey(28, W(s1r1)); out[k++] = featureKey(29, b0l1t); out[k++] = featureKey(30, W(b0l1));
  out[k++] = featureKey(31, T(b0l2)); out[k++] = featureKey(32, T(s0l2)); out[k++] = featureKey(33, T(s0r2)); out[k++] = featureKey(34, T(s1l1));
  out[k++] = featureKey(35, s0w, s0t, b0w * 31 + b0t);
  out[k++] = featureKey(36, s0w, s0t, b0w); out[k++] = featureKey(37, s0w, b0w, b0t);
  out[k++] = featureKey(38, s0w, s0t, b0t); out[k++] = featureKey(39, s0t, b0w, b0t);
  out[k++] = featureKey(40, s0w, b0w); out[k++] = featureKey(41, s0t, b0t); out[k++] = featureKey(42, b0t, b1t);
  out[k++] = featureKey(43, s1t, s0t); out[k++] = featureKey(44, s1w, s0w); out[k++] = featureKey(45, s1t, s0w); out[k++] = featureKey(46, s1w, s0t);
  out[k++] = featureKey(47, s0c, b0c); out[k++] = featureKey(48, s1c, s0c); out[k++] = featureKey(49, s0c, b0t); out[k++] = featureKey(50, s0t, b0c);
  out[k++] = featureKey(51, b0t, b1t, b2t); out[k++] = featureKey(52, s0t, b0t, b1t); out[k++] = featureKey(53, s1t, s0t, b0t);
  out[k++] = featureKey(54, s2t, s1t, s0t); out[k++] = featureKey(55, s0t, s0l1t, b0t); out[k++] = featureKey(56, s0t, s0r1t, b0t);
  out[k++] = featureKey(57, s1t, s1r1t, s0t); out[k++] = featureKey(58, s0t, b0t, b0l1t); out[k++] = featureKey(59, s0t, b0l1t, T(b0l2));
  out[k++] = featureKey(60, s1t, s0t, s0l1t); out[k++] = featureKey(61, s1t, s0t, s0r1t); out[k++] = featureKey(62, s0t, s0l1t, T(s0l2));
  out[k++] = featureKey(63, distance, s0w); out[k++] = featureKey(64, distance, b0w); out[k++] = featureKey(65, distance, s0t, b0t);
  out[k++] = featureKey(66, stackDistance, s1t, s0t); out[k++] = featureKey(67, distance, s0w, b0w);
  const s0left = s0 < 0 ? 0 : state.leftCount[s0], s0right = s0 < 0 ? 0 : state.rightCount[s0], b0left = state.leftCount[b0];
  out[k++] = featureKey(68, s0w, s0left); out[k++] = featureKey(69, s0t, s0right); out[k++] = featureKey(70, s0w, s0right);
  out[k++] = featureKey(71, b0w, b0left); out[k++] = featureKey(72, b0t, b0left); out[k++] = featureKey(73, s0t, s0left);
  out[k++] = featureKey(74, s1c, s0c, b0c); out[k++] = featureKey(75, s0t, b0t, b1c);
  out[k++] = featureKey(76, state.depth > 3 ? 3 : state.depth, b0t);
  out[k++] = featureKey(77, W(s2), s2t); out[k++] = featureKey(78, W(s1l1), s1t); out[k++] = featureKey(79, b0w, b1w);
  out[k++] = featureKey(80, W(b0l1), b0t, s0t); out[k++] = featureKey(81, s0r1t, T(s0r2), s0t);
  out[k++] = featureKey(82, C(s0, 6), C(b0, 6), distance); out[k++] = featureKey(83, s1t, s0t, b0t * 7 + stackDistance);
  return k;
}

/** Unlabelled heads (-1 = root) for a tagged sentence. */
export function parseHeads(model: LinearModel, w: WordAttributes, tags: Uint32Array): Int32Array {
  const n = w.length;
  const state = new ParseState(n);
  const keys = new Uint32Array(MAX_PARSER_FEATURES);
  const scores = new Int32Array(3);
  while (!state.done) {
    const count = parserFeatures(state, w, tags, keys);
    model.score(keys, count, scores);
    state.apply(argmax(scores, (move) => state.valid(move)));
  }
  const heads = new Int32Array(n);
  for (let d = 0; d < n; d++) heads[d] = state.heads[d] >= n ? -1 : state.heads[d];
  return heads;
}

/** Children of each word (and of the root, at index n), in sentence order. */
export function childrenOf(heads: Int32Array): number[][] {
  const n = heads.length;
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let d = 0; d < n; d++) children[heads[d] < 0 ? n : heads[d]].push(d);
  return children;
}

/** Feature keys for labelling the arc into dependent d, given the whole unlabelled tree. */
export function labelFeatures(
  d: number, heads: Int32Array, children: number[][], w: WordAttributes, tags: Uint32Array, out: Uint32Array,
): number {
  const n = w.length;
  const h = heads[d] < 0 ? n : heads[d];
  const W = (x: number): number => value(w, w.lower, x);
  const T = (x: number): number => (x < 0 ? NONE : x >= n ? ROOT_VALUE : tags[x]);
  const dw = W(d), dt = T(d), hw = W(h), ht = T(h);
  const direction = h === n ? 2 : h < d ? 1 : 0;
  const distance = h === n ? 0 : Math.min(Math.abs(h - d), 6);
  const grand = h === n ? -1 : heads[h] < 0 ? n : heads[h];
  const own = children[d];
  const siblings = children[h];
  const position = siblings.indexOf(d);
  const previousSibling = direction === 0 ? (position + 1 < siblings.length && siblings[position + 1] < h ? siblings[position + 1] : -1)
    : (position > 0 && siblings[position - 1] > h ? siblings[position - 1] : -1);
  const firstChild = own.length > 0 ? own[0] : -1;
  const lastChild = own.length > 0 ? own[own.length - 1] : -1;
  const headFirst = siblings.length > 0 ? siblings[0] : -1;
  let k = 0;
  out[k++] = featureKey(1, 0);
  out[k++] = featureKey(2, dw); out[k++] = featureKey(3, dt); out[k++] = featureKey(4, hw); out[k++] = featureKey(5, ht);
  out[k++] = featureKey(6, dt, ht); out[k++] = featureKey(7, dw, ht); out[k++] = featureKey(8, dt, hw); out[k++] = featureKey(9, dw, hw);
  out[k++] = featureKey(10, direction, dt, ht); out[k++] = featureKey(11, direction * 8 + distance, dt, ht);
  out[k++] = featureKey(12, value(w, w.form, d)); out[k++] = featureKey(13, clusterPrefix(w.cluster[d], 9), ht);
  out[k++] = featureKey(14, dt, h === n ? ROOT_VALUE : clusterPrefix(w.cluster[h], 9));
  out[k++] = featureKey(15, w.suffix3[d], dt); out[k++] = featureKey(16, T(grand), ht, dt);
  out[k++] = featureKey(17, dt, T(firstChild)); out[k++] = featureKey(18, dt, T(lastChild));
  out[k++] = featureKey(19, dt, Math.min(own.length, 4), direction); out[k++] = featureKey(20, T(d - 1), dt, ht);
  out[k++] = featureKey(21, T(d + 1 < n ? d + 1 : -1), dt, direction); out[k++] = featureKey(22, w.flags[d], dt, ht);
  out[k++] = featureKey(23, T(previousSibling), dt, ht); out[k++] = featureKey(24, W(firstChild), dt, ht);
  out[k++] = featureKey(25, W(headFirst), ht, dt); out[k++] = featureKey(26, W(firstChild), dw);
  out[k++] = featureKey(27, direction, dw, ht); out[k++] = featureKey(28, W(grand), dt);
  out[k++] = featureKey(29, dt, ht, T(headFirst) * 7 + direction);
  out[k++] = featureKey(30, W(previousSibling), dt, direction);
  for (const sibling of siblings) {
    // The head's function-word children (aux, case, copula …) decide passives and obliques.
    if (sibling !== d && k < MAX_LABEL_FEATURES - 1 && Math.abs(sibling - h) <= 3) out[k++] = featureKey(31, W(sibling), dt, direction);
  }
  return k;
}

/** Label ids for every word of a parsed sentence. */
export function labelTree(model: LinearModel, heads: Int32Array, w: WordAttributes, tags: Uint32Array): Uint32Array {
  const children = childrenOf(heads);
  const keys = new Uint32Array(MAX_LABEL_FEATURES);
  const scores = new Int32Array(model.classes.length);
  const labels = new Uint32Array(heads.length);
  const rootLabel = model.classes.indexOf('root');
  for (let d = 0; d < heads.length; d++) {
    const count = labelFeatures(d, heads, children, w, tags, keys);
    model.score(keys, count, scores);
    labels[d] = heads[d] < 0 && rootLabel >= 0 ? rootLabel : argmax(scores, (c) => c !== rootLabel);
  }
  return labels;
}

export { BEFORE, AFTER };
