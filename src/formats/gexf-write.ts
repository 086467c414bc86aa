// GEXF writer (Gephi's format), 1.3 by default and 1.2draft on request, static or dynamic. Written by
// hand rather than with graphology-gexf because its output does not pass the official schemas, and as
// a generator of chunks so that a large graph streams to a file or an HTTP response in flat memory.
// Choices that keep every reader working (see tests/fixtures/gexf/README.md): colours as r/g/b (networkx
// cannot read hex), no xsi:schemaLocation (the 1.3 schema rejects it), viz:position always with z
// (1.2draft requires it), list values as Gephi writes them for each version.
import type { Writable } from 'node:stream';
import type { DocumentInfo, EntityAttributes, KnowledgeGraph, RelationAttributes } from '../graph/model.js';
import { ENTITY_TYPE_COLORS, nodeSizeFor, parseColor, predicateColor, type Rgb } from '../graph/palette.js';
import { positionsOf, type LayoutOptions, type Position } from '../graph/layout.js';
import { EDGE_COLUMNS, NODE_COLUMNS, extraColumns, extraValue, isoDate, type Column, type ExtraColumn, type Value } from './attributes.js';
import { formatBracketList, formatPipeList } from './lists.js';
import type { ReadableFormat } from './descriptor.js';
import { readGexf } from './gexf-read.js';
import { writeChunks } from './stream.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';
import { snapshotEdges, snapshotNodes, snapshotOf } from './snapshot.js';

export type GexfVersion = '1.3' | '1.2draft';
export const GEXF_VERSIONS: readonly GexfVersion[] = ['1.3', '1.2draft'];

export interface GexfWriteOptions {
  /** Default '1.3'. */
  version?: GexfVersion;
  /** Spells from the publication dates of the documents that evidence each node and edge (Gephi's timeline). */
  dynamic?: boolean;
  /** Node positions; default: the nodes' own x/y, or a ForceAtlas2 layout when some lack them. */
  positions?: ReadonlyMap<string, Position>;
  layout?: LayoutOptions;
  /** `<meta lastmodifieddate>` (yyyy-mm-dd); default today. */
  lastModified?: string;
}

interface VersionInfo {
  namespace: string;
  viz: string;
  version: string;
  formatList(items: readonly string[]): string;
}

const VERSIONS: Record<GexfVersion, VersionInfo> = {
  '1.3': { namespace: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3', formatList: formatBracketList },
  '1.2draft': { namespace: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', version: '1.2', formatList: formatPipeList },
};

const attr = (name: string, value: string): string => ` ${name}="${escapeXmlAttribute(value)}"`;

/** xsd:float/xsd:double lexical form; non-finite numbers (which xsd spells differently) become 0. */
function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}

function formatValue(version: VersionInfo, type: Column<unknown>['type'], value: Value): string {
  if (Array.isArray(value)) return version.formatList(value);
  if (type === 'integer') return String(Math.round(Number(value)));
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

function* attributeDeclarations(kind: 'node' | 'edge', columns: readonly { name: string; type: string }[]): Generator<string> {
  yield `    <attributes class="${kind}" mode="static">\n`;
  for (const column of columns) yield `      <attribute${attr('id', column.name)}${attr('title', column.name)}${attr('type', column.type)}/>\n`;
  yield '    </attributes>\n';
}

function attvalues<A extends { extra?: Record<string, Value> }>(
  version: VersionInfo, columns: readonly Column<A>[], extras: readonly ExtraColumn[], attrs: A, documents: Readonly<Record<string, DocumentInfo>>,
): string {
  let out = '';
  for (const column of columns) {
    const value = column.value(attrs, documents);
    if (value !== undefined) out += `          <attvalue${attr('for', column.name)}${attr('value', formatValue(version, column.type, value))}/>\n`;
  }
  for (const column of extras) {
    const value = extraValue(column, attrs.extra?.[column.name]);
    if (value !== undefined) out += `          <attvalue${attr('for', column.name)}${attr('value', formatValue(version, column.type, value))}/>\n`;
  }
  return out ? `        <attvalues>\n${out}        </attvalues>\n` : '';
}

function spells(dates: ReadonlySet<string>): string {
  if (dates.size === 0) return '';
  const items = [...dates].sort().map((d) => `          <spell start="${d}" end="${d}"/>\n`).join('');
  return `        <spells>\n${items}        </spells>\n`;
}

const color = ({ r, g, b }: Rgb): string => `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`;

/** Publication dates of the documents an edge's evidence comes from (its first/last seen dates when none is known). */
export function relationDates(attrs: RelationAttributes, documents: Readonly<Record<string, DocumentInfo>>): Set<string> {
  const dates = new Set<string>();
  for (const e of attrs.evidence) {
    const date = isoDate(documents[e.doc]?.published);
    if (date) dates.add(date);
  }
  if (dates.size === 0) {
    for (const d of [isoDate(attrs.firstSeen), isoDate(attrs.lastSeen)]) if (d) dates.add(d);
  }
  return dates;
}

/** A node is present whenever one of its relations is, and on its own first/last seen dates. */
export function entityDates(graph: KnowledgeGraph, node: string, documents: Readonly<Record<string, DocumentInfo>>): Set<string> {
  const attrs = graph.getNodeAttributes(node);
  const dates = new Set<string>();
  for (const d of [isoDate(attrs.firstSeen), isoDate(attrs.lastSeen)]) if (d) dates.add(d);
  graph.forEachEdge(node, (_edge, edgeAttrs) => {
    for (const d of relationDates(edgeAttrs, documents)) dates.add(d);
  });
  return dates;
}

const colorElementOf = new Map<string, string>();

/** The `<viz:color>` element of a palette colour, built once per colour. */
function paletteColor(hex: string): string {
  let element = colorElementOf.get(hex);
  if (element === undefined) {
    element = color(parseColor(hex) ?? { r: 153, g: 153, b: 153 });
    colorElementOf.set(hex, element);
  }
  return element;
}

function nodeColor(attrs: EntityAttributes): string {
  const own = attrs.color !== undefined ? parseColor(attrs.color) : undefined;
  return own ? color(own) : paletteColor(ENTITY_TYPE_COLORS[attrs.entityType]);
}

function nodeSize(attrs: EntityAttributes): number {
  return attrs.size !== undefined && Number.isFinite(attrs.size) && attrs.size >= 0 ? attrs.size : nodeSizeFor(attrs.mentions);
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The GEXF document, in chunks of about one element each. */
export function* gexfChunks(graph: KnowledgeGraph, options: GexfWriteOptions = {}): Generator<string> {
  const version = VERSIONS[options.version ?? '1.3'];
  const dynamic = options.dynamic === true;
  const documents = graph.getAttribute('documents') ?? {};
  const snapshot = snapshotOf(graph);
  const positions = options.positions ?? positionsOf(graph, options.layout);
  const known = (names: readonly { name: string }[]) => new Set(names.map((c) => c.name));
  const nodeNames = known(NODE_COLUMNS);
  const edgeNames = known(EDGE_COLUMNS);
  const nodeExtras = extraColumns(graph, 'node').filter((c) => !nodeNames.has(c.name));
  const edgeExtras = extraColumns(graph, 'edge').filter((c) => !edgeNames.has(c.name));
  const documentCount = Object.keys(documents).length;

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${version.namespace}" xmlns:viz="${version.viz}" version="${version.version}">\n`;
  yield `  <meta lastmodifieddate="${isoDate(options.lastModified) ?? todayIso()}">\n`;
  yield '    <creator>newsgraph</creator>\n';
  yield `    <description>${escapeXmlText(`Knowledge graph of ${snapshot.nodes.length} entities and ${snapshot.edges.length} relations from ${documentCount} news documents`)}</description>\n`;
  yield '  </meta>\n';
  yield `  <graph defaultedgetype="directed" mode="${dynamic ? 'dynamic' : 'static'}"${dynamic ? ' timeformat="date"' : ''}>\n`;
  yield* attributeDeclarations('node', [...NODE_COLUMNS, ...nodeExtras]);
  yield* attributeDeclarations('edge', [...EDGE_COLUMNS, ...edgeExtras]);

  yield `    <nodes count="${snapshot.nodes.length}">\n`;
  for (const { node, attributes } of snapshotNodes(graph, snapshot)) {
    const position = positions.get(node) ?? { x: 0, y: 0 };
    yield `      <node${attr('id', node)}${attr('label', attributes.label)}>\n`
      + attvalues(version, NODE_COLUMNS, nodeExtras, attributes, documents)
      + (dynamic ? spells(entityDates(graph, node, documents)) : '')
      + nodeColor(attributes)
      + `        <viz:size value="${formatNumber(nodeSize(attributes))}"/>\n`
      + `        <viz:position x="${formatNumber(position.x)}" y="${formatNumber(position.y)}" z="0"/>\n`
      + '      </node>\n';
  }
  yield '    </nodes>\n';

  yield `    <edges count="${snapshot.edges.length}">\n`;
  for (const { edge, attributes, source, target } of snapshotEdges(graph, snapshot)) {
    const weight = attributes.weight !== undefined && Number.isFinite(attributes.weight) ? attributes.weight : Math.max(1, attributes.evidence.length);
    // `kind` (1.3) keeps Gephi from merging parallel edges of different predicates.
    const kind = options.version === '1.2draft' ? '' : attr('kind', attributes.predicate);
    yield `      <edge${attr('id', edge)}${attr('source', source)}${attr('target', target)}${attr('label', attributes.label)}${attr('weight', formatNumber(weight))}${kind}>\n`
      + attvalues(version, EDGE_COLUMNS, edgeExtras, attributes, documents)
      + (dynamic ? spells(relationDates(attributes, documents)) : '')
      + paletteColor(predicateColor(attributes.predicate))
      + '      </edge>\n';
  }
  yield '    </edges>\n';
  yield '  </graph>\n';
  yield '</gexf>\n';
}

/** Streams the graph as GEXF into `out` (a file, an HTTP response) and ends it. */
export async function writeGexf(graph: KnowledgeGraph, out: Writable, options: GexfWriteOptions = {}): Promise<void> {
  await writeChunks(gexfChunks(graph, options), out);
}

export const GEXF_FORMAT: ReadableFormat<'gexf'> = {
  id: 'gexf',
  name: 'GEXF',
  summary: 'Gephi (GEXF 1.3; 1.2draft for older readers), laid out and coloured',
  mediaType: 'application/gexf+xml; charset=utf-8',
  extension: 'gexf',
  write: (graph, options) => gexfChunks(graph, { version: options.version, dynamic: options.dynamic, layout: options.layout }),
  read: (content) => readGexf(content),
  sniff: (head) => head.startsWith('<') && /<(?:\w+:)?gexf[\s>]/.test(head),
};
