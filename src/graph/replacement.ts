// When a whole graph is replaced by a rebuilt one (the store rebuilds after a merge, split or deletion),
// whatever was derived from the old graph (search's name index) may move over instead of being rebuilt.
// The store announces replacements here; layers above subscribe, so the store needs no knowledge of them.
import type { KnowledgeGraph } from './model.js';

export type ReplacementListener = (previous: KnowledgeGraph, next: KnowledgeGraph) => void;

const listeners = new Set<ReplacementListener>();

/** Calls `listener` on every replacement from now on. */
export function onGraphReplaced(listener: ReplacementListener): void {
  listeners.add(listener);
}

/** Tells the listeners that `next` replaces `previous`; the old graph must not change afterwards. */
export function announceGraphReplaced(previous: KnowledgeGraph, next: KnowledgeGraph): void {
  for (const listener of listeners) listener(previous, next);
}
