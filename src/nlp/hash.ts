// Integer hashing for feature keys. Every token's strings are hashed once; features are then
// combined from those integers with `mix`, so the hot path builds no strings per feature.

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit integer. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Folds one value into a running hash (murmur3 finaliser steps). */
export function mix(h: number, value: number): number {
  h ^= value;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** A feature key: template id plus up to three integer values. Never 0 (0 marks an empty slot). */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  const key = mix(mix(mix(mix(0x9e3779b1, template), a), b), c) >>> 0;
  return key === 0 ? 1 : key;
}

/** Open-addressing map from non-zero uint32 keys to dense ids, in typed arrays. */
export class KeyIndex {
  private keys: Uint32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.ids = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The id of `key`, or -1. */
  get(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const found = this.keys[slot];
      if (found === key) return this.ids[slot];
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of `key`, adding it with the next free id when absent. */
  getOrAdd(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const found = this.keys[slot];
      if (found === key) return this.ids[slot];
      if (found === 0) break;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.ids[slot] = this.size++;
    if (this.size * 2 > this.keys.length) this.grow();
    return this.size - 1;
  }

  /** Keys in id order. */
  keysByInsertion(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== 0) out[this.ids[slot]] = this.keys[slot];
    return out;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.ids = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i];
      if (key === 0) continue;
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.ids[slot] = oldIds[i];
    }
  }
}
