// Chooses which labels to offer to the placer (labels.ts), in priority order, and draws them on
// sigma's label canvas after each render. Reads the drawn state only (sigma's display data after the
// reducers), so filters, hover dimming and hidden nodes are respected without extra bookkeeping.
import type { GraphHolder, FocusState, ExplorerSigma } from './renderer.js';
import { drawLabels, LabelPlacer, mergedEdgeLabel, type PlacedLabel } from './labels.js';

const FONT = 'system-ui, sans-serif';
const NODE_FONT_SIZE = 13;
const EDGE_FONT_SIZE = 11;
/** Labels forced by a hover: the hovered node's largest neighbours only. */
export const HOVER_LABEL_CAP = 30;
/** Nodes drawn smaller than this (px) get no label, unless the graph is small enough to try them all. */
const LABEL_SIZE_THRESHOLD = 6;
const SMALL_GRAPH_NODES = 300;
/** Edge labels between labelled nodes are only tried on graphs up to this many edges. */
const EDGE_LABELS_MAX_EDGES = 5_000;

export interface LabelLayer {
  /** The labels of the last frame. */
  placed(): PlacedLabel[];
  /** The graph or the node sizes changed: re-sort the candidates. */
  invalidate(): void;
  /** Draws labels (and, on large graphs, the focus overlay) again without a sigma render. */
  redraw(): void;
}

/** Edges drawn in the focus overlay of a large graph, at most (a hub's first ones). */
const OVERLAY_MAX_EDGES = 3_000;

export function createLabelLayer(renderer: ExplorerSigma, holder: GraphHolder, focus: FocusState): LabelLayer {
  let bySize: string[] | null = null;
  let sortedFor: unknown = null;
  let last: PlacedLabel[] = [];
  const widths = new Map<string, number>();
  const canvas = renderer.getCanvases().labels;
  const context = canvas.getContext('2d');

  const measure = (text: string, fontSize: number, bold: boolean): number => {
    const key = `${bold ? 'b' : ''}${fontSize}|${text}`;
    let width = widths.get(key);
    if (width === undefined && context) {
      if (widths.size > 50_000) widths.clear();
      context.font = `${bold ? '600 ' : ''}${fontSize}px ${FONT}`;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width ?? text.length * fontSize * 0.6;
  };

  const nodesBySize = (): string[] => {
    const graph = holder.graph;
    if (!bySize || sortedFor !== graph) {
      bySize = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size') || (a < b ? -1 : 1));
      sortedFor = graph;
    }
    return bySize;
  };

  const draw = (): void => {
    if (!context) return;
    const graph = holder.graph;
    const { width, height } = renderer.getDimensions();
    const limit = Math.max(30, Math.round((width * height) / 5_000));
    const placer = new LabelPlacer({ width, height }, measure, limit);
    const labelled = new Set<string>();

    const offerNode = (node: string, bold: boolean, ignoreSize: boolean): void => {
      if (labelled.has(node) || !graph.hasNode(node)) return;
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) return;
      const size = renderer.scaleSize(data.size);
      if (!ignoreSize && size < LABEL_SIZE_THRESHOLD && graph.order > SMALL_GRAPH_NODES) return;
      const at = renderer.framedGraphToViewport(data);
      const gap = size + 3;
      // Right of the disc, else left of it (right-aligned by centring on its middle), above, below.
      const leftCentre = at.x - gap - measure(data.label, NODE_FONT_SIZE, bold) / 2;
      const fallbacks = [
        { x: leftCentre, y: at.y, centred: true },
        { x: at.x, y: at.y - gap - NODE_FONT_SIZE / 2, centred: true },
        { x: at.x, y: at.y + gap + NODE_FONT_SIZE / 2, centred: true },
      ];
      if (placer.offer({ text: data.label, x: at.x + gap, y: at.y, fontSize: NODE_FONT_SIZE, bold, kind: 'node', fallbacks })) labelled.add(node);
    };

    // 1. What the reader pointed at: the selection, the hovered node, its largest neighbours.
    const focused = [focus.selectedNode, focus.hoveredNode].filter((n): n is string => n !== null);
    if (focus.selectedEdge !== null && graph.hasEdge(focus.selectedEdge)) focused.push(...graph.extremities(focus.selectedEdge));
    for (const node of focused) offerNode(node, true, true);
    if (focus.hoveredNode !== null) {
      const neighbours = [...focus.hoveredNeighbours].filter((n) => graph.hasNode(n))
        .sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'))
        .slice(0, HOVER_LABEL_CAP);
      for (const node of neighbours) offerNode(node, false, true);
    }
    // 2. Everything else, largest first, while there is room.
    if (focus.hoveredNode === null) {
      for (const node of nodesBySize()) {
        if (placer.full) break;
        const data = renderer.getNodeDisplayData(node);
        if (data && graph.order > SMALL_GRAPH_NODES && renderer.scaleSize(data.size) < LABEL_SIZE_THRESHOLD) break;
        offerNode(node, false, false);
      }
    }
    // 3. Edge labels, one per pair of entities: around the focus first, then between labelled nodes.
    const pairs = new Map<string, { source: string; target: string; labels: string[]; focused: boolean }>();
    const addEdge = (edge: string, isFocused: boolean): void => {
      const data = renderer.getEdgeDisplayData(edge);
      if (!data || data.hidden || !data.label) return;
      const [source, target] = graph.extremities(edge);
      const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
      const pair = pairs.get(key) ?? { source, target, labels: [], focused: false };
      pair.labels.push(data.label);
      pair.focused ||= isFocused;
      pairs.set(key, pair);
    };
    for (const node of focused) if (graph.hasNode(node)) graph.forEachEdge(node, (edge) => addEdge(edge, true));
    if (graph.size <= EDGE_LABELS_MAX_EDGES && focus.hoveredNode === null) {
      graph.forEachEdge((edge, _attrs, source, target) => { if (labelled.has(source) && labelled.has(target)) addEdge(edge, false); });
    }
    const ordered = [...pairs.values()].sort((a, b) => Number(b.focused) - Number(a.focused));
    for (const pair of ordered.slice(0, focused.length > 0 ? Math.max(HOVER_LABEL_CAP, limit) : limit)) {
      if (placer.full) break;
      const s = renderer.getNodeDisplayData(pair.source);
      const t = renderer.getNodeDisplayData(pair.target);
      if (!s || !t) continue;
      const a = renderer.framedGraphToViewport(s);
      const b = renderer.framedGraphToViewport(t);
      const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
      const step = EDGE_FONT_SIZE + 2 * 2;
      const fallbacks = [{ x: mx, y: my - step }, { x: mx, y: my + step }, { x: mx, y: my - 2 * step }, { x: mx, y: my + 2 * step }];
      placer.offer({ text: mergedEdgeLabel(pair.labels), x: mx, y: my, centred: true, fontSize: EDGE_FONT_SIZE, kind: 'edge', fallbacks });
    }
    last = placer.placed;
    if (!focus.dimOnHover) drawFocusOverlay(context, focused);
    drawLabels(context, last, FONT);
  };

  /**
   * Large graphs: the focused nodes' relations as lines and a ring around each focused node, drawn on
   * the label canvas, so hovering or selecting never makes sigma re-upload its WebGL buffers.
   */
  const drawFocusOverlay = (target: CanvasRenderingContext2D, focused: readonly string[]): void => {
    const graph = holder.graph;
    target.save();
    target.lineWidth = 1.5;
    let drawn = 0;
    for (const node of focused) {
      if (!graph.hasNode(node)) continue;
      graph.forEachEdge(node, (edge, _attrs, source, target_) => {
        if (drawn >= OVERLAY_MAX_EDGES) return;
        const data = renderer.getEdgeDisplayData(edge);
        const s = renderer.getNodeDisplayData(source);
        const t = renderer.getNodeDisplayData(target_);
        if (!data || data.hidden || !s || !t || s.hidden || t.hidden) return;
        const a = renderer.framedGraphToViewport(s);
        const b = renderer.framedGraphToViewport(t);
        target.strokeStyle = data.color;
        target.beginPath();
        target.moveTo(a.x, a.y);
        target.lineTo(b.x, b.y);
        target.stroke();
        drawn += 1;
      });
    }
    for (const node of focused) {
      const data = graph.hasNode(node) ? renderer.getNodeDisplayData(node) : undefined;
      if (!data || data.hidden) continue;
      const at = renderer.framedGraphToViewport(data);
      target.beginPath();
      target.arc(at.x, at.y, renderer.scaleSize(data.size) + 3, 0, Math.PI * 2);
      target.lineWidth = 3;
      target.strokeStyle = '#1a1a1a';
      target.stroke();
    }
    target.restore();
  };

  renderer.on('afterRender', draw);
  return {
    placed: () => last,
    invalidate() { bySize = null; },
    redraw() {
      if (!context) return;
      const { width, height } = renderer.getDimensions();
      context.clearRect(0, 0, width, height);
      draw();
    },
  };
}
