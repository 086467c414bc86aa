// `newsgraph ingest FILE|DIR...`: extracts and stores articles (one text file each) in --data.
import { resolve } from 'node:path';
import { textFilesIn } from '../ingest/files.js';
import { ingestFilesWithPool, type FileResult } from '../ingest/service.js';
import { createExtractionPool, defaultWorkerCount } from '../ingest/worker-pool.js';
import { GraphStore } from '../store/index.js';
import { CliError, parseCommandArgs, type CliCommand } from './common.js';
import { progressBar } from './progress.js';

const HELP = `usage: newsgraph ingest [--data DIR] [--workers N] FILE|DIR...

Extracts entities and relations from each article (.txt, .text, .md; directories are searched) and
stores them in the data directory (default ./data). Articles already stored are skipped.
The first line of a file is its title when it looks like a headline.

options:
  --data DIR        data directory (default ./data)
  --published DATE  publication date (yyyy-mm-dd) for all the files given
  --workers N       extraction threads (default: cores - 1 = ${defaultWorkerCount()}); one writer
                    stores the documents in the order given, so the result is the same for any N`;

export const ingestCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      data: { type: 'string', default: 'data' },
      published: { type: 'string' },
      workers: { type: 'string' },
    });
    const workers = values.workers === undefined ? defaultWorkerCount() : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new CliError(`--workers: '${values.workers}' is not a number of threads (1-256)`, 2);
    if (positionals.length === 0) throw new CliError('give at least one file or directory to ingest', 2);
    if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
      throw new CliError(`--published: '${values.published}' is not a date (yyyy-mm-dd)`, 2);
    }
    const files = textFilesIn(positionals);
    if (files.length === 0) throw new CliError('no text files (.txt, .text, .md) found');
    const store = GraphStore.open(resolve(values.data));
    const pool = createExtractionPool(workers);
    const progress = progressBar(files.length);
    let results: FileResult[];
    try {
      results = await ingestFilesWithPool(store, files, pool, { published: values.published, onFile: (file) => progress.tick(file) });
    } finally {
      progress.done();
      await pool.close();
      store.close();
    }
    for (const result of results) if (result.error) process.stderr.write(`newsgraph ingest: ${result.error}\n`);
    const stored = results.flatMap((r) => (r.outcome ? [r.outcome] : []));
    const created = stored.filter((o) => o.created).length;
    const failed = results.length - stored.length;
    const entities = stored.reduce((sum, o) => sum + o.added.entities.length, 0);
    const relations = stored.reduce((sum, o) => sum + o.added.relations.length, 0);
    process.stdout.write(`ingested ${created} new document(s), ${stored.length - created} already stored, ${failed} failed: `
      + `+${entities} entities, +${relations} relations\n`);
    return failed > 0 ? 1 : 0;
  },
};
