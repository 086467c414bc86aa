// Stage 1: text normalisation. Straightens typographic quotes, drops HTML tags and decodes HTML
// entities, folds runs of spaces — while keeping, for every character of the normalised text, the
// offset of the character it came from, so that evidence points into the original document.
import { decodeHTMLStrict } from 'entities/decode';

export interface NormalizedText {
  /** The normalised text the later stages read. */
  text: string;
  /** starts[i] is the offset in the original where normalised character i comes from. */
  starts: Int32Array;
  /** ends[i] is the offset in the original just past the source of normalised character i. */
  ends: Int32Array;
}

const CHARACTER_REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'",
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\t': ' ',
  '\u200b': '', '\ufeff': '', '\u00ad': '',
};

// Block-level tags end a line so that paragraphs never run into each other.
const BLOCK_TAG = /^<\/?(p|div|br|li|h[1-6]|tr|section|article|header|footer|blockquote)\b/i;

/** An entity reference at the start of a string: numeric (&#233; &#xE9;) or named (&eacute;, up to the longest HTML name). */
const ENTITY_REFERENCE = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

/** The text of one entity reference (every HTML5 named and numeric entity, by the `entities` package); undefined when it names none. */
function decodeEntity(entity: string): string | undefined {
  const decoded = decodeHTMLStrict(entity);
  return decoded === entity ? undefined : decoded;
}

/** Text without any of these maps onto itself: tags, entities, replaced characters, runs of spaces. */
const NEEDS_WORK = new RegExp(`[<&\\r${Object.keys(CHARACTER_REPLACEMENTS).join('')}]| {2}| \\n|\\n |^ `);

export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) {
    const starts = new Int32Array(original.length);
    const ends = new Int32Array(original.length);
    for (let i = 0; i < original.length; i++) { starts[i] = i; ends[i] = i + 1; }
    return { text: original, starts, ends };
  }
  const out: string[] = [];
  const offsets: number[] = [];
  const offsetEnds: number[] = [];
  const push = (s: string, from: number, to: number = from + 1) => {
    for (const ch of s) { out.push(ch); offsets.push(from); offsetEnds.push(to); }
  };
  let i = 0;
  while (i < original.length) {
    const ch = original[i];
    if (ch === '<') {
      const close = original.indexOf('>', i);
      const tag = close > i ? original.slice(i, close + 1) : '';
      if (tag && /^<\/?[a-zA-Z!][^<>]*>$/.test(tag)) {
        push(BLOCK_TAG.test(tag) ? '\n' : ' ', i, close + 1);
        i = close + 1;
        continue;
      }
    }
    if (ch === '&') {
      const match = ENTITY_REFERENCE.exec(original.slice(i, i + 34));
      const decoded = match ? decodeEntity(match[0]) : undefined;
      if (match && decoded !== undefined) {
        push(CHARACTER_REPLACEMENTS[decoded] ?? decoded, i, i + match[0].length);
        i += match[0].length;
        continue;
      }
    }
    if (ch === '\r') { i++; continue; }
    const replaced = CHARACTER_REPLACEMENTS[ch] ?? ch;
    push(replaced, i);
    i++;
  }
  // Fold runs of spaces (not newlines) into one; trim spaces at line ends.
  const text: string[] = [];
  const folded: number[] = [];
  const foldedEnds: number[] = [];
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (c === ' ' && (text.length === 0 || text[text.length - 1] === ' ' || text[text.length - 1] === '\n')) continue;
    if (c === '\n' && text[text.length - 1] === ' ') { text.pop(); folded.pop(); foldedEnds.pop(); }
    text.push(c);
    folded.push(offsets[k]);
    foldedEnds.push(offsetEnds[k]);
  }
  return { text: text.join(''), starts: Int32Array.from(folded), ends: Int32Array.from(foldedEnds) };
}

/** Maps a [start, end) range of the normalised text back to the original text. */
export function originalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < normalized.starts.length ? normalized.starts[start] : (normalized.ends[normalized.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: normalized.starts[start], end: normalized.ends[end - 1] };
}
