// Small helpers shared by Node code and the browser bundle; nothing here may import Node built-ins.

/**
 * The graphology helper packages are CommonJS whose typings declare `export default`. Under NodeNext
 * TypeScript types their default import as the module object ({ default: fn }), while Node and bundlers
 * hand over module.exports (fn itself); accept both so that types and run time agree.
 */
export function cjsDefault<T>(imported: { default: T }): T {
  return (imported as { default?: T }).default ?? (imported as unknown as T);
}

export type Random = () => number;

/** A small, fast, seedable PRNG (mulberry32): uniform floats in [0, 1). Same seed, same sequence. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
