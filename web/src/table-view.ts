// The graph as two tables (entities, relations) of what the filters show: an accessible view for
// keyboards and screen readers, paged so that a 10,000-entity graph renders in an instant.
import { entityTypeColor, readableTextOn } from './colors.js';
import type { DisplayGraph } from './display-graph.js';
import { el, pagedList, replaceChildren } from './dom.js';

export const TABLE_PAGE = 200;

export interface TableSource {
  graph: DisplayGraph;
  nodeShown(node: string): boolean;
  edgeShown(edge: string): boolean;
  open(node: string): void;
}

function pagedTable<T>(caption: string, headers: readonly string[], rows: readonly T[], row: (item: T) => HTMLElement): HTMLElement {
  const table = el('table', {},
    el('caption', {}, `${caption} (${rows.length})`),
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { attrs: { scope: 'col' } }, h)))));
  const body = el('tbody');
  const paged = pagedList(body, rows, TABLE_PAGE, row, caption.toLowerCase());
  table.append(body);
  return el('div', {}, table, ...[...paged.children].filter((child) => child !== body));
}

export function renderTableView(container: HTMLElement, source: TableSource): void {
  const { graph } = source;
  const entities = graph.filterNodes(source.nodeShown)
    .sort((a, b) => graph.getNodeAttribute(b, 'degree') - graph.getNodeAttribute(a, 'degree') || graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
  const relations = graph.filterEdges(source.edgeShown)
    .sort((a, b) => graph.getEdgeAttribute(b, 'evidenceCount') - graph.getEdgeAttribute(a, 'evidenceCount'));
  const nameButton = (node: string): HTMLElement => {
    const button = el('button', { className: 'link', attrs: { type: 'button' }, data: { node } }, graph.getNodeAttribute(node, 'label'));
    button.addEventListener('click', () => source.open(node));
    return button;
  };
  replaceChildren(container,
    pagedTable('Entities', ['Name', 'Type', 'Relations'], entities, (node) => {
      const { entityType, degree } = graph.getNodeAttributes(node);
      const badge = el('span', { className: 'badge' }, entityType);
      badge.style.background = entityTypeColor(entityType);
      badge.style.color = readableTextOn(entityTypeColor(entityType));
      return el('tr', {}, el('th', { attrs: { scope: 'row' } }, nameButton(node)), el('td', {}, badge), el('td', {}, String(degree)));
    }),
    pagedTable('Relations', ['Source', 'Relation', 'Target', 'Modality', 'Evidence'], relations, (edge) => {
      const { label, modality, evidenceCount } = graph.getEdgeAttributes(edge);
      return el('tr', {}, el('td', {}, nameButton(graph.source(edge))), el('td', {}, label), el('td', {}, nameButton(graph.target(edge))),
        el('td', {}, modality), el('td', {}, String(evidenceCount)));
    }));
}
