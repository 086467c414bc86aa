// The explorer's persisted picture: positions for every entity, computed once and then kept, so a
// reload or a shared URL shows the same drawing. Everything here is deterministic: the same graph and
// the same stored positions always give the same answer.
//  - Nothing (or little) stored yet: a full seeded layout (ForceAtlas2, noverlap on small graphs),
//    with an iteration budget that grows as graphs get smaller.
//  - Most entities placed: the new ones go next to the placed neighbours they relate to, so an added
//    article does not reshuffle what the reader already knows; entities with no placed neighbour go
//    on a ring around the drawing.
import type { KnowledgeGraph } from './model.js';
import { defaultIterations, positionsOf, type Position } from './layout.js';

/** Below this share of placed entities, the whole graph is laid out again. */
const RELAYOUT_BELOW = 0.5;

/** Small graphs can afford more iterations: they are what a reader looks at most closely. */
export function layoutBudget(order: number): number {
  if (order <= 300) return 400;
  if (order <= 2_000) return 150;
  return defaultIterations(order);
}

/** A fixed pseudo-random angle per entity id (FNV-1a), so placements do not depend on call order. */
export function angleOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash / 0x100000000) * 2 * Math.PI;
}

interface Extent { cx: number; cy: number; radius: number; spacing: number }

function extentOf(positions: ReadonlyMap<string, Position>): Extent {
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return { cx: 0, cy: 0, radius: 10, spacing: 5 };
  const radius = Math.max(1, Math.hypot(maxX - minX, maxY - minY) / 2);
  // Typical distance between neighbouring entities if they were spread evenly over the drawing.
  const spacing = Math.max(0.5, (2 * radius) / Math.sqrt(Math.max(1, positions.size)));
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, radius, spacing };
}

/**
 * Positions for every entity of `graph`, given those already stored. Returns all positions and the
 * ones that are new (to be stored).
 */
export function completePositions(graph: KnowledgeGraph, stored: ReadonlyMap<string, Position>): { positions: Map<string, Position>; added: Map<string, Position> } {
  const positions = new Map<string, Position>();
  graph.forEachNode((node) => { const at = stored.get(node); if (at) positions.set(node, at); });
  if (positions.size === graph.order) return { positions, added: new Map() };
  if (positions.size < graph.order * RELAYOUT_BELOW) {
    const fresh = positionsOf(graph, { seed: 1, iterations: layoutBudget(graph.order) });
    return { positions: fresh, added: fresh };
  }
  const added = new Map<string, Position>();
  const { cx, cy, radius, spacing } = extentOf(positions);
  const unplaced = graph.filterNodes((node) => !positions.has(node));
  // Two passes: a chain of new entities hangs off new entities placed in the first pass.
  for (let pass = 0; pass < 2; pass++) {
    for (const node of unplaced) {
      if (positions.has(node)) continue;
      let sx = 0; let sy = 0; let n = 0;
      graph.forEachNeighbor(node, (neighbor) => {
        const at = positions.get(neighbor);
        if (at) { sx += at.x; sy += at.y; n += 1; }
      });
      if (n === 0) continue;
      const angle = angleOf(node);
      const at = { x: sx / n + Math.cos(angle) * spacing, y: sy / n + Math.sin(angle) * spacing };
      positions.set(node, at);
      added.set(node, at);
    }
  }
  for (const node of unplaced) {
    if (positions.has(node)) continue;
    const angle = angleOf(node);
    const at = { x: cx + Math.cos(angle) * (radius + spacing), y: cy + Math.sin(angle) * (radius + spacing) };
    positions.set(node, at);
    added.set(node, at);
  }
  return { positions, added };
}
