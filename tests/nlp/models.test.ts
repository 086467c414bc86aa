import { describe, expect, it } from 'vitest';
import { models } from '../../src/nlp/models.js';
import { parseText } from '../../src/nlp/pipeline.js';

const TEXT = 'Russian forces shelled Kharkiv on Monday, Ukraine\'s president Volodymyr Zelensky said. '
  + 'The United Nations didn\'t comment.\n\nIn Brussels, NATO ministers met to discuss the attack.';

describe('shipped models', () => {
  it('load once and are shared', () => {
    const first = models();
    expect(first.tagger.featureCount).toBeGreaterThan(10000);
    expect(first.parser.featureCount).toBeGreaterThan(10000);
    expect(first.ner.classes).toContain('B-PER');
    expect(models()).toBe(first);
  });

  it('analyse text into words with exact offsets, one root per sentence and heads inside the sentence', () => {
    const sentences = parseText(TEXT);
    expect(sentences).toHaveLength(3);
    for (const sentence of sentences) {
      expect(sentence.words.filter((w) => w.head === -1)).toHaveLength(1);
      for (const word of sentence.words) {
        expect(TEXT.slice(word.start, word.end)).toBe(word.text);
        expect(word.head).toBeGreaterThanOrEqual(-1);
        expect(word.head).toBeLessThan(sentence.words.length);
        expect(word.upos).toMatch(/^[A-Z]+$/);
        expect(word.deprel).not.toBe('_');
      }
    }
    const names = sentences.flatMap((s) => s.words).filter((w) => w.ner !== 'O').map((w) => `${w.text}:${w.ner}`);
    expect(names).toContain('Zelensky:I-PER');
    expect(names).toContain('Brussels:B-LOC');
  });

  it('give the same output for the same input', () => {
    expect(JSON.stringify(parseText(TEXT))).toBe(JSON.stringify(parseText(TEXT)));
  });
});
