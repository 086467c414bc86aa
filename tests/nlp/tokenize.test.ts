import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../src/nlp/tokenize.js';

/** A seeded generator of news-like text: names, numbers, clitics, quotes, URLs, dashes, line breaks. */
function randomText(seed: number): string {
  let state = seed;
  const next = (): number => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 4294967296; };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const pieces = [
    'the', 'minister', 'said', "didn't", "won't", "it's", "Iran's", 'U.S.', 'Mr.', 'Dr.', 'Jan.', 'St.', '3.5%', '$1,200',
    '2024', '10:30', '"We', 'agree,"', '(AP)', 'anti-war', 'and/or', 'e-mail', 'www.example.com/a?b=1', 'news@example.org',
    '—', '--', '...', 'Prime', 'Minister', 'Keir', 'Starmer', 'São', 'Paulo', 'naïve', '’s', 'can’t', 'cannot', 'gonna',
    'O’Neill', "rock'n'roll", '#tag', '@user', ';', ':', '!', '?', '.', ',', 'Co.', 'Inc.', 'vs.', "'90s",
  ];
  const spaces = [' ', ' ', ' ', '  ', '\n', '\n\n', '\t', ''];
  let text = '';
  const length = 5 + Math.floor(next() * 60);
  for (let i = 0; i < length; i++) text += pick(pieces) + pick(spaces);
  return text;
}

describe('tokenize', () => {
  it('gives offsets that slice back to every token, in order, losing no character', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed);
      const tokens = tokenize(text);
      let cursor = 0;
      for (const token of tokens) {
        expect(text.slice(token.start, token.end)).toBe(token.text);
        expect(token.start).toBeGreaterThanOrEqual(cursor);
        expect(text.slice(cursor, token.start).trim()).toBe('');
        cursor = token.end;
      }
      expect(text.slice(cursor).trim()).toBe('');
    }
  });

  it('splits clitics, hyphens and symbols the UD English way and keeps abbreviations', () => {
    const words = (text: string): string[] => tokenize(text).map((t) => t.text);
    expect(words("Mr. Smith didn't go; he can't.")).toEqual(['Mr.', 'Smith', 'did', "n't", 'go', ';', 'he', 'ca', "n't", '.']);
    expect(words("Iran's anti-war U.S. e-mail")).toEqual(['Iran', "'s", 'anti', '-', 'war', 'U.S.', 'e', '-', 'mail']);
    expect(words('$1,200 or 3.5% at 10:30')).toEqual(['$', '1,200', 'or', '3.5', '%', 'at', '10:30']);
    expect(words('see www.example.com/a?b=1.')).toEqual(['see', 'www.example.com/a?b=1', '.']);
    expect(words('I cannot, we’re gonna')).toEqual(['I', 'can', 'not', ',', 'we', '’re', 'gon', 'na']);
  });

  it('ends sentences at final punctuation before a capital and at blank lines, not after abbreviations', () => {
    const text = 'Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.\n\nA headline\nThe story "ends." Here.';
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['Mr. Smith met Dr. Jones in the U.S. on Monday.', 'They talked.', 'A headline', 'The story "ends."', 'Here.']);
  });
});
