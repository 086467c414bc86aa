// Sigma setup and the reducers that decide, at draw time, what is visible and what is greyed out:
// filters hide, hovering focuses a neighbourhood, selection highlights. The graph itself is never
// changed by these, so clearing a filter or a hover costs one refresh.
import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from './colors.js';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.js';

export type ExplorerSigma = Sigma<DisplayNode, DisplayEdge>;

/** What the reducers read; mutate it through the functions below, then `refresh`. */
export interface FocusState {
  hoveredNode: string | null;
  hoveredNeighbours: Set<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Nodes and edges the filters kept, as answered by GET /api/graph (null = no filter). */
  visibleNodes: Set<string> | null;
  visibleEdges: Set<string> | null;
  /** Big graphs hide their edges while ForceAtlas2 moves the nodes: drawing them every frame would stall the page. */
  hideEdges: boolean;
  /** Entities without any relation are left out unless the reader asks for them. */
  hideIsolated: boolean;
  /** Small graphs grey out everything but the hovered neighbourhood; large ones only highlight it. */
  dimOnHover: boolean;
}

export function createFocusState(): FocusState {
  return {
    hoveredNode: null, hoveredNeighbours: new Set(), selectedNode: null, selectedEdge: null,
    visibleNodes: null, visibleEdges: null, hideEdges: false, hideIsolated: true, dimOnHover: true,
  };
}

/** Whether the filters (and the isolated-entities toggle) keep this node. */
export function isNodeShown(node: string, degree: number, focus: FocusState): boolean {
  if (focus.hideIsolated && degree === 0) return false;
  return !focus.visibleNodes || focus.visibleNodes.has(node);
}

/** Whether the filters keep this edge. */
export function isEdgeShown(edge: string, focus: FocusState): boolean {
  return !focus.visibleEdges || focus.visibleEdges.has(edge);
}

/** Above this many edges the graph counts as large: lighter drawing while moving or laying out. */
export const LARGE_GRAPH_EDGES = 5_000;

// Sigma's programs are typed for plain Attributes; ours carry more, which the programs never read.
const asEdgeProgram = (program: EdgeProgramType): EdgeProgramType<DisplayNode, DisplayEdge> =>
  program as unknown as EdgeProgramType<DisplayNode, DisplayEdge>;

/** The graph on screen; replaced as a whole when a reload brings many changes (see main.ts). */
export interface GraphHolder {
  graph: DisplayGraph;
}

export function createRenderer(holder: GraphHolder, container: HTMLElement, focus: FocusState): ExplorerSigma {
  return new Sigma<DisplayNode, DisplayEdge>(holder.graph, container, {
    defaultEdgeType: 'straight',
    edgeProgramClasses: { straight: asEdgeProgram(EdgeArrowProgram), curved: asEdgeProgram(EdgeCurvedArrowProgram) },
    // Labels are drawn by label-layer.ts, where every label goes through one collision check.
    renderLabels: false,
    renderEdgeLabels: false,
    defaultDrawNodeHover: drawHoverRing,
    enableEdgeEvents: true,
    // Room for the labels of nodes on the right edge.
    stagePadding: 50,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    nodeReducer: (node, data) => reduceNode(node, data, focus),
    edgeReducer: (edge, data) => reduceEdge(edge, data, focus, holder.graph),
  });
}

// Hover and selection change the drawing through these reducers on small graphs only (everything else
// greyed out). On large graphs they leave the WebGL data alone: sigma re-uploads every buffer on each
// full render, so the focus is drawn as an overlay by the label layer instead (label-layer.ts).

export function reduceNode(node: string, data: DisplayNode, focus: FocusState): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = { ...data, zIndex: 1 };
  if (!isNodeShown(node, data.degree, focus)) return { ...display, hidden: true };
  if (!focus.dimOnHover) return display;
  if (focus.selectedNode === node) {
    display.highlighted = true;
    display.zIndex = 3;
  }
  if (focus.hoveredNode !== null) {
    if (node === focus.hoveredNode || focus.hoveredNeighbours.has(node)) {
      display.zIndex = 2;
    } else {
      display.color = DIMMED_NODE_COLOR;
      display.label = '';
      display.zIndex = 0;
    }
  }
  return display;
}

export function reduceEdge(edge: string, data: DisplayEdge, focus: FocusState, graph: DisplayGraph): Partial<EdgeDisplayData> {
  const display: Partial<EdgeDisplayData> = { ...data, zIndex: 1 };
  if (focus.hideEdges || !isEdgeShown(edge, focus)) return { ...display, hidden: true };
  if (!focus.dimOnHover) return display;
  if (focus.selectedEdge === edge) {
    display.size = (data.size ?? 1) * 2.5;
    display.zIndex = 3;
  }
  if (focus.hoveredNode !== null) {
    const touches = graph.source(edge) === focus.hoveredNode || graph.target(edge) === focus.hoveredNode;
    if (!touches) {
      display.color = DIMMED_EDGE_COLOR;
      display.label = '';
      display.zIndex = 0;
    } else {
      display.zIndex = 2;
    }
  }
  return display;
}

/**
 * Settings that depend on the graph's size, applied after each load: large graphs skip edges while
 * the camera moves, draw edge labels only around a hovered node and do not pick edges under the mouse.
 */
export function applySizeSettings(renderer: ExplorerSigma, graph: DisplayGraph): void {
  const large = graph.size > LARGE_GRAPH_EDGES;
  renderer.setSetting('hideEdgesOnMove', large);
  // Edge picking draws every edge a second time on each frame; big graphs do without edge clicks.
  renderer.setSetting('enableEdgeEvents', !large);
}

/** Hovered and selected nodes get a white halo with a soft shadow; their label is the label layer's. */
function drawHoverRing(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number }): void {
  context.save();
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.shadowBlur = 6;
  context.shadowColor = 'rgba(0, 0, 0, 0.4)';
  context.fillStyle = '#ffffff';
  context.fill();
  context.restore();
}

/** Up to this many nodes + edges, hovering greys out the rest of the graph (every item is redrawn). */
export const DIM_ON_HOVER_MAX_ITEMS = 5_000;

/** Sets the hovered node (or none) and the neighbourhood that stays in colour. */
export function setHoveredNode(focus: FocusState, graph: DisplayGraph, node: string | null): void {
  focus.hoveredNode = node;
  focus.hoveredNeighbours = node !== null && graph.hasNode(node) ? new Set(graph.neighbors(node)) : new Set();
  focus.dimOnHover = graph.order + graph.size <= DIM_ON_HOVER_MAX_ITEMS;
}

/**
 * Redraws after the hover or the selection changed. Small graphs: the reducers run again over every
 * item (no re-indexing: positions did not change). Large graphs: only the overlay is drawn again.
 */
export function refreshFocus(renderer: ExplorerSigma, graph: DisplayGraph, focus: FocusState, redrawOverlay: () => void): void {
  if (focus.dimOnHover) renderer.refresh({ partialGraph: { nodes: graph.nodes(), edges: graph.edges() }, skipIndexation: true });
  else redrawOverlay();
}
