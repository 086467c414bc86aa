// `newsgraph reindex`: rebuilds the stored graph tables by replaying every stored extraction. Start-up
// loads those tables; this is the repair (or after-upgrade) path when they disagree with the documents.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_FILE, GraphStore } from '../store/index.js';
import { CliError, parseCommandArgs, type CliCommand } from './common.js';

const HELP = `usage: newsgraph reindex [--data DIR]

Rebuilds the merged graph (entities, relations, evidence) that start-up loads, by replaying every
stored document's extraction in ingestion order. Documents are not extracted again.

options:
  --data DIR        data directory (default ./data)`;

export const reindexCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { data: { type: 'string', default: 'data' } });
    if (positionals.length > 0) throw new CliError(`unexpected argument '${positionals[0]}'`, 2);
    const dataDir = resolve(values.data);
    if (!existsSync(join(dataDir, DATABASE_FILE))) throw new CliError(`no store in ${dataDir} (${DATABASE_FILE} is missing)`);
    const started = performance.now();
    const store = GraphStore.open(dataDir);
    try {
      const { entities, relations } = store.reindex();
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`reindexed ${store.documentCount()} document(s): ${entities} entities, ${relations} relations in ${seconds.toFixed(1)} s\n`);
    } finally {
      store.close();
    }
    return 0;
  },
};
