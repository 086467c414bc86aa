// ForceAtlas2 in a web worker, stopped automatically after a time that grows with the graph, then a
// noverlap pass (graphs of up to 2,000 nodes) so discs do not sit on each other.
//
// The worker lays out a detached copy of the graph; positions are copied to the drawn graph in one
// batch per animation frame for small graphs, and at a pace set by how long the last redraw took for
// large ones. A live layout on 50,000 edges would otherwise have the renderer redraw after every
// worker message and leave the page no time to answer the user.
import type { DisplayGraph } from './display-graph.js';
import { FA2Layout, forceAtlas2, noverlap } from './vendor.js';

export interface LayoutController {
  start(durationMs?: number): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export interface LayoutEvents {
  /** Called whenever the layout starts or stops (button state). */
  onStateChange(running: boolean): void;
}

/** How long the layout runs by itself: long enough to settle, bounded for big graphs. */
export function autoLayoutDuration(order: number): number {
  return Math.min(8_000, 1_500 + order * 2);
}

/** Above this many nodes + edges, positions reach the screen only every few seconds. */
const LARGE_LAYOUT_ITEMS = 5_000;

/**
 * Time between two position updates: at most a quarter of the main thread goes to redrawing, and
 * large graphs wait at least 3 s between redraws.
 */
export function nextSyncDelay(lastSyncCostMs: number, items: number): number {
  return Math.max(items > LARGE_LAYOUT_ITEMS ? 3_000 : 16, lastSyncCostMs * 3);
}

export function createLayout(graph: DisplayGraph, events: LayoutEvents): LayoutController {
  const shadow = graph.copy();
  const settings = {
    ...forceAtlas2.inferSettings(shadow),
    barnesHutOptimize: shadow.order > 500,
    adjustSizes: false,
    scalingRatio: 10,
  };
  const supervisor = new FA2Layout(shadow, { settings, getEdgeWeight: null });
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let syncTimer: ReturnType<typeof setTimeout> | undefined;

  const copyPositions = (): void => {
    graph.updateEachNodeAttributes((node, attrs) => {
      if (!shadow.hasNode(node)) return attrs;
      const { x, y } = shadow.getNodeAttributes(node);
      return { ...attrs, x, y };
    }, { attributes: ['x', 'y'] });
  };

  const scheduleSync = (delay: number): void => {
    syncTimer = setTimeout(() => {
      const started = performance.now();
      copyPositions();
      // The redraw happens in the next frame and its GPU work shows in the one after: both count.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        if (supervisor.isRunning()) scheduleSync(nextSyncDelay(performance.now() - started, graph.order + graph.size));
      }));
    }, delay);
  };

  const clearTimers = (): void => {
    if (stopTimer !== undefined) clearTimeout(stopTimer);
    if (syncTimer !== undefined) clearTimeout(syncTimer);
    stopTimer = undefined;
    syncTimer = undefined;
  };

  const stop = (): void => {
    clearTimers();
    if (!supervisor.isRunning()) return;
    supervisor.stop();
    removeOverlaps(shadow);
    copyPositions();
    events.onStateChange(false);
  };

  return {
    start(durationMs = autoLayoutDuration(graph.order)) {
      if (supervisor.isRunning()) return;
      supervisor.start();
      events.onStateChange(true);
      scheduleSync(nextSyncDelay(0, graph.order + graph.size));
      stopTimer = setTimeout(stop, durationMs);
    },
    stop,
    isRunning: () => supervisor.isRunning(),
    kill() {
      clearTimers();
      supervisor.kill();
    },
  };
}

/** Above this many nodes noverlap is skipped: one of its iterations on 10,000 nodes takes half a minute. */
const NOVERLAP_MAX_NODES = 2_000;

function removeOverlaps(graph: DisplayGraph): void {
  if (graph.order > NOVERLAP_MAX_NODES) return;
  noverlap.assign(graph, { maxIterations: 100, settings: { ratio: 1.2, margin: 1 } });
}
