// The exchange formats by name, for the CLI and the HTTP API: which exist, how to write each to a
// stream, and how to recognise and read a file to import.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/model.js';
import type { LayoutOptions } from '../graph/layout.js';
import { csvEdgeChunks, csvNodeChunks, readCsv } from './csv.js';
import { readGexf } from './gexf-read.js';
import { gexfChunks, type GexfVersion } from './gexf-write.js';
import { graphmlChunks, readGraphml } from './graphml.js';
import { ImportFormatError } from './import-error.js';
import { jsonChunks, readJson } from './json.js';
import { writeChunks } from './stream.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_FORMATS = ['gexf', 'graphml', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

export interface ExportOptions {
  /** GEXF only. */
  version?: GexfVersion;
  /** GEXF only: spells from publication dates. */
  dynamic?: boolean;
  /** CSV only: which of the two files. */
  csvFile?: 'nodes' | 'edges';
  layout?: LayoutOptions;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = { gexf: 'gexf', graphml: 'graphml', json: 'json', csv: 'csv' };

/** The chunks of one exported file. */
export function exportChunks(graph: KnowledgeGraph, format: ExportFormat, options: ExportOptions = {}): Iterable<string> {
  switch (format) {
    case 'gexf': return gexfChunks(graph, { version: options.version, dynamic: options.dynamic, layout: options.layout });
    case 'graphml': return graphmlChunks(graph, { layout: options.layout });
    case 'json': return jsonChunks(graph);
    case 'csv': return options.csvFile === 'edges' ? csvEdgeChunks(graph) : csvNodeChunks(graph);
  }
}

/** Streams one exported file into `out` and ends it. */
export async function exportGraph(graph: KnowledgeGraph, format: ExportFormat, out: Writable, options: ExportOptions = {}): Promise<void> {
  await writeChunks(exportChunks(graph, format, options), out);
}

/** The format of a file to import, from its first bytes (extensions lie; `.xml` is either). */
export function sniffFormat(head: string): ImportFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) return 'json';
  if (text.startsWith('<')) {
    if (/<(?:\w+:)?gexf[\s>]/.test(text)) return 'gexf';
    if (/<(?:\w+:)?graphml[\s>]/.test(text)) return 'graphml';
  }
  throw new ImportFormatError('unrecognised file: expected GEXF, GraphML or graphology JSON');
}

/** Reads a whole file's content into a graph, in the format given or recognised from the content. */
export async function readGraph(content: string, format: ImportFormat = sniffFormat(content.slice(0, 4096))): Promise<KnowledgeGraph> {
  switch (format) {
    case 'gexf': return readGexf(content);
    case 'graphml': return readGraphml(content);
    case 'json': return readJson(content);
  }
}

/** Reads a file, or a directory holding nodes.csv and edges.csv (as `export --format csv` writes them). */
export async function readGraphFile(path: string, format?: ImportFormat): Promise<KnowledgeGraph> {
  if ((await stat(path)).isDirectory()) {
    const [nodes, edges] = await Promise.all(['nodes.csv', 'edges.csv'].map((name) => readFile(join(path, name), 'utf8').catch(() => {
      throw new ImportFormatError(`a directory to import must hold nodes.csv and edges.csv (${name} is missing)`);
    })));
    return readCsv(nodes, edges);
  }
  return readGraph(await readFile(path, 'utf8'), format);
}
