// Stage 2: sentences, tokens and parts of speech, from wink-nlp's English model, in one pass over the
// normalised text. Sentences also end at line breaks (a headline never runs into the first paragraph),
// and every token gets its character offsets in the normalised text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { MAX_TOKEN_CHARS } from '../domain/limits.js';

export interface Token {
  text: string;
  /** Lower-case form. */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, AUX, ADP, DET, PRON, ADJ, ADV, PART, SCONJ, CCONJ, NUM, PUNCT…). */
  pos: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** True when the sentence stands alone on a line in title case without final punctuation (a headline). */
  headline: boolean;
}

type WinkInstance = ReturnType<typeof winkNLP>;
let instance: WinkInstance | undefined;

function nlp(): WinkInstance {
  // Only sentences, tokens, POS and lemmas are read: NER, negation and sentiment would cost ~2× for nothing.
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

function isHeadline(line: string, tokens: readonly Token[]): boolean {
  if (/[.!?"']\s*$/.test(line)) return false;
  const words = tokens.filter((t) => /^[A-Za-z]/.test(t.text) && t.text.length > 3);
  if (words.length < 2) return false;
  const capitalised = words.filter((t) => /^[A-Z]/.test(t.text)).length;
  return capitalised / words.length >= 0.6;
}

function tokensOf(text: string, words: string[], tags: string[], lemmas: string[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let at = text.indexOf(word, cursor);
    // wink may normalise a token's text; keep offsets sane by falling back to the cursor.
    if (at < 0) at = cursor;
    const end = Math.min(text.length, at + word.length);
    tokens.push({ text: word, lower: word.toLowerCase(), lemma: lemmas[i] ?? word.toLowerCase(), pos: tags[i] ?? 'X', start: at, end });
    cursor = end;
  }
  return tokens;
}

/** Joins hyphenated compounds written without spaces into one token ("Secretary-General", "al-Raqqa"). */
function joinHyphenated(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const left = out[out.length - 1];
    const hyphen = tokens[i];
    const right = tokens[i + 1];
    if (left && right && hyphen.text === '-' && left.end === hyphen.start && hyphen.end === right.start &&
        /\w$/.test(left.text) && /^\w/.test(right.text)) {
      // Joined into the previous token, so that chains join too: "Port-au-Prince".
      const text = left.text + '-' + right.text;
      out[out.length - 1] = { text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: right.pos === 'PROPN' || left.pos === 'PROPN' ? 'PROPN' : right.pos, start: left.start, end: right.end };
      i++;
      continue;
    }
    out.push(hyphen);
  }
  return out;
}

export { MAX_TOKEN_CHARS };

/** JavaScript's \s (a scan: the regular expression \S{129,} took 1.6 s on a 5 MB run). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** [start, end) of every run of more than MAX_TOKEN_CHARS non-space characters. */
function longRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i - start > MAX_TOKEN_CHARS) runs.push([start, i]);
    start = i + 1;
  }
  return runs;
}

/** A long run cut out of the tagger's text: at `at` (in the cut text) one space stands for `removed` + 1 characters. */
interface Cut { at: number; removed: number }

/**
 * The tagger's cost grows with the square of a token's length (a backtracking check in its model):
 * one 200 KB "word" took half a minute, and even blank runs cost it time. So longer runs of non-space
 * characters (base64, URLs, garbage: they name no one) are each given to it as one space, and the
 * rest of the pipeline reads them blanked, at their own offsets.
 */
function cutLongRuns(text: string): { forTagger: string; blanked: string; cuts: Cut[] } {
  const runs = longRuns(text);
  if (runs.length === 0) return { forTagger: text, blanked: text, cuts: [] };
  const cuts: Cut[] = [];
  const forTagger: string[] = [];
  const blanked: string[] = [];
  let from = 0;
  let removedSoFar = 0;
  for (const [start, end] of runs) {
    forTagger.push(text.slice(from, start), ' ');
    blanked.push(text.slice(from, start), ' '.repeat(end - start));
    cuts.push({ at: start - removedSoFar, removed: end - start - 1 });
    removedSoFar += end - start - 1;
    from = end;
  }
  forTagger.push(text.slice(from));
  blanked.push(text.slice(from));
  return { forTagger: forTagger.join(''), blanked: blanked.join(''), cuts };
}

/** Moves token offsets from the tagger's text back to the full text (tokens in text order). */
function restoreOffsets(tokens: Token[], cuts: readonly Cut[]): void {
  let next = 0;
  let shift = 0;
  for (const token of tokens) {
    while (next < cuts.length && cuts[next].at < token.start) shift += cuts[next++].removed;
    token.start += shift;
    token.end += shift;
  }
}

/** Splits normalised text into sentences of POS-tagged tokens. */
export function analyzeText(normalized: string): Sentence[] {
  const { forTagger, blanked: text, cuts } = cutLongRuns(normalized);
  const engine = nlp();
  const its = engine.its;
  // One pass of the tagger over the whole text (cheaper than one per line); sentences are then also
  // cut at line breaks, so that a headline never runs into the first paragraph.
  const doc = engine.readDoc(forTagger);
  const tokenList = doc.tokens();
  const words = tokenList.out() as string[];
  const tags = tokenList.out(its.pos) as string[];
  // The lemma helper's declared type does not fit `out`'s parameter, though it works at run time.
  const lemmas = tokenList.out(its.lemma as unknown as typeof its.pos) as string[];
  const allTokens = tokensOf(forTagger, words, tags, lemmas);
  restoreOffsets(allTokens, cuts);
  const spans = (doc.sentences() as unknown as { out(f: unknown): Array<[number, number]> }).out(its.span);
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    // wink keeps line breaks as SPACE tokens; they end a sentence and are not words.
    const spanTokens = allTokens.slice(first, last + 1).filter((t) => t.pos !== 'SPACE' && t.text.trim() !== '');
    let from = 0;
    for (let k = 0; k < spanTokens.length; k++) {
      const lineBreak = k === spanTokens.length - 1 || text.slice(spanTokens[k].end, spanTokens[k + 1].start).includes('\n');
      if (!lineBreak) continue;
      const tokens = joinHyphenated(spanTokens.slice(from, k + 1));
      from = k + 1;
      if (tokens.length === 0) continue;
      const start = tokens[0].start;
      const end = tokens[tokens.length - 1].end;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const lineEndAt = text.indexOf('\n', end);
      const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
      // A headline is a whole line of its own.
      const wholeLine = lineStart === start && line.trimEnd().length === end - start;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens, headline: wholeLine && isHeadline(line, tokens) });
    }
  }
  return sentences;
}
