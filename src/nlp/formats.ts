// CoNLL-U and UNER-style IOB2 readers and writers. Readers check every line and throw a FormatError
// naming the line, so the commands can report "FILE:LINE: what is wrong" and exit non-zero.

export class FormatError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

/** Lines with their 1-based numbers, a trailing \r removed. */
function* numberedLines(text: string): Generator<[number, string]> {
  let number = 0;
  for (const raw of text.split('\n')) yield [++number, raw.endsWith('\r') ? raw.slice(0, -1) : raw];
}

export interface ConlluWord {
  id: number; form: string; lemma: string; upos: string; xpos: string; feats: string;
  /** Gold head (0 = root) or -1 when the file has "_". */
  head: number; deprel: string; deps: string; misc: string;
}

export interface ConlluSentence {
  comments: string[];
  /** Every line of the sentence in order: words, and multiword-token / empty-node lines kept verbatim. */
  lines: Array<ConlluWord | string>;
  words: ConlluWord[];
}

export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], lines: [], words: [] };
  let headLines: number[] = [];
  const finish = (lineNumber: number): void => {
    current.words.forEach((word, i) => {
      if (word.head > current.words.length) throw new FormatError(headLines[i], `head ${word.head} outside its sentence of ${current.words.length} words`);
    });
    if (current.lines.length > 0) sentences.push(current);
    else if (current.comments.length > 0) throw new FormatError(lineNumber, 'comment lines without a sentence');
    current = { comments: [], lines: [], words: [] };
    headLines = [];
  };
  let last = 0;
  for (const [lineNumber, line] of numberedLines(text)) {
    last = lineNumber;
    if (line === '') { finish(lineNumber); continue; }
    if (line.startsWith('#')) {
      if (current.lines.length > 0) throw new FormatError(lineNumber, 'comment inside a sentence');
      current.comments.push(line);
      continue;
    }
    const columns = line.split('\t');
    if (columns.length !== 10) throw new FormatError(lineNumber, `expected 10 tab-separated columns, found ${columns.length}`);
    const [id, form, lemma, upos, xpos, feats, head, deprel, deps, misc] = columns;
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) { current.lines.push(line); continue; }
    if (!/^\d+$/.test(id)) throw new FormatError(lineNumber, `bad word id "${id}"`);
    const expected = current.words.length + 1;
    if (Number(id) !== expected) throw new FormatError(lineNumber, `word id ${id} out of order (expected ${expected})`);
    if (form === '') throw new FormatError(lineNumber, 'empty word form');
    if (head !== '_' && !/^\d+$/.test(head)) throw new FormatError(lineNumber, `bad head "${head}"`);
    const word: ConlluWord = {
      id: Number(id), form, lemma, upos, xpos, feats, head: head === '_' ? -1 : Number(head), deprel, deps, misc,
    };
    current.lines.push(word);
    current.words.push(word);
    headLines.push(lineNumber);
  }
  finish(last);
  return sentences;
}

export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const sentence of sentences) {
    out.push(...sentence.comments);
    for (const line of sentence.lines) {
      if (typeof line === 'string') { out.push(line); continue; }
      out.push([line.id, line.form, line.lemma, line.upos, line.xpos, line.feats, line.head < 0 ? '_' : line.head,
        line.deprel, line.deps, line.misc].join('\t'));
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

export interface IobSentence {
  comments: string[];
  /** True when a "# newdoc" comment opens this sentence. */
  newDocument: boolean;
  /** The columns of each word line; column 1 is the word, column 2 the tag. */
  rows: string[][];
}

const IOB_TAG = /^(?:O|[BI]-[A-Za-z]+|_)$/;

export function readIob2(text: string): IobSentence[] {
  const sentences: IobSentence[] = [];
  let current: IobSentence = { comments: [], newDocument: false, rows: [] };
  const finish = (): void => {
    if (current.rows.length > 0) sentences.push(current);
    current = { comments: [], newDocument: current.rows.length > 0 ? false : current.newDocument, rows: [] };
  };
  for (const [lineNumber, line] of numberedLines(text)) {
    if (line === '') { finish(); continue; }
    if (line.startsWith('#')) {
      if (current.rows.length > 0) throw new FormatError(lineNumber, 'comment inside a sentence');
      current.comments.push(line);
      if (/^#\s*newdoc/.test(line)) current.newDocument = true;
      continue;
    }
    const columns = line.split('\t');
    if (columns.length < 3) throw new FormatError(lineNumber, `expected at least 3 tab-separated columns (index, word, tag), found ${columns.length}`);
    if (!/^\d+$/.test(columns[0]) || Number(columns[0]) !== current.rows.length + 1) {
      throw new FormatError(lineNumber, `word index "${columns[0]}" out of order (expected ${current.rows.length + 1})`);
    }
    if (columns[1] === '') throw new FormatError(lineNumber, 'empty word');
    if (!IOB_TAG.test(columns[2])) throw new FormatError(lineNumber, `bad tag "${columns[2]}" (expected O, B-TYPE or I-TYPE)`);
    current.rows.push(columns);
  }
  finish();
  return sentences;
}

export function writeIob2(sentences: readonly IobSentence[]): string {
  const out: string[] = [];
  for (const sentence of sentences) {
    out.push(...sentence.comments);
    for (const row of sentence.rows) out.push(row.join('\t'));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
