// Ids that can never collide with Object.prototype. graphology keeps each node's neighbours in plain
// objects keyed by node id, and many libraries do the same, so a node called "constructor" or
// "__proto__" finds an inherited property where its edges should be: relations vanish and lookups
// throw. Every id that enters a graph (extracted entity keys, imported node and document ids) goes
// through safeKey, which renames exactly those names, the same way every time.

// Every own property of Object.prototype (constructor, __proto__, toString, hasOwnProperty, valueOf...).
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Marks a renamed id; chosen because it never occurs in extracted keys (lower-case slugs). */
export const SAFE_KEY_SUFFIX = '~';

export function isPrototypeName(key: string): boolean {
  return PROTOTYPE_NAMES.has(key);
}

/**
 * The id itself, or `id~` when the id is the name of an Object.prototype property. Idempotent, so a
 * file exported with renamed ids reads back with the same ids.
 */
export function safeKey(key: string): string {
  return isPrototypeName(key) ? `${key}${SAFE_KEY_SUFFIX}` : key;
}
