// Per-word integer attributes, computed once per word so that feature templates only combine integers.
import { hashString } from './hash.js';

/** Word → hierarchical cluster id (1-based path of 6+3+3 bits; 0 = unknown), from the GloVe clusters. */
export class WordClusters {
  private readonly ids: Map<string, number>;
  constructor(words: readonly string[], ids: Uint16Array) {
    this.ids = new Map();
    for (let i = 0; i < words.length; i++) this.ids.set(words[i], ids[i]);
  }
  get size(): number { return this.ids.size; }
  lookup(lower: string): number {
    return this.ids.get(lower) ?? 0;
  }
}

/** Parallel arrays of word attributes for one sentence. Hashes are uint32; `cluster` is 0 when unknown. */
export interface WordAttributes {
  length: number;
  forms: readonly string[];
  form: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  prefix: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  cluster: Uint32Array;
  /** Bit flags: 1 capitalised, 2 all caps, 4 has digit, 8 punctuation only, 16 has hyphen or period. */
  flags: Uint32Array;
}

function charKind(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return char;
  return /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
}

/** "Obama" → "Xxxx", "U.S." → "X.X.", "2020" → "dddd": runs longer than 4 are cut to 4. */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const char of form) {
    const kind = charKind(char);
    run = kind === last ? run + 1 : 1;
    last = kind;
    if (run <= 4) shape += kind;
  }
  return shape;
}

function normalisedLower(form: string): string {
  return form.toLowerCase().replace(/\p{N}/gu, '0');
}

export function wordAttributes(forms: readonly string[], clusters: WordClusters): WordAttributes {
  const n = forms.length;
  const attributes: WordAttributes = {
    length: n, forms,
    form: new Uint32Array(n), lower: new Uint32Array(n), shape: new Uint32Array(n), prefix: new Uint32Array(n),
    suffix2: new Uint32Array(n), suffix3: new Uint32Array(n), cluster: new Uint32Array(n), flags: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i];
    const lower = normalisedLower(form);
    attributes.form[i] = hashString(form);
    attributes.lower[i] = hashString(lower);
    attributes.shape[i] = hashString(wordShape(form));
    attributes.prefix[i] = hashString(lower.slice(0, 2));
    attributes.suffix2[i] = hashString(lower.slice(-2));
    attributes.suffix3[i] = hashString(lower.slice(-3));
    attributes.cluster[i] = clusters.lookup(form.toLowerCase());
    let flags = 0;
    if (/^\p{Lu}/u.test(form)) flags |= 1;
    if (/^\p{Lu}{2,}$/u.test(form)) flags |= 2;
    if (/\p{N}/u.test(form)) flags |= 4;
    if (/^[^\p{L}\p{N}]+$/u.test(form)) flags |= 8;
    if (/[-.]/.test(form) && form.length > 1) flags |= 16;
    attributes.flags[i] = flags;
  }
  return attributes;
}
