// Stage 2: sentences and tokens. Each line is read on its own; offsets point into the normalised text.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/extract/nlp.js';

const ARTICLE = [
  'Chile And Peru Sign Border Deal',
  'Chile and Peru signed a border deal on Monday. Bolivia welcomed it.',
  'Secretary-General Ana Ruiz said the pro-Western government of Port-au-Prince agreed.',
].join('\n');

describe('analyzeText', () => {
  const sentences = analyzeText(ARTICLE);

  it('splits sentences within a line and never across lines', () => {
    expect(sentences.map((s) => s.text)).toEqual([
      'Chile And Peru Sign Border Deal',
      'Chile and Peru signed a border deal on Monday.',
      'Bolivia welcomed it.',
      'Secretary-General Ana Ruiz said the pro-Western government of Port-au-Prince agreed.',
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('marks a title-case line without final punctuation as a headline, and only that', () => {
    expect(sentences.map((s) => s.headline)).toEqual([true, false, false, false]);
  });

  it('does not take a short or lower-case line for a headline', () => {
    const [line] = analyzeText('the talks between chile and peru continue');
    expect(line.headline).toBe(false);
  });

  it('gives every sentence and token offsets that slice its text', () => {
    for (const sentence of sentences) {
      expect(ARTICLE.slice(sentence.start, sentence.end)).toBe(sentence.text);
      for (const token of sentence.tokens) expect(ARTICLE.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('keeps tokens in order without overlap', () => {
    for (const sentence of sentences) {
      sentence.tokens.forEach((token, i) => {
        if (i > 0) expect(token.start).toBeGreaterThanOrEqual(sentence.tokens[i - 1].end);
      });
    }
  });

  it('joins hyphenated compounds into one token', () => {
    const words = sentences[3].tokens.map((t) => t.text);
    expect(words).toContain('Secretary-General');
    expect(words).toContain('pro-Western');
    expect(words).toContain('Port-au-Prince');
    expect(words).not.toContain('-');
  });

  it('keeps a spaced dash as its own token', () => {
    const [sentence] = analyzeText('Chile - not Peru - objected.');
    expect(sentence.tokens.map((t) => t.text)).toContain('-');
  });

  it('tags parts of speech and lemmas that the relation rules read', () => {
    const signed = sentences[1].tokens.find((t) => t.text === 'signed');
    expect(signed?.pos).toBe('VERB');
    expect(signed?.lemma).toBe('sign');
    expect(sentences[1].tokens[0].pos).toBe('PROPN');
  });

  it('skips blank lines', () => {
    expect(analyzeText('\n\nNepal agreed.\n\n\n').map((s) => s.text)).toEqual(['Nepal agreed.']);
  });
});
