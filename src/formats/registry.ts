// The registry of exchange formats: one descriptor per format (descriptor.ts), listed once here. The CLI,
// the HTTP API (and its OpenAPI description) read formats from this list; adding a format is one file
// with its descriptor and one line below.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/model.js';
import { CSV_FORMAT } from './csv.js';
import type { FormatDescriptor, ReadableFormat, WriteOptions } from './descriptor.js';
import { GEXF_FORMAT } from './gexf-write.js';
import { GRAPHML_FORMAT } from './graphml.js';
import { ImportFormatError } from './import-error.js';
import { JSON_FORMAT } from './json.js';
import { writeChunks } from './stream.js';

export type { FormatDescriptor, ReadableFormat, WriteOptions } from './descriptor.js';

/** Every format, in the order help texts list them; the first is the default export format. */
export const FORMATS = [GEXF_FORMAT, GRAPHML_FORMAT, JSON_FORMAT, CSV_FORMAT] as const;

type AnyFormat = (typeof FORMATS)[number];
export type ExportFormat = AnyFormat['id'];
export type ImportFormat = Extract<AnyFormat, { read: unknown }>['id'];

/** The formats that can be imported from one file. */
const READABLE = FORMATS.filter((f): f is Extract<AnyFormat, { read: unknown }> => 'read' in f);

export const EXPORT_FORMATS = FORMATS.map((f) => f.id) as [ExportFormat, ...ExportFormat[]];
export const IMPORT_FORMATS = READABLE.map((f) => f.id) as [ImportFormat, ...ImportFormat[]];

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

export function formatOf(id: ExportFormat): FormatDescriptor<ExportFormat> {
  return FORMATS.find((f) => f.id === id) as FormatDescriptor<ExportFormat>;
}

function readableFormatOf(id: ImportFormat): ReadableFormat {
  return READABLE.find((f) => f.id === id) as ReadableFormat;
}

/** The file name of an export (of one part, for a multi-file format). */
export function exportFileName(id: ExportFormat, part?: string): string {
  const format = formatOf(id);
  return `${format.parts ? part ?? format.parts[0] : 'newsgraph'}.${format.extension}`;
}

/** The chunks of one exported file. */
export function exportChunks(graph: KnowledgeGraph, format: ExportFormat, options: WriteOptions = {}): Iterable<string> {
  return formatOf(format).write(graph, options);
}

/** Streams one exported file into `out` and ends it. */
export async function exportGraph(graph: KnowledgeGraph, format: ExportFormat, out: Writable, options: WriteOptions = {}): Promise<void> {
  await writeChunks(exportChunks(graph, format, options), out);
}

/** "A, B or C". */
function inWords(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}

/** The format of a file to import, from its first characters (extensions lie; `.xml` is either). */
export function sniffFormat(head: string): ImportFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const format = READABLE.find((f) => f.sniff(text));
  if (!format) throw new ImportFormatError(`unrecognised file: expected ${inWords(READABLE.map((f) => f.name))}`);
  return format.id;
}

/** Reads a whole file's content into a graph, in the format given or recognised from the content. */
export async function readGraph(content: string, format: ImportFormat = sniffFormat(content.slice(0, 4096))): Promise<KnowledgeGraph> {
  return readableFormatOf(format).read(content);
}

/** Reads a file, or a directory holding the parts of a multi-file format (as `export --format csv` writes them). */
export async function readGraphFile(path: string, format?: ImportFormat): Promise<KnowledgeGraph> {
  if ((await stat(path)).isDirectory()) {
    const multi = FORMATS.find((f) => f.parts !== undefined) as FormatDescriptor;
    const names = (multi.parts ?? []).map((part) => `${part}.${multi.extension}`);
    const contents = await Promise.all(names.map((name) => readFile(join(path, name), 'utf8').catch(() => {
      throw new ImportFormatError(`a directory to import must hold ${names.join(' and ')} (${name} is missing)`);
    })));
    return (multi.readParts as NonNullable<FormatDescriptor['readParts']>)(Object.fromEntries((multi.parts ?? []).map((part, i) => [part, contents[i]])));
  }
  return readGraph(await readFile(path, 'utf8'), format);
}
