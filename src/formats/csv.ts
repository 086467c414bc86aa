// CSV in the header form of `neo4j-admin database import` (nodes.csv + edges.csv, no zip), so a graph
// that outgrows one machine loads into Neo4j (see docs/formats.md for the command). Node labels are
// `Entity;<Type>`, relationship types the predicate in upper case, dates typed `:date`, aliases a
// `string[]` with Neo4j's default array delimiter `;`, evidence JSON text.
import { mkdir } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse/sync';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/model.js';
import { ENTITY_TYPES } from '../domain/ontology.js';
import { EDGE_COLUMNS, NODE_COLUMNS, extraColumns, extraValue, type ValueType, type Value } from './attributes.js';
import { ImportFormatError } from './import-error.js';
import { GraphAssembler, emptyEdgeRecord, emptyNodeRecord } from './records.js';
import type { FormatDescriptor } from './descriptor.js';
import { writeChunks } from './stream.js';
import { snapshotEdges, snapshotNodes, snapshotOf } from './snapshot.js';

export const ARRAY_DELIMITER = ';';
const NEO4J_TYPES: Record<ValueType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean', liststring: 'string[]' };
const DATE_COLUMNS = new Set(['firstSeen', 'lastSeen']);

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvValue(type: ValueType, value: Value | undefined): string {
  if (value === undefined) return '';
  // Neo4j splits arrays on the delimiter even inside quotes, so it cannot appear in an item.
  if (Array.isArray(value)) return csvField(value.map((v) => v.split(ARRAY_DELIMITER).join(',')).join(ARRAY_DELIMITER));
  if (type === 'integer') return String(Math.round(Number(value)));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvField(String(value));
}

const header = (name: string, type: ValueType): string => csvField(`${name}:${DATE_COLUMNS.has(name) ? 'date' : NEO4J_TYPES[type]}`);
const labelFor = (type: string): string => type.charAt(0).toUpperCase() + type.slice(1);

export function* csvNodeChunks(graph: KnowledgeGraph): Generator<string> {
  const documents = graph.getAttribute('documents') ?? {};
  const snapshot = snapshotOf(graph);
  const known = new Set(NODE_COLUMNS.map((c) => c.name));
  const extras = extraColumns(graph, 'node').filter((c) => !known.has(c.name) && c.name !== 'id');
  yield ['id:ID', ':LABEL', 'label:string', ...NODE_COLUMNS.map((c) => header(c.name, c.type)), ...extras.map((c) => header(c.name, c.type)), 'x:double', 'y:double'].join(',') + '\n';
  for (const { node, attributes: a } of snapshotNodes(graph, snapshot)) {
    yield [
      csvField(node), `Entity;${labelFor(a.entityType)}`, csvField(a.label),
      ...NODE_COLUMNS.map((c) => csvValue(c.type, c.value(a, documents))),
      ...extras.map((c) => csvValue(c.type, extraValue(c, a.extra?.[c.name]))),
      csvValue('double', a.x), csvValue('double', a.y),
    ].join(',') + '\n';
  }
}

export function* csvEdgeChunks(graph: KnowledgeGraph): Generator<string> {
  const documents = graph.getAttribute('documents') ?? {};
  const snapshot = snapshotOf(graph);
  const known = new Set(EDGE_COLUMNS.map((c) => c.name));
  const extras = extraColumns(graph, 'edge').filter((c) => !known.has(c.name) && c.name !== 'id');
  yield [':START_ID', ':END_ID', ':TYPE', 'id:string', 'label:string', 'weight:double', ...EDGE_COLUMNS.map((c) => header(c.name, c.type)), ...extras.map((c) => header(c.name, c.type))].join(',') + '\n';
  for (const { edge, attributes: a, source, target } of snapshotEdges(graph, snapshot)) {
    yield [
      csvField(source), csvField(target), a.predicate.toUpperCase(), csvField(edge), csvField(a.label), csvValue('double', a.weight ?? a.evidence.length),
      ...EDGE_COLUMNS.map((c) => csvValue(c.type, c.value(a, documents))),
      ...extras.map((c) => csvValue(c.type, extraValue(c, a.extra?.[c.name]))),
    ].join(',') + '\n';
  }
}

export async function writeCsvNodes(graph: KnowledgeGraph, out: Writable): Promise<void> {
  await writeChunks(csvNodeChunks(graph), out);
}

export async function writeCsvEdges(graph: KnowledgeGraph, out: Writable): Promise<void> {
  await writeChunks(csvEdgeChunks(graph), out);
}

/** Writes `nodes.csv` and `edges.csv` into `directory` (created when missing); returns their paths. */
export async function writeCsvDirectory(graph: KnowledgeGraph, directory: string): Promise<{ nodes: string; edges: string }> {
  await mkdir(directory, { recursive: true });
  const nodes = join(directory, 'nodes.csv');
  const edges = join(directory, 'edges.csv');
  await writeCsvNodes(graph, createWriteStream(nodes));
  await writeCsvEdges(graph, createWriteStream(edges));
  return { nodes, edges };
}

// ---- reading (round trips, and files edited in a spreadsheet) ----------------------------------

interface Row {
  fields: string[];
  line: number;
}

/** RFC 4180 rows (csv-parse): quoted fields may hold commas, doubled quotes and newlines; blank lines are skipped. */
export function parseCsvRows(text: string, file: string): Row[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // csv-parse's typings do not model `info: true` (records come as { record, info }).
    records = parse(text, { record_delimiter: ['\r\n', '\n'], relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    const what = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is not closed' : error.message;
    throw new ImportFormatError(`${file}: ${what}`, line);
  }
  // csv-parse counts the line a record ends on; a row is reported at the line it starts on.
  return records.map(({ record, info }) => ({ fields: record, line: info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0) }));
}

interface Column {
  name: string;
  type: string;
}

function parseHeader(row: Row): Column[] {
  return row.fields.map((cell) => {
    const at = cell.lastIndexOf(':');
    return at < 0 ? { name: cell, type: 'string' } : { name: cell.slice(0, at), type: cell.slice(at + 1).toLowerCase() };
  });
}

function csvTyped(type: string, raw: string): Value {
  if (type.endsWith('[]')) return raw.split(ARRAY_DELIMITER);
  if (['int', 'long', 'short', 'byte', 'float', 'double'].includes(type)) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : raw;
  }
  if (type === 'boolean') return raw === 'true';
  return raw;
}

function rowsWithHeader(text: string, file: string): { columns: Column[]; rows: Row[] } {
  const [head, ...rows] = parseCsvRows(text, file);
  if (!head) throw new ImportFormatError(`${file} is empty`);
  const columns = parseHeader(head);
  for (const row of rows) {
    if (row.fields.length !== columns.length) throw new ImportFormatError(`${file}: ${row.fields.length} fields where the header has ${columns.length}`, row.line);
  }
  return { columns, rows };
}

/** Reads nodes.csv and edges.csv text in the form we write (and Neo4j exports with the same headers). */
export function readCsv(nodesText: string, edgesText: string): KnowledgeGraph {
  const assembler = new GraphAssembler();
  const nodes = rowsWithHeader(nodesText, 'nodes.csv');
  const idColumn = nodes.columns.findIndex((c) => c.type === 'id');
  if (idColumn < 0) throw new ImportFormatError('nodes.csv: no :ID column in the header', 1);
  for (const row of nodes.rows) {
    const record = emptyNodeRecord(row.fields[idColumn], row.line);
    nodes.columns.forEach((column, i) => {
      const raw = row.fields[i];
      if (i === idColumn || raw === '') return;
      if (column.type === 'label') {
        const type = raw.split(';').map((l) => l.toLowerCase()).find((l) => (ENTITY_TYPES as readonly string[]).includes(l));
        if (type && !record.values.has('entityType')) record.values.set('entityType', type);
      } else if (column.name === 'label') record.label = raw;
      else if (column.name === 'x' || column.name === 'y') record[column.name] = Number(raw);
      else record.values.set(column.name, csvTyped(column.type, raw));
    });
    assembler.addNode(record);
  }
  const edges = rowsWithHeader(edgesText, 'edges.csv');
  const find = (type: string): number => edges.columns.findIndex((c) => c.type === type);
  const [start, end, relType] = [find('start_id'), find('end_id'), find('type')];
  if (start < 0 || end < 0) throw new ImportFormatError('edges.csv: no :START_ID or :END_ID column in the header', 1);
  for (const row of edges.rows) {
    const record = emptyEdgeRecord(row.fields[start], row.fields[end], row.line);
    edges.columns.forEach((column, i) => {
      const raw = row.fields[i];
      if (i === start || i === end || raw === '' || column.name === 'id') return;
      if (i === relType) { if (!record.values.has('predicate')) record.values.set('predicate', raw.toLowerCase()); }
      else if (column.name === 'label') record.label = raw;
      else if (column.name === 'weight') record.weight = Number(raw);
      else record.values.set(column.name, csvTyped(column.type, raw));
    });
    assembler.addEdge(record);
  }
  return assembler.finish();
}

export const CSV_FORMAT: FormatDescriptor<'csv'> = {
  id: 'csv',
  name: 'CSV',
  summary: 'nodes.csv + edges.csv for neo4j-admin database import',
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  parts: ['nodes', 'edges'],
  write: (graph, options) => (options.part === 'edges' ? csvEdgeChunks(graph) : csvNodeChunks(graph)),
  readParts: (parts) => readCsv(parts.nodes ?? '', parts.edges ?? ''),
};
