// `newsgraph ingest FILE|DIR...`: extracts and stores articles (one text file each) in --data.
import { resolve } from 'node:path';
import { extractDocument } from '../extract/index.js';
import { GraphStore } from '../store/index.js';
import { documentFromFile, textFilesIn } from '../store/files.js';
import { CliError, parseCommandArgs, type CliCommand } from './common.js';
import { progressBar } from './progress.js';
import { assertReadableText } from '../server/text-checks.js';

const HELP = `usage: newsgraph ingest [--data DIR] FILE|DIR...

Extracts entities and relations from each article (.txt, .text, .md; directories are searched) and
stores them in the data directory (default ./data). Articles already stored are skipped.
The first line of a file is its title when it looks like a headline.

options:
  --data DIR        data directory (default ./data)
  --published DATE  publication date (yyyy-mm-dd) for all the files given`;

interface Tally { created: number; unchanged: number; failed: number; entities: number; relations: number }

function fileList(paths: readonly string[]): string[] {
  try {
    return textFilesIn(paths);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

export const ingestCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      data: { type: 'string', default: 'data' },
      published: { type: 'string' },
    });
    if (positionals.length === 0) throw new CliError('give at least one file or directory to ingest', 2);
    if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
      throw new CliError(`--published: '${values.published}' is not a date (yyyy-mm-dd)`, 2);
    }
    const files = fileList(positionals);
    if (files.length === 0) throw new CliError('no text files (.txt, .text, .md) found');
    const store = GraphStore.open(resolve(values.data), extractDocument);
    const tally: Tally = { created: 0, unchanged: 0, failed: 0, entities: 0, relations: 0 };
    const progress = progressBar(files.length);
    try {
      for (const file of files) {
        progress.tick(file);
        try {
          const input = documentFromFile(file);
          assertReadableText(input.text);
          const outcome = store.ingest({ ...input, ...(values.published ? { published: values.published } : {}) });
          if (outcome.created) tally.created += 1; else tally.unchanged += 1;
          tally.entities += outcome.added.entities.length;
          tally.relations += outcome.added.relations.length;
        } catch (error) {
          tally.failed += 1;
          progress.done();
          process.stderr.write(`newsgraph ingest: ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
        }
      }
    } finally {
      progress.done();
      store.close();
    }
    process.stdout.write(`ingested ${tally.created} new document(s), ${tally.unchanged} already stored, ${tally.failed} failed: `
      + `+${tally.entities} entities, +${tally.relations} relations\n`);
    return tally.failed > 0 ? 1 : 0;
  },
};
