// `newsgraph extract FILE... [--out FILE] [--each --out DIR] [--mentions --out FILE]`: the extraction
// contract of docs/contract.md. Reads every file first, so bad input fails before any output.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { buildGraph } from '../graph/model.js';
import { CliError, parseCommandArgs, type CliCommand } from './common.js';
import { extractFiles } from '../ingest/service.js';

const HELP = `usage: newsgraph extract FILE... [--out FILE]
       newsgraph extract FILE... --each --out DIR
       newsgraph extract FILE... --mentions [--out FILE]

Extracts a knowledge graph (graphology JSON) from news articles (UTF-8 text files).
  --out FILE     write the merged graph (default: standard output)
  --each         one graph per file, written to DIR/<file name without extension>.json
  --mentions     write every entity mention { doc, start, end, text, entityType, entity } instead`;

async function output(json: unknown, out: string | undefined): Promise<void> {
  const text = JSON.stringify(json, null, 2) + '\n';
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}

export const extractCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string', short: 'o' },
      each: { type: 'boolean', default: false },
      mentions: { type: 'boolean', default: false },
    });
    if (positionals.length === 0) throw new CliError('no input files (see --help)', 2);
    if (values.each && !values.out) throw new CliError('--each needs --out DIR', 2);
    const results = extractFiles(positionals);
    if (values.mentions) return output(results.flatMap((r) => r.mentions), values.out).then(() => 0);
    if (values.each) {
      const dir = values.out as string;
      await mkdir(dir, { recursive: true });
      for (const result of results) {
        const name = basename(result.doc, extname(result.doc));
        await writeFile(join(dir, `${name}.json`), JSON.stringify(buildGraph([result]).export(), null, 2) + '\n');
      }
      return 0;
    }
    await output(buildGraph(results).export(), values.out);
    return 0;
  },
};
