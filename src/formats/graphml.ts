// GraphML with typed keys (yEd, Cytoscape, networkx `read_graphml`, Gephi, igraph), written as a
// stream of chunks and read with the same streaming SAX reader as GEXF. GraphML has no list type:
// lists (aliases) are strings in the bracket form `["a", "b"]`, and edge evidence is JSON text.
import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/model.js';
import { ENTITY_TYPE_COLORS, nodeSizeFor, predicateColor } from '../graph/palette.js';
import { positionsOf, type LayoutOptions, type Position } from '../graph/layout.js';
import { EDGE_COLUMNS, NODE_COLUMNS, extraColumns, extraValue, type ValueType, type Value } from './attributes.js';
import { ImportFormatError } from './import-error.js';
import { formatBracketList } from './lists.js';
import { GraphAssembler, emptyEdgeRecord, emptyNodeRecord, type EdgeRecord, type NodeRecord } from './records.js';
import type { ReadableFormat } from './descriptor.js';
import { writeChunks } from './stream.js';
import { readXmlDocument, type XmlDocumentHandler, type XmlSource } from './xml-read.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';
import { snapshotEdges, snapshotNodes, snapshotOf } from './snapshot.js';

const GRAPHML_TYPES: Record<ValueType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean', liststring: 'string' };

interface Key {
  id: string;
  name: string;
  type: ValueType;
  read<A>(attrs: A): Value | undefined;
}

export interface GraphmlWriteOptions {
  /** Node positions; default: the nodes' own x/y, or a ForceAtlas2 layout when some lack them. */
  positions?: ReadonlyMap<string, Position>;
  layout?: LayoutOptions;
}

const attr = (name: string, value: string): string => ` ${name}="${escapeXmlAttribute(value)}"`;

function formatValue(type: ValueType, value: Value): string {
  if (Array.isArray(value)) return formatBracketList(value);
  if (type === 'integer') return String(Math.round(Number(value)));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return String(value);
}

function dataElements(keys: readonly { id: string; type: ValueType; value: Value | undefined }[]): string {
  return keys
    .filter((k) => k.value !== undefined)
    .map((k) => `      <data key="${k.id}">${escapeXmlText(formatValue(k.type, k.value as Value))}</data>\n`)
    .join('');
}

export function* graphmlChunks(graph: KnowledgeGraph, options: GraphmlWriteOptions = {}): Generator<string> {
  const documents = graph.getAttribute('documents') ?? {};
  const snapshot = snapshotOf(graph);
  const positions = options.positions ?? positionsOf(graph, options.layout);
  const nodeNames = new Set(NODE_COLUMNS.map((c) => c.name));
  const edgeNames = new Set(EDGE_COLUMNS.map((c) => c.name));
  const nodeExtras = extraColumns(graph, 'node').filter((c) => !nodeNames.has(c.name));
  const edgeExtras = extraColumns(graph, 'edge').filter((c) => !edgeNames.has(c.name));
  const nodeKeys: { name: string; type: ValueType }[] = [
    { name: 'label', type: 'string' }, ...NODE_COLUMNS, ...nodeExtras,
    { name: 'x', type: 'double' }, { name: 'y', type: 'double' }, { name: 'size', type: 'double' }, { name: 'color', type: 'string' },
  ];
  const edgeKeys: { name: string; type: ValueType }[] = [{ name: 'label', type: 'string' }, { name: 'weight', type: 'double' }, ...EDGE_COLUMNS, ...edgeExtras, { name: 'color', type: 'string' }];

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [prefix, kind, keys] of [['n', 'node', nodeKeys], ['e', 'edge', edgeKeys]] as const) {
    for (const [i, key] of keys.entries()) {
      yield `  <key id="${prefix}${i}" for="${kind}"${attr('attr.name', key.name)} attr.type="${GRAPHML_TYPES[key.type]}"/>\n`;
    }
  }
  yield '  <graph id="newsgraph" edgedefault="directed">\n';
  for (const { node, attributes: a } of snapshotNodes(graph, snapshot)) {
    const position = positions.get(node) ?? { x: 0, y: 0 };
    const values: Value[] = [
      a.label,
      ...NODE_COLUMNS.map((c) => c.value(a, documents)),
      ...nodeExtras.map((c) => extraValue(c, a.extra?.[c.name])),
      position.x, position.y,
      a.size ?? nodeSizeFor(a.mentions),
      a.color ?? ENTITY_TYPE_COLORS[a.entityType],
    ] as Value[];
    yield `    <node${attr('id', node)}>\n${dataElements(nodeKeys.map((k, i) => ({ id: `n${i}`, type: k.type, value: values[i] })))}    </node>\n`;
  }
  for (const { edge, attributes: a, source, target } of snapshotEdges(graph, snapshot)) {
    const values: (Value | undefined)[] = [
      a.label,
      a.weight ?? Math.max(1, a.evidence.length),
      ...EDGE_COLUMNS.map((c) => c.value(a, documents)),
      ...edgeExtras.map((c) => extraValue(c, a.extra?.[c.name])),
      predicateColor(a.predicate),
    ];
    yield `    <edge${attr('id', edge)}${attr('source', source)}${attr('target', target)}>\n${dataElements(edgeKeys.map((k, i) => ({ id: `e${i}`, type: k.type, value: values[i] })))}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

export async function writeGraphml(graph: KnowledgeGraph, out: Writable, options: GraphmlWriteOptions = {}): Promise<void> {
  await writeChunks(graphmlChunks(graph, options), out);
}

// ---- reading -----------------------------------------------------------------------------------

interface KeyDeclaration {
  name: string;
  /** node, edge, graph, all… */
  for: string;
  type: string;
  default?: string;
}

function graphmlValue(type: string, raw: string): Value {
  if (['int', 'long', 'float', 'double', 'integer'].includes(type)) {
    const n = Number(raw.trim());
    return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
  }
  if (type === 'boolean') return raw.trim() === 'true' || raw.trim() === '1';
  return raw;
}

const numeric = (v: Value | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

class GraphmlHandler implements XmlDocumentHandler<KnowledgeGraph> {
  readonly assembler = new GraphAssembler();
  private readonly keys = new Map<string, KeyDeclaration>();
  private declaring: KeyDeclaration | undefined;
  private current: { kind: 'node'; record: NodeRecord } | { kind: 'edge'; record: EdgeRecord } | undefined;
  private data: { key: string; text: string } | undefined;
  private defaultText: string | undefined;
  private depth = 0;
  private sawGraph = false;

  open(name: string, a: Readonly<Record<string, string>>, line: number): void {
    this.depth++;
    if (this.depth === 1 && name !== 'graphml') throw new ImportFormatError(`not a GraphML file: the root element is <${name}>, not <graphml>`, line);
    switch (name) {
      case 'key':
        if (a.id === undefined) throw new ImportFormatError('<key> without an id', line);
        this.declaring = { name: a['attr.name'] ?? a.id, for: a.for ?? 'all', type: (a['attr.type'] ?? 'string').toLowerCase() };
        this.keys.set(a.id, this.declaring);
        break;
      case 'default':
        this.defaultText = '';
        break;
      case 'graph':
        this.sawGraph = true;
        break;
      case 'node':
        if (a.id === undefined) throw new ImportFormatError('<node> without an id', line);
        this.current = { kind: 'node', record: emptyNodeRecord(a.id, line) };
        break;
      case 'edge':
        if (a.source === undefined || a.target === undefined) throw new ImportFormatError('<edge> without a source or a target', line);
        this.current = { kind: 'edge', record: emptyEdgeRecord(a.source, a.target, line) };
        break;
      case 'data':
        if (a.key === undefined) throw new ImportFormatError('<data> without a key', line);
        this.data = { key: a.key, text: '' };
        break;
      default:
        break;
    }
  }

  text(text: string): void {
    if (this.data) this.data.text += text;
    else if (this.defaultText !== undefined) this.defaultText += text;
  }

  close(name: string): void {
    this.depth--;
    switch (name) {
      case 'default':
        if (this.declaring && this.defaultText !== undefined) this.declaring.default = this.defaultText;
        this.defaultText = undefined;
        break;
      case 'key':
        this.declaring = undefined;
        break;
      case 'data':
        if (this.data && this.current) {
          const key = this.keys.get(this.data.key) ?? { name: this.data.key, for: 'all', type: 'string' };
          this.assign(key.name, graphmlValue(key.type, this.data.text));
        }
        this.data = undefined;
        break;
      case 'node':
      case 'edge':
        this.finishCurrent();
        break;
      default:
        break;
    }
  }

  private assign(name: string, value: Value): void {
    const current = this.current;
    if (!current) return;
    const lower = name.toLowerCase();
    if (lower === 'label' && typeof value === 'string') current.record.label = value;
    else if (current.kind === 'node' && (lower === 'x' || lower === 'y' || lower === 'size')) current.record[lower] = numeric(value);
    else if (current.kind === 'node' && lower === 'color' && typeof value === 'string') current.record.color = value;
    else if (current.kind === 'edge' && lower === 'weight') current.record.weight = numeric(value);
    else if (current.kind === 'edge' && lower === 'color') return; // edge colours follow from the predicate
    else current.record.values.set(name, value);
  }

  private finishCurrent(): void {
    const current = this.current;
    if (!current) return;
    for (const [, key] of this.keys) {
      if (key.default === undefined || (key.for !== current.kind && key.for !== 'all') || current.record.values.has(key.name)) continue;
      this.assign(key.name, graphmlValue(key.type, key.default));
    }
    if (current.kind === 'node') this.assembler.addNode(current.record);
    else this.assembler.addEdge(current.record);
    this.current = undefined;
  }

  finish(): KnowledgeGraph {
    if (!this.sawGraph) throw new ImportFormatError('not a GraphML file: no <graph> element');
    return this.assembler.finish();
  }
}

/** Reads a GraphML file into a new KnowledgeGraph; throws ImportFormatError. */
export async function readGraphml(source: XmlSource): Promise<KnowledgeGraph> {
  return readXmlDocument(source, new GraphmlHandler());
}

export const GRAPHML_FORMAT: ReadableFormat<'graphml'> = {
  id: 'graphml',
  name: 'GraphML',
  summary: 'GraphML with typed keys (yEd, Cytoscape, networkx, igraph)',
  mediaType: 'application/graphml+xml; charset=utf-8',
  extension: 'graphml',
  write: (graph, options) => graphmlChunks(graph, { layout: options.layout }),
  read: (content) => readGraphml(content),
  sniff: (head) => head.startsWith('<') && /<(?:\w+:)?graphml[\s>]/.test(head),
};
