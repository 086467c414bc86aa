// `npm run -s parse -- FILE.conllu [--out OUT.conllu]` and `npm run -s ner -- FILE.iob2 [--out OUT.iob2]`:
// standard-format input, predictions written in the same format (stdout without --out). Any malformed
// line gives one line on stderr naming the file and line, and exit code 1; nothing is written then.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { FormatError, readConllu, readIob2, writeConllu, writeIob2 } from './formats.js';
import { analyseWords, newDocument } from './pipeline.js';

const USAGE = 'usage: parse FILE.conllu [--out OUT.conllu] | ner FILE.iob2 [--out OUT.iob2]';

export function parseConllu(text: string): string {
  const sentences = readConllu(text);
  let memory = newDocument();
  for (const sentence of sentences) {
    if (sentence.comments.some((c) => c.startsWith('# newdoc'))) memory = newDocument();
    const words = analyseWords(sentence.words.map((w) => w.form), memory, { ner: false });
    sentence.words.forEach((word, i) => {
      word.upos = words[i].upos;
      word.xpos = words[i].xpos;
      word.head = words[i].head + 1;
      word.deprel = words[i].deprel;
      word.deps = '_';
    });
  }
  return writeConllu(sentences);
}

export function recogniseIob2(text: string): string {
  const sentences = readIob2(text);
  let memory = newDocument();
  for (const sentence of sentences) {
    if (sentence.newDocument) memory = newDocument();
    const words = analyseWords(sentence.rows.map((row) => row[1]), memory, { parse: false });
    sentence.rows.forEach((row, i) => { row[2] = words[i].ner; });
  }
  return writeIob2(sentences);
}

function main(argv: readonly string[]): void {
  const [command, ...rest] = argv;
  let input: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--out') out = rest[++i];
    else if (input === undefined && !rest[i].startsWith('--')) input = rest[i];
    else throw new Error(`unexpected argument "${rest[i]}"; ${USAGE}`);
  }
  if ((command !== 'parse' && command !== 'ner') || !input) throw new Error(USAGE);
  if (out === undefined && rest.includes('--out')) throw new Error(`--out needs a file name; ${USAGE}`);
  let text: string;
  try { text = readFileSync(input, 'utf8'); } catch { throw new Error(`cannot read ${input}`); }
  let result: string;
  try {
    result = command === 'parse' ? parseConllu(text) : recogniseIob2(text);
  } catch (error) {
    if (error instanceof FormatError) throw new Error(`${input}:${error.message.replace(/^line /, '')}`);
    throw error;
  }
  if (!out) { process.stdout.write(result); return; }
  writeFileSync(`${out}.tmp`, result);
  renameSync(`${out}.tmp`, out);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${process.argv[2] ?? 'nlp'}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
