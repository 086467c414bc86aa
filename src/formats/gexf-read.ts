// GEXF reader: any Gephi file, 1.1 to 1.3, static or dynamic, into a KnowledgeGraph. Streaming SAX
// (saxes), so malformed XML is reported with its line; the graph is built entirely in memory and
// returned only when the whole file made sense, so a bad file never half-imports.
import type { KnowledgeGraph } from '../graph/model.js';
import { rgbToHex } from '../graph/palette.js';
import type { Value } from './attributes.js';
import { ImportFormatError } from './import-error.js';
import { parseList } from './lists.js';
import { GraphAssembler, emptyEdgeRecord, emptyNodeRecord, type EdgeRecord, type NodeRecord } from './records.js';
import { readXmlDocument, type XmlDocumentHandler, type XmlSource } from './xml-read.js';

interface Declaration {
  title: string;
  type: string;
  default?: string;
}

const INTEGER_TYPES = new Set(['integer', 'long', 'short', 'byte', 'biginteger']);
const DECIMAL_TYPES = new Set(['float', 'double', 'bigdecimal']);

/** A GEXF value in its declared type; numbers that do not parse stay strings rather than becoming NaN. */
export function gexfValue(type: string, raw: string): Value {
  if (type.startsWith('list')) return parseList(raw);
  if (INTEGER_TYPES.has(type) || DECIMAL_TYPES.has(type)) {
    const n = Number(raw.trim());
    return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
  }
  if (type === 'boolean') return raw.trim() === 'true' || raw.trim() === '1';
  return raw;
}

/** Dates named in spell/time attributes: start, end, timestamp, or the intervals/timestamps lists of 1.3. */
function datesOf(attributes: Readonly<Record<string, string>>): string[] {
  const dates: string[] = [];
  for (const name of ['start', 'end', 'startopen', 'endopen', 'timestamp', 'intervals', 'timestamps']) {
    const value = attributes[name];
    if (value !== undefined) dates.push(...(value.match(/\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?/g) ?? []));
  }
  return dates;
}

function colorOf(attributes: Readonly<Record<string, string>>): string | undefined {
  if (attributes.hex !== undefined) return attributes.hex.startsWith('#') ? attributes.hex : `#${attributes.hex}`;
  const [r, g, b] = [attributes.r, attributes.g, attributes.b].map(Number);
  return [r, g, b].every((c) => Number.isFinite(c)) ? rgbToHex({ r, g, b }) : undefined;
}

const numberOf = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};

class GexfHandler implements XmlDocumentHandler<KnowledgeGraph> {
  readonly assembler = new GraphAssembler();
  private readonly path: string[] = [];
  private readonly declarations = { node: new Map<string, Declaration>(), edge: new Map<string, Declaration>() };
  private attributeClass: 'node' | 'edge' = 'node';
  private declaring: Declaration | undefined;
  private defaultText: string | undefined;
  /** Open nodes (GEXF hierarchies nest them); the innermost gets attvalues, spells and viz. */
  private readonly nodes: NodeRecord[] = [];
  private edge: { record: EdgeRecord; kind?: string } | undefined;
  private sawGraph = false;

  private parent(): string | undefined {
    return this.path[this.path.length - 2];
  }

  private target(): { record: NodeRecord | EdgeRecord; kind: 'node' | 'edge' } | undefined {
    if (this.edge) return { record: this.edge.record, kind: 'edge' };
    const node = this.nodes[this.nodes.length - 1];
    return node ? { record: node, kind: 'node' } : undefined;
  }

  open(name: string, a: Readonly<Record<string, string>>, line: number): void {
    this.path.push(name);
    if (this.path.length === 1 && name !== 'gexf') throw new ImportFormatError(`not a GEXF file: the root element is <${name}>, not <gexf>`, line);
    switch (name) {
      case 'graph':
        this.sawGraph = true;
        break;
      case 'attributes':
        this.attributeClass = a.class === 'edge' ? 'edge' : 'node';
        break;
      case 'attribute': {
        if (a.id === undefined) throw new ImportFormatError('<attribute> without an id', line);
        this.declaring = { title: a.title ?? a.id, type: (a.type ?? 'string').toLowerCase() };
        this.declarations[this.attributeClass].set(a.id, this.declaring);
        break;
      }
      case 'default':
        this.defaultText = '';
        break;
      case 'node':
        if (a.id === undefined) throw new ImportFormatError('<node> without an id', line);
        this.nodes.push({ ...emptyNodeRecord(a.id, line), ...(a.label !== undefined ? { label: a.label } : {}), dates: datesOf(a) });
        break;
      case 'edge': {
        if (a.source === undefined || a.target === undefined) throw new ImportFormatError('<edge> without a source or a target', line);
        const weight = numberOf(a.weight);
        const record: EdgeRecord = { ...emptyEdgeRecord(a.source, a.target, line), dates: datesOf(a) };
        if (a.label !== undefined) record.label = a.label;
        if (weight !== undefined) record.weight = weight;
        this.edge = { record, ...(a.kind !== undefined ? { kind: a.kind } : {}) };
        break;
      }
      case 'attvalue': {
        const target = this.target();
        const id = a.for ?? a.id;
        if (!target || id === undefined) break;
        // Undeclared attributes are read as strings, as Gephi does, rather than rejecting the file.
        const declaration = this.declarations[target.kind].get(id) ?? { title: id, type: 'string' };
        target.record.values.set(declaration.title, gexfValue(declaration.type, a.value ?? ''));
        break;
      }
      case 'spell': {
        this.target()?.record.dates.push(...datesOf(a));
        break;
      }
      case 'color': case 'size': case 'position': {
        // viz data of nodes only: edge colours follow from the predicate.
        const node = this.parent() === 'node' && !this.edge ? this.nodes[this.nodes.length - 1] : undefined;
        if (!node) break;
        if (name === 'color') node.color = colorOf(a);
        if (name === 'size') node.size = numberOf(a.value);
        if (name === 'position') { node.x = numberOf(a.x); node.y = numberOf(a.y); }
        break;
      }
      default:
        break;
    }
  }

  text(text: string): void {
    if (this.defaultText !== undefined) this.defaultText += text;
  }

  close(name: string): void {
    this.path.pop();
    switch (name) {
      case 'default':
        if (this.declaring && this.defaultText !== undefined) this.declaring.default = this.defaultText;
        this.defaultText = undefined;
        break;
      case 'attribute':
        this.declaring = undefined;
        break;
      case 'node': {
        const record = this.nodes.pop();
        if (record) this.assembler.addNode(this.withDefaults(record, 'node'));
        break;
      }
      case 'edge': {
        if (!this.edge) break;
        const { record, kind } = this.edge;
        // GEXF 1.3 `kind` is the edge type; ours is the predicate.
        if (kind !== undefined && !record.values.has('predicate')) record.values.set('predicate', kind);
        this.assembler.addEdge(this.withDefaults(record, 'edge'));
        this.edge = undefined;
        break;
      }
      default:
        break;
    }
  }

  private withDefaults<R extends NodeRecord | EdgeRecord>(record: R, kind: 'node' | 'edge'): R {
    // Spells stand in for first/last seen only in files that do not declare them (ours do, and may leave them out on purpose).
    if ([...this.declarations[kind].values()].some((d) => /^(firstseen|lastseen)$/i.test(d.title))) record.dates = [];
    for (const declaration of this.declarations[kind].values()) {
      if (declaration.default !== undefined && !record.values.has(declaration.title)) {
        record.values.set(declaration.title, gexfValue(declaration.type, declaration.default));
      }
    }
    return record;
  }

  finish(): KnowledgeGraph {
    if (!this.sawGraph) throw new ImportFormatError('not a GEXF file: no <graph> element');
    return this.assembler.finish();
  }
}

/** Reads a GEXF file (text, bytes or a stream of chunks) into a new KnowledgeGraph; throws ImportFormatError. */
export async function readGexf(source: XmlSource): Promise<KnowledgeGraph> {
  return readXmlDocument(source, new GexfHandler());
}
