import { describe, expect, it } from 'vitest';
import { corpusBytes, corpusDocument, corpusWords, generateCorpus } from '../../bench/corpus.js';

describe('benchmark corpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateCorpus({ documents: 30, seed: 7 });
    const b = generateCorpus({ documents: 30, seed: 7 });
    const c = generateCorpus({ documents: 30, seed: 8 });
    expect(a).toEqual(b);
    expect(a.map((d) => d.text)).not.toEqual(c.map((d) => d.text));
  });

  it('makes a small corpus a prefix of a larger one', () => {
    const small = generateCorpus({ documents: 10 });
    const large = generateCorpus({ documents: 50 });
    expect(large.slice(0, 10)).toEqual(small);
    expect(corpusDocument(9)).toEqual(small[9]);
  });

  it('reaches the requested size and counts its words and bytes', () => {
    const corpus = generateCorpus({ minBytes: 200_000 });
    const bytes = corpusBytes(corpus);
    expect(bytes).toBeGreaterThanOrEqual(200_000);
    expect(bytes - Buffer.byteLength(corpus[corpus.length - 1].text)).toBeLessThan(200_000);
    expect(corpusWords([{ id: 'x', title: 't', published: '2025-01-01', text: 'Two  words\n' }])).toBe(2);
    expect(corpusWords(corpus)).toBeGreaterThan(bytes / 10);
  });

  it('recasts the seed article and fills every slot with many different names', () => {
    const corpus = generateCorpus({ documents: 200 });
    const text = corpus.map((d) => d.text).join('\n');
    expect(text).not.toMatch(/\{[A-Z0-9]+\}/);
    expect(text).not.toMatch(/Erdogan|Taliban|Kabul International Airport/);
    expect(text).toMatch(/Defense Ministry announced on Wednesday/);
    const titles = new Set(corpus.map((d) => d.title));
    expect(titles.size).toBeGreaterThan(150);
    for (const doc of corpus) {
      expect(doc.published).toMatch(/^2025-\d{2}-\d{2}$/);
      expect(doc.text.startsWith(`${doc.title}\n`)).toBe(true);
    }
    expect(new Set(corpus.map((d) => d.id)).size).toBe(corpus.length);
  });
});
