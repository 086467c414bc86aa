// The side panel: an entity (type, aliases, country, relations grouped by predicate with their
// evidence) or a single relation with all its evidence. Built with text nodes only.
import type { Evidence } from '../../src/domain/extraction.js';
import { predicateDefinition } from '../../src/domain/ontology.js';
import type { EntityDetails, PredicateGroup, RelationView, StoredDocument } from './api.js';
import { entityTypeColor, predicateColor, readableTextOn } from './colors.js';
import type { DisplayEdge, DisplayGraph } from './display-graph.js';
import { el, pagedList, replaceChildren } from './dom.js';
import { highlightSentence } from './highlight.js';

export interface PanelActions {
  /** Opens another entity (a click on a related name). */
  selectNode(id: string): void;
  /** Opens the document an evidence sentence comes from, with the sentence marked. */
  openDocument(evidence: Evidence): void;
  close(): void;
}

interface Side { names: readonly string[]; role: string }

function namesOf(graph: DisplayGraph, id: string, fallback: string): string[] {
  if (!graph.hasNode(id)) return [fallback];
  const { label, aliases } = graph.getNodeAttributes(id);
  return [label, ...aliases];
}

/** Relations listed per predicate before a "show more" button, and quotes per relation. */
export const PANEL_PAGE = 20;
const QUOTES_SHOWN = 2;

function evidenceList(evidence: readonly Evidence[], sides: readonly Side[], documentTitle: (doc: string) => string, actions: PanelActions, page = Infinity): HTMLElement {
  return pagedList(el('ul', { className: 'evidence' }), evidence, page, (e) => el('li', {},
    el('blockquote', {}, ...highlightSentence(e.text, sides)),
    el('cite', {}, sourceLink(e, citation(e, documentTitle), actions)),
    // Why the edge exists: the extraction rule that read it off this sentence.
    ...(e.reason ? [el('span', { className: 'reason', attrs: { title: 'extraction rule' } }, e.reason)] : [])), 'quotes');
}

function sourceLink(evidence: Evidence, text: string, actions: PanelActions): HTMLElement {
  const link = el('button', { className: 'link source', attrs: { type: 'button', title: 'Open the article at this sentence' }, data: { doc: evidence.doc } }, text);
  link.addEventListener('click', () => actions.openDocument(evidence));
  return link;
}

function citation(evidence: Evidence & { title?: string | null; published?: string | null }, documentTitle: (doc: string) => string): string {
  const title = evidence.title ?? documentTitle(evidence.doc);
  return evidence.published ? `${title}, ${evidence.published}` : title;
}

function typeBadge(type: EntityDetails['entityType']): HTMLElement {
  const badge = el('span', { className: 'badge' }, type);
  badge.style.background = entityTypeColor(type);
  badge.style.color = readableTextOn(entityTypeColor(type));
  return badge;
}

function entityLink(id: string, label: string, actions: PanelActions): HTMLElement {
  const link = el('button', { className: 'link', attrs: { type: 'button' }, data: { node: id } }, label);
  link.addEventListener('click', () => actions.selectNode(id));
  return link;
}

/** A relation seen from the open entity: the other end and which way the relation points. */
export interface RelationFromEntity {
  relation: RelationView;
  other: RelationView['source'];
  direction: 'out' | 'in';
}

export interface RelationSection {
  predicate: PredicateGroup['predicate'];
  label: string;
  relations: RelationFromEntity[];
}

/**
 * One section per predicate, outgoing and incoming together. For symmetric predicates (talks,
 * agreements, fighting) the direction carries no meaning, so they all read outward.
 */
export function relationSections(entity: EntityDetails): RelationSection[] {
  const sections = new Map<string, RelationSection>();
  const add = (groups: readonly PredicateGroup[], direction: 'out' | 'in'): void => {
    for (const group of groups) {
      const section = sections.get(group.predicate) ?? { predicate: group.predicate, label: group.label, relations: [] };
      for (const relation of group.relations) {
        const other = direction === 'out' ? relation.target : relation.source;
        const shownDirection = predicateDefinition(group.predicate).symmetric ? 'out' : direction;
        section.relations.push({ relation, other, direction: shownDirection });
      }
      sections.set(group.predicate, section);
    }
  };
  add(entity.relations.outgoing, 'out');
  add(entity.relations.incoming, 'in');
  return [...sections.values()].sort((a, b) => b.relations.length - a.relations.length || a.label.localeCompare(b.label));
}

/** "agrees with → Joe Biden"; incoming one-way relations read "requests ← Taliban". */
function relationLine({ relation, other, direction }: RelationFromEntity, actions: PanelActions): HTMLElement {
  const arrow = direction === 'out' ? '→' : '←';
  const line = el('div', { className: 'relation-line' },
    el('span', { className: 'predicate' }, `${relation.label} ${arrow} `),
    entityLink(other.id, other.label, actions));
  if (relation.modality !== 'asserted') line.append(el('span', { className: 'modality' }, ` (${relation.modality})`));
  return line;
}

export function renderEntityPanel(container: HTMLElement, entity: EntityDetails, graph: DisplayGraph, actions: PanelActions, documentTitle: (doc: string) => string): void {
  const self: Side = { names: [entity.label, ...entity.aliases], role: 'subject' };
  const facts = el('dl', { className: 'facts' },
    el('dt', {}, 'Type'), el('dd', {}, typeBadge(entity.entityType)),
    entity.country ? el('dt', {}, 'Country') : null, entity.country ? el('dd', {}, entity.country) : null,
    entity.aliases.length > 0 ? el('dt', {}, 'Also') : null,
    entity.aliases.length > 0 ? el('dd', { className: 'aliases' }, entity.aliases.join(', ')) : null,
    el('dt', {}, 'Mentions'), el('dd', {}, String(entity.mentions)));
  const groups = relationSections(entity).map((section) => {
    const heading = el('h3', {}, section.label);
    heading.style.borderColor = predicateColor(section.predicate);
    return el('section', { className: 'relation-group', data: { predicate: section.predicate } },
      heading,
      pagedList(el('ul'), section.relations, PANEL_PAGE, (item) => el('li', { className: 'relation', data: { relation: item.relation.id } },
        relationLine(item, actions),
        evidenceList(item.relation.evidence, [self, { names: namesOf(graph, item.other.id, item.other.label), role: 'object' }], documentTitle, actions, QUOTES_SHOWN)), 'relations'));
  });
  replaceChildren(container,
    closeButton(actions),
    el('h2', { attrs: { 'data-entity': entity.id, tabindex: '-1' } }, entity.label),
    facts,
    groups.length > 0 ? el('div', { className: 'relations' }, ...groups) : el('p', { className: 'empty' }, 'No relations.'));
  container.hidden = false;
}

/** A relation's panel; `relation` is null while its evidence sentences are on their way. */
export function renderEdgePanel(container: HTMLElement, graph: DisplayGraph, edge: string, relation: RelationView | null, actions: PanelActions, documentTitle: (doc: string) => string): void {
  const attrs: DisplayEdge = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const sides: Side[] = [
    { names: namesOf(graph, source, source), role: 'subject' },
    { names: namesOf(graph, target, target), role: 'object' },
  ];
  replaceChildren(container,
    closeButton(actions),
    el('h2', { attrs: { 'data-edge': edge, tabindex: '-1' } },
      entityLink(source, graph.getNodeAttribute(source, 'label'), actions),
      ` ${attrs.label} → `,
      entityLink(target, graph.getNodeAttribute(target, 'label'), actions)),
    el('dl', { className: 'facts' },
      el('dt', {}, 'Modality'), el('dd', {}, attrs.modality),
      el('dt', {}, 'Confidence'), el('dd', {}, attrs.confidence.toFixed(2)),
      el('dt', {}, 'Evidence'), el('dd', {}, String(attrs.evidenceCount))),
    relation ? evidenceList(relation.evidence, sides, documentTitle, actions) : el('p', { className: 'status' }, 'Loading the evidence…'));
  container.hidden = false;
}

export function renderPanelError(container: HTMLElement, message: string, actions: PanelActions): void {
  replaceChildren(container, closeButton(actions), el('p', { className: 'error' }, message));
  container.hidden = false;
}

function closeButton(actions: PanelActions): HTMLElement {
  const button = el('button', { className: 'close', attrs: { type: 'button', 'aria-label': 'Close panel' } }, '×');
  button.addEventListener('click', () => actions.close());
  return button;
}

/** Where a document was published and where it can be read, when the store knows. */
function documentFacts(doc: StoredDocument): HTMLElement {
  return el('dl', { className: 'facts' },
    doc.published ? el('dt', {}, 'Published') : null, doc.published ? el('dd', {}, doc.published) : null,
    doc.url ? el('dt', {}, 'Source') : null,
    doc.url ? el('dd', {}, el('a', { attrs: { href: doc.url, rel: 'noopener noreferrer', target: '_blank' } }, doc.url)) : null);
}

/** A document's text with one evidence sentence marked and scrolled into view; "back" returns. */
export function renderDocumentPanel(container: HTMLElement, doc: StoredDocument, evidence: Evidence, actions: PanelActions, back: () => void): void {
  const inText = doc.text.slice(evidence.start, evidence.end) === evidence.text;
  const [start, end] = inText ? [evidence.start, evidence.end] : [doc.text.indexOf(evidence.text), doc.text.indexOf(evidence.text) + evidence.text.length];
  const mark = el('mark', { className: 'sentence' }, doc.text.slice(Math.max(0, start), end));
  const text = start >= 0
    ? el('div', { className: 'document-text' }, doc.text.slice(0, start), mark, doc.text.slice(end))
    : el('div', { className: 'document-text' }, doc.text);
  const backButton = el('button', { className: 'link', attrs: { type: 'button' } }, '← back');
  backButton.addEventListener('click', back);
  replaceChildren(container,
    closeButton(actions),
    backButton,
    el('h2', { attrs: { 'data-document': doc.id, tabindex: '-1' } }, doc.title ?? doc.id),
    documentFacts(doc),
    text);
  container.hidden = false;
  if (start >= 0) mark.scrollIntoView({ block: 'center' });
}
