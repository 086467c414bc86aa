// `newsgraph export`: the stored graph as GEXF (Gephi), GraphML, JSON or CSV for neo4j-admin. Files
// are written beside the target and renamed into place when complete, so a failed export never
// leaves half a file where a good one was.
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { EXPORT_FORMATS, FORMATS, exportFileName, exportGraph, formatOf, isExportFormat, type ExportFormat, type WriteOptions } from '../formats/registry.js';
import { GEXF_VERSIONS, type GexfVersion } from '../formats/gexf-write.js';
import type { KnowledgeGraph } from '../graph/model.js';
import { DATABASE_FILE, GraphStore } from '../store/index.js';
import { CliError, parseCommandArgs, type CliCommand } from './common.js';

const HELP = `usage: newsgraph export --format FORMAT --out PATH [options]

Writes the graph stored in --data to a file.

formats:
${FORMATS.map((f) => `  ${f.id.padEnd(8)}  ${f.summary}${f.parts ? '; --out is a directory' : ''}`).join('\n')}

options:
  --format FORMAT          ${EXPORT_FORMATS.join(', ')} (default gexf)
  --out PATH               file to write ('-' for stdout), or a directory for a multi-file format
  --dynamic                GEXF: spells from publication dates, for Gephi's timeline
  --gexf-version VERSION   GEXF: 1.3 (default) or 1.2draft
  --data DIR               data directory (default ./data)

example:
  newsgraph export --format gexf --dynamic --out news.gexf`;

const OPTIONS = {
  format: { type: 'string', default: 'gexf' },
  out: { type: 'string' },
  dynamic: { type: 'boolean', default: false },
  'gexf-version': { type: 'string', default: '1.3' },
  data: { type: 'string', default: 'data' },
} as const;

/** Streams one file to `path` through a temporary name, renamed when complete. */
async function writeFileAtomically(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  try {
    await write(createWriteStream(partial));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function exportTo(graph: KnowledgeGraph, format: ExportFormat, out: string, options: WriteOptions): Promise<string[]> {
  const { parts } = formatOf(format);
  if (parts) {
    const names = parts.map((part) => exportFileName(format, part));
    if (out === '-') throw new CliError(`${format} is ${parts.length} files (${names.join(', ')}): give --out a directory`, 2);
    await mkdir(out, { recursive: true });
    for (const [i, part] of parts.entries()) await writeFileAtomically(join(out, names[i]), (stream) => exportGraph(graph, format, stream, { ...options, part }));
    return names.map((name) => join(out, name));
  }
  if (out === '-') {
    await exportGraph(graph, format, process.stdout, options);
    return [];
  }
  await writeFileAtomically(out, (stream) => exportGraph(graph, format, stream, options));
  return [out];
}

export const exportCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values } = parseCommandArgs(args, OPTIONS);
    if (!isExportFormat(values.format)) throw new CliError(`--format: '${values.format}' is not one of ${EXPORT_FORMATS.join(', ')}`, 2);
    const version = values['gexf-version'];
    if (!(GEXF_VERSIONS as readonly string[]).includes(version)) throw new CliError(`--gexf-version: '${version}' is not one of ${GEXF_VERSIONS.join(', ')}`, 2);
    if (values.out === undefined) throw new CliError('give --out FILE (or a directory for a multi-file format, or - for stdout)', 2);
    const dataDir = resolve(values.data);
    if (!existsSync(join(dataDir, DATABASE_FILE))) throw new CliError(`no graph stored in '${values.data}' (run newsgraph ingest first, or give --data)`);
    const store = GraphStore.open(dataDir);
    try {
      const graph = store.graph;
      const written = await exportTo(graph, values.format, values.out, { version: version as GexfVersion, dynamic: values.dynamic });
      if (written.length) process.stderr.write(`exported ${graph.order} entities and ${graph.size} relations to ${written.join(', ')}\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};
