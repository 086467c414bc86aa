// Averaged perceptron for training (Collins 2002), with the lazy-averaging trick: w holds the current
// weights, u the sum of (step × update); the average is w - u / step. Rows are allocated per feature
// key on its first update, so memory grows with the features that matter, not with a hash space.
import { KeyIndex } from '../../src/nlp/hash.js';
import type { LinearSections } from '../../src/nlp/linear.js';

export class Perceptron {
  private readonly index = new KeyIndex(1 << 16);
  private weights: Float32Array;
  private sums: Float64Array;
  private capacity = 1 << 14;
  private step = 1;

  constructor(readonly classCount: number) {
    this.weights = new Float32Array(this.capacity * classCount);
    this.sums = new Float64Array(this.capacity * classCount);
  }

  get featureCount(): number { return this.index.size; }

  /** Current (not averaged) scores, for prediction during training. */
  score(keys: Uint32Array, count: number, scores: Float64Array): void {
    scores.fill(0);
    const C = this.classCount;
    for (let k = 0; k < count; k++) {
      const row = this.index.get(keys[k]);
      if (row < 0) continue;
      const base = row * C;
      for (let c = 0; c < C; c++) scores[c] += this.weights[base + c];
    }
  }

  /** One training example seen: advances the averaging clock. */
  tick(): void { this.step++; }

  update(keys: Uint32Array, count: number, gold: number, guess: number): void {
    if (gold === guess) return;
    const C = this.classCount;
    for (let k = 0; k < count; k++) {
      const row = this.row(keys[k]);
      this.weights[row * C + gold] += 1;
      this.sums[row * C + gold] += this.step;
      this.weights[row * C + guess] -= 1;
      this.sums[row * C + guess] -= this.step;
    }
  }

  private row(key: number): number {
    const row = this.index.getOrAdd(key);
    if (row >= this.capacity) {
      this.capacity *= 2;
      const weights = new Float32Array(this.capacity * this.classCount);
      weights.set(this.weights);
      const sums = new Float64Array(this.capacity * this.classCount);
      sums.set(this.sums);
      this.weights = weights;
      this.sums = sums;
    }
    return row;
  }

  /**
   * Averaged weights, quantised to int16 with one scale (the largest weight ↦ 32767), keeping entries
   * whose magnitude is at least `prune` × the largest. Keys are in first-update order (deterministic).
   */
  export(keysInOrder: Uint32Array, prune: number): LinearSections & { scale: number } {
    const C = this.classCount;
    const rows = this.index.size;
    const averaged = new Float32Array(rows * C);
    let largest = 0;
    for (let i = 0; i < rows * C; i++) {
      const value = this.weights[i] - this.sums[i] / this.step;
      averaged[i] = value;
      if (Math.abs(value) > largest) largest = Math.abs(value);
    }
    const scale = largest / 32767 || 1;
    const minimum = prune * largest;
    const keys: number[] = [];
    const counts: number[] = [];
    const classes: number[] = [];
    const weights: number[] = [];
    for (let row = 0; row < rows; row++) {
      const before = classes.length;
      for (let c = 0; c < C; c++) {
        const value = averaged[row * C + c];
        if (Math.abs(value) < minimum) continue;
        const quantised = Math.round(value / scale);
        if (quantised === 0) continue;
        classes.push(c);
        weights.push(quantised);
      }
      if (classes.length === before) continue;
      keys.push(keysInOrder[row]);
      counts.push(classes.length - before);
    }
    return {
      keys: Uint32Array.from(keys), counts: Uint8Array.from(counts),
      classes: Uint8Array.from(classes), weights: Int16Array.from(weights), scale,
    };
  }

  /** Keys by row (row i = the i-th key first updated). */
  keysByRow(): Uint32Array {
    return this.index.keysByInsertion();
  }
}
