// ForceAtlas2 in a web worker (the page stays responsive while it runs), stopped automatically after a
// time that grows with the graph, then one noverlap pass so labels and discs do not sit on each other.
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

export function createLayout(graph: DisplayGraph, events: LayoutEvents): LayoutController {
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 500,
    adjustSizes: false,
    scalingRatio: 10,
  };
  const supervisor = new FA2Layout(graph, { settings, getEdgeWeight: null });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!supervisor.isRunning()) return;
    supervisor.stop();
    removeOverlaps(graph);
    events.onStateChange(false);
  };

  return {
    start(durationMs = autoLayoutDuration(graph.order)) {
      if (supervisor.isRunning()) return;
      supervisor.start();
      events.onStateChange(true);
      timer = setTimeout(stop, durationMs);
    },
    stop,
    isRunning: () => supervisor.isRunning(),
    kill() {
      if (timer !== undefined) clearTimeout(timer);
      supervisor.kill();
    },
  };
}

function removeOverlaps(graph: DisplayGraph): void {
  // noverlap is O(n log n) per iteration on the main thread: few iterations on big graphs.
  noverlap.assign(graph, { maxIterations: graph.order > 2000 ? 20 : 100, settings: { ratio: 1.2, margin: 1 } });
}
