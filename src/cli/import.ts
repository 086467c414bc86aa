// `newsgraph import FILE`: a GEXF (any Gephi file), GraphML or graphology JSON file merged into the
// store. The whole file is read and checked before the store is touched; the merge is one transaction.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPORT_FORMATS, readGraphFile, type ImportFormat } from '../formats/registry.js';
import { ImportFormatError } from '../formats/import-error.js';
import { GraphStore } from '../store/index.js';
import { CliError, parseCommandArgs, type CliCommand } from './common.js';

const HELP = `usage: newsgraph import FILE|DIR [options]

Merges a graph file into the store in --data: entities and relations already there are merged with
the file's, new ones are added. A file with an error is reported (with its line) and nothing is imported.
A directory is read as the nodes.csv and edges.csv that 'newsgraph export --format csv' writes.

options:
  --format FORMAT   ${IMPORT_FORMATS.join(', ')} (default: recognised from the content)
  --data DIR        data directory (default ./data)

example:
  newsgraph import gephi-project.gexf`;

const OPTIONS = {
  format: { type: 'string' },
  data: { type: 'string', default: 'data' },
} as const;

export const importCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (positionals.length !== 1) throw new CliError('give exactly one FILE to import', 2);
    const format = values.format;
    if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`--format: '${format}' is not one of ${IMPORT_FORMATS.join(', ')}`, 2);
    }
    const file = resolve(positionals[0]);
    if (!existsSync(file)) throw new CliError(`no such file: ${positionals[0]}`);
    let graph;
    try {
      graph = await readGraphFile(file, format as ImportFormat | undefined);
    } catch (error) {
      if (error instanceof ImportFormatError) throw new CliError(`${positionals[0]}: ${error.message}`);
      throw error;
    }
    const store = GraphStore.open(resolve(values.data));
    try {
      const outcome = store.importGraph(graph);
      process.stderr.write(`imported ${positionals[0]}: ${outcome.entities} new entities, ${outcome.relations} new relations, ${outcome.documents} new documents\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};
