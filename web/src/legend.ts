// The legend: what node and edge colours mean in the current colouring mode.
import { ENTITY_TYPES, type QuadClass } from '../../src/domain/ontology.js';
import { communityColor, ENTITY_TYPE_COLORS, QUAD_CLASS_COLORS, QUAD_CLASS_NAMES, STANDING_RELATION_COLOR } from './colors.js';
import type { DisplayGraph } from './display-graph.js';
import { el, replaceChildren } from './dom.js';
import type { ColorMode } from './filters.js';

function swatch(color: string, shape: 'dot' | 'line'): HTMLElement {
  const element = el('span', { className: `swatch swatch-${shape}` });
  element.style.background = color;
  return element;
}

const item = (color: string, shape: 'dot' | 'line', text: string): HTMLElement => el('li', {}, swatch(color, shape), text);

/** Largest communities first, with one named member each so a colour can be told apart. */
function communityItems(graph: DisplayGraph, limit: number): HTMLElement[] {
  const members = new Map<number, { count: number; top: string; topDegree: number }>();
  graph.forEachNode((_node, { community, label, degree }) => {
    const entry = members.get(community) ?? { count: 0, top: label, topDegree: -1 };
    entry.count += 1;
    if (degree > entry.topDegree) { entry.top = label; entry.topDegree = degree; }
    members.set(community, entry);
  });
  return [...members.entries()]
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, limit)
    .map(([community, { count, top }]) => item(communityColor(community), 'dot', `${top} +${count - 1}`));
}

export function renderLegend(container: HTMLElement, graph: DisplayGraph, color: ColorMode): void {
  const nodeItems = color === 'type'
    ? ENTITY_TYPES.map((type) => item(ENTITY_TYPE_COLORS[type], 'dot', type))
    : communityItems(graph, 8);
  const quadClasses: QuadClass[] = [1, 2, 3, 4];
  replaceChildren(
    container,
    el('h3', {}, color === 'type' ? 'Entity types' : 'Communities (Louvain)'),
    el('ul', { className: 'legend-list', attrs: { 'data-legend': 'nodes' } }, ...nodeItems),
    el('h3', {}, 'Relations (CAMEO quad class)'),
    el('ul', { className: 'legend-list' },
      ...quadClasses.map((q) => item(QUAD_CLASS_COLORS[q], 'line', QUAD_CLASS_NAMES[q])),
      item(STANDING_RELATION_COLOR, 'line', 'standing relation')),
  );
}
