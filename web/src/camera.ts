// Camera moves: fit the view to the nodes that are shown, and the keyboard's pan and zoom steps.
// Sigma's camera works in "framed graph" coordinates (the whole graph's extent mapped to [0, 1]),
// which is what getNodeDisplayData returns, so a bounding box there converts directly.
import type { ExplorerSigma } from './renderer.js';

export interface Box { minX: number; minY: number; maxX: number; maxY: number }

/** The camera state that shows `box` (framed coordinates) with a margin; a single point keeps the zoom. */
export function cameraForBox(box: Box, margin = 1.2, minRatio = 0.05): { x: number; y: number; ratio: number } {
  const width = box.maxX - box.minX;
  const height = box.maxY - box.minY;
  return {
    x: (box.minX + box.maxX) / 2,
    y: (box.minY + box.maxY) / 2,
    ratio: Math.min(1.2, Math.max(minRatio, Math.max(width, height) * margin)),
  };
}

/** Animates the camera onto the shown nodes (all of them when `nodes` is omitted). */
export function fitToNodes(renderer: ExplorerSigma, nodes: Iterable<string>, duration = 300): void {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) continue;
    box.minX = Math.min(box.minX, data.x);
    box.maxX = Math.max(box.maxX, data.x);
    box.minY = Math.min(box.minY, data.y);
    box.maxY = Math.max(box.maxY, data.y);
  }
  if (!Number.isFinite(box.minX)) return;
  const camera = renderer.getCamera();
  const target = cameraForBox(box);
  if (duration <= 0) camera.setState(target);
  else void camera.animate(target, { duration });
}

/** One keyboard step: pan by a fifth of the view, or zoom by 1.5×. */
export function keyboardStep(renderer: ExplorerSigma, key: string): boolean {
  const camera = renderer.getCamera();
  const state = camera.getState();
  const step = state.ratio / 5;
  const moves: Record<string, { x?: number; y?: number; ratio?: number }> = {
    ArrowLeft: { x: state.x - step },
    ArrowRight: { x: state.x + step },
    ArrowUp: { y: state.y + step },
    ArrowDown: { y: state.y - step },
    '+': { ratio: state.ratio / 1.5 },
    '=': { ratio: state.ratio / 1.5 },
    '-': { ratio: state.ratio * 1.5 },
  };
  const move = moves[key];
  if (!move) return false;
  void camera.animate({ ...state, ...move }, { duration: 150 });
  return true;
}
