// What browser tests and the browser benchmark read from a running page: positions as drawn, the
// labels as placed. Read-only views of the page's state, published on window.__newsgraph.
import type { DisplayGraph } from './display-graph.js';
import type { ExplorerSigma } from './renderer.js';

import type { PlacedLabel } from './labels.js';

export type PlacedLabelBox = Pick<PlacedLabel, 'text' | 'x' | 'y' | 'width' | 'height' | 'kind'>;

export interface ExplorerProbe {
  /** Graph coordinates of every node. */
  positions(): Record<string, [number, number]>;
  /** Where each shown node is on screen (CSS pixels in the graph container). */
  shownOnScreen(): { node: string; x: number; y: number }[];
  /** The labels drawn in the last frame. */
  labels(): PlacedLabelBox[];
  /** Size of the graph container in CSS pixels. */
  viewport(): { width: number; height: number };
  camera(): { x: number; y: number; ratio: number };
  /** Hovers or selects a node (null: none) as the mouse would, redraw included; returns the milliseconds it took. */
  hover(node: string | null): number;
  select(node: string | null): number;
}

export interface ProbeActions {
  hover(node: string | null): void;
  select(node: string | null): void;
}

function timed(action: () => void): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

declare global {
  interface Window { __newsgraph?: ExplorerProbe }
}

export function publishProbe(renderer: ExplorerSigma, graph: () => DisplayGraph, labels: () => PlacedLabelBox[], actions: ProbeActions): void {
  window.__newsgraph = {
    hover: (node) => timed(() => actions.hover(node)),
    select: (node) => timed(() => actions.select(node)),
    positions() {
      const out: Record<string, [number, number]> = {};
      graph().forEachNode((node, { x, y }) => { out[node] = [x, y]; });
      return out;
    },
    shownOnScreen() {
      return graph().filterNodes((node) => renderer.getNodeDisplayData(node)?.hidden === false).map((node) => {
        const data = renderer.getNodeDisplayData(node);
        const at = data ? renderer.framedGraphToViewport(data) : { x: Number.NaN, y: Number.NaN };
        return { node, x: at.x, y: at.y };
      });
    },
    labels,
    camera() {
      const { x, y, ratio } = renderer.getCamera().getState();
      return { x, y, ratio };
    },
    viewport() {
      const { width, height } = renderer.getDimensions();
      return { width, height };
    },
  };
}
