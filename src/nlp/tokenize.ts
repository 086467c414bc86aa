// UD-style English tokenisation with exact character offsets: every token's `start`/`end` slice the
// original text back to its `text`. Clitics are split ("don't" → "do" + "n't"), hyphens and slashes
// between words are their own tokens, URLs, e-mail addresses, numbers and abbreviations stay whole.
import { ENGLISH_ABBREVIATIONS, ENGLISH_CLITICS, ENGLISH_SPLIT_WORDS } from './abbreviations.js';

export interface TextToken { text: string; start: number; end: number }
export interface TextSentence { start: number; end: number; tokens: TextToken[] }

const TOKEN_PATTERN = new RegExp([
  String.raw`(?:https?://|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'’”]`, // URL, without trailing punctuation
  String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail
  String.raw`\p{N}{3}-\p{N}{3}-\p{N}{4}|\p{N}{1,4}/\p{N}{1,2}/\p{N}{2,4}`, // phone numbers, dates
  String.raw`\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?(?![\p{L}\p{N}])`, // numbers, times, decimals, 29th, 1990s
  String.raw`\p{N}+(?:[.,:]\p{N}+)*`, // numbers followed by letters (10am → 10 am)
  String.raw`[:;]-?[()DP](?=\s|$)`, // emoticons
  String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // initials: U.S., e.g.
  String.raw`[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*`, // words, with inner apostrophes (split below)
  String.raw`\.{2,}|-{2,}|…|[!?]{2,}|\*{2,}|={2,}|~{2,}|_{2,}|#{2,}`, // ellipsis, dashes, repeated punctuation
  String.raw`\S`, // any other single character
].join('|'), 'gu');

function isAbbreviation(word: string): boolean {
  return ENGLISH_ABBREVIATIONS.has(word.toLowerCase()) || /^\p{L}$/u.test(word);
}

/** Splits a word into stem + clitic(s), returning the lengths of the parts. */
function wordParts(word: string): number[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const split = ENGLISH_SPLIT_WORDS.get(lower);
  if (split !== undefined) return [split, word.length - split];
  for (const clitic of ENGLISH_CLITICS) {
    if (lower.length > clitic.length && lower.endsWith(clitic)) {
      const stem = word.length - clitic.length;
      return [...wordParts(word.slice(0, stem)), clitic.length];
    }
  }
  return [word.length];
}

/** Tokens of `text` in order, with offsets into `text`. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    // An abbreviation keeps the period that follows it directly ("Mr." "Inc.").
    if (/^\p{L}+$/u.test(raw) && text[start + raw.length] === '.' && isAbbreviation(raw)) {
      const after = text[start + raw.length + 1];
      if (after === undefined || /[\s,;:)'"’”]/.test(after)) {
        tokens.push({ text: `${raw}.`, start, end: start + raw.length + 1 });
        TOKEN_PATTERN.lastIndex = start + raw.length + 1;
        continue;
      }
    }
    if (/['’]|^(?:cannot|gonna|wanna|gotta)$/i.test(raw) && /^[\p{L}\p{M}]/u.test(raw)) {
      let at = start;
      for (const length of wordParts(raw)) {
        tokens.push({ text: text.slice(at, at + length), start: at, end: at + length });
        at += length;
      }
      continue;
    }
    tokens.push({ text: raw, start, end: start + raw.length });
  }
  return tokens;
}

const SENTENCE_FINAL = /^(?:[.!?]+|\.{2,}|…)$/;
const CLOSING = /^[)\]}"'’”»]$/;

/**
 * Sentences of `text`: a sentence ends after . ! ? (and any closing quotes or brackets) when the next
 * token starts a new sentence (capital, digit, quote or bracket), and always at a blank line or at a
 * line break after which a new paragraph-like line starts.
 */
export function splitSentences(text: string): TextSentence[] {
  const tokens = tokenize(text);
  const sentences: TextSentence[] = [];
  let current: TextToken[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    sentences.push({ start: current[0].start, end: current[current.length - 1].end, tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (current.length > 0) {
      const previous = current[current.length - 1];
      const gap = text.slice(previous.end, token.start);
      if (/\n\s*\n/.test(gap) || (gap.includes('\n') && !/^[\p{Ll}]/u.test(token.text))) flush();
    }
    current.push(token);
    if (!SENTENCE_FINAL.test(token.text)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSING.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end) current.push(tokens[j++]);
    const next = tokens[j];
    if (!next || /^[\p{Lu}\p{N}"'“‘(\[]/u.test(next.text)) { i = j - 1; flush(); }
    else i = j - 1;
  }
  flush();
  return sentences;
}
