// newsgraph command line: `newsgraph <command> [options]`. Each command lives in src/cli/<command>.ts
// and exports `run(args): Promise<number>` (the exit code); this file only dispatches.
import { CliError, type CliCommand } from './cli/common.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  extract: { summary: 'extract a knowledge graph from text files', load: async () => (await import('./cli/extract.js')).extractCommand },
  serve: { summary: 'serve the query API and web app (seeds an empty store)', load: async () => (await import('./cli/serve.js')).serveCommand },
  ingest: { summary: 'extract and store articles (files or directories)', load: async () => (await import('./cli/ingest.js')).ingestCommand },
  query: { summary: 'query relations, entities, neighbors and paths from the shell', load: async () => (await import('./cli/query.js')).queryCommand },
  export: { summary: 'write the graph as GEXF (Gephi), GraphML, JSON or CSV for Neo4j', load: async () => (await import('./cli/export.js')).exportCommand },
  reindex: { summary: 'rebuild the stored graph from the stored documents (repair, upgrade)', load: async () => (await import('./cli/reindex.js')).reindexCommand },
  import: { summary: 'merge a GEXF, GraphML or JSON graph file into the store', load: async () => (await import('./cli/import.js')).importCommand },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['usage: newsgraph <command> [options]', '', 'commands:', ...lines, '', "run 'newsgraph <command> --help' for a command's options"].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`newsgraph: unknown command '${name}' (try --help)\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`newsgraph ${name}: ${message.split('\n')[0]}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
