// Extraction work stays linear in the input: long runs of non-space characters never reach the
// tagger (whose cost grows with the square of a token's length), and the indexes that replaced
// whole-history scans in resolution and coreference answer exactly as those scans did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { analyzeText, MAX_TOKEN_CHARS } from '../../src/extract/nlp.js';
import { ClusterIndex } from '../../src/extract/cluster-index.js';
import { SalienceHistory } from '../../src/extract/salience.js';

describe('long runs of non-space characters', () => {
  const run = 'x'.repeat(MAX_TOKEN_CHARS * 40);

  it('never reach the tagger, and the tokens around them keep their offsets', () => {
    const text = `Greece threatened Turkey. ${run} Turkey warned Greece.\nA${run}B then Greece.`;
    const tokens = analyzeText(text).flatMap((s) => s.tokens);
    expect(Math.max(...tokens.map((t) => t.text.length))).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text)).toContain('then');
  });

  it('leave the relations and evidence of the sentences around them as they are', () => {
    const plain = 'Greece threatened Turkey on Monday.\nTurkey accused Greece of provocations.';
    const padded = `Greece threatened Turkey on Monday.\n${run}\nTurkey accused Greece of provocations.`;
    const strip = (r: ReturnType<typeof extractDocument>) => r.relations.map((x) => `${x.source} ${x.predicate} ${x.target}: ${x.evidence.text}`);
    const withRun = extractDocument(padded, 'd');
    expect(strip(withRun)).toEqual(strip(extractDocument(plain, 'd')));
    for (const r of withRun.relations) expect(padded.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
});

interface Named { nameWords: string[]; id: number }

describe('ClusterIndex', () => {
  it('finds the first cluster a scan in creation order finds, among those sharing the last word', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(fc.property(fc.array(fc.array(word, { maxLength: 3 }), { maxLength: 30 }), fc.array(word, { maxLength: 3 }), (names, query) => {
      const index = new ClusterIndex<Named>();
      const all = names.map((nameWords, id) => ({ nameWords, id }));
      for (const cluster of all) index.add(cluster);
      const endsLikeQuery = (c: Named) => c.nameWords[c.nameWords.length - 1] === query[query.length - 1] && c.nameWords.length >= query.length;
      expect(index.first([index.endingWith(query)], endsLikeQuery)).toBe(all.find(endsLikeQuery));
      const contains = (c: Named) => c.nameWords.length > 1 && c.nameWords.includes(query[0] ?? '');
      expect(index.containing(query[0] ?? '')).toEqual(all.filter(contains));
    }));
  });
});

interface Entry { sentence: number; first?: boolean; value: number; word: string }

describe('SalienceHistory', () => {
  it('answers as a backward scan of the whole history', () => {
    const kinds = { even: (e: Entry) => e.value % 2 === 0, big: (e: Entry) => e.value > 5 };
    const entry = fc.record({ sentence: fc.nat(5), first: fc.boolean(), value: fc.nat(9), word: fc.constantFrom('x', 'y', 'z') });
    fc.assert(fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
      const sorted = [...entries].sort((a, b) => a.sentence - b.sentence);
      const history = new SalienceHistory(kinds, (e: Entry) => [e.word]);
      const seen: Entry[] = [];
      for (const e of sorted) {
        history.push(e);
        seen.push(e);
        const last = (accept: (x: Entry) => boolean) => [...seen].reverse().find(accept);
        expect(history.mostRecent('even')).toBe(last(kinds.even));
        expect(history.mostRecent('big')).toBe(last(kinds.big));
        expect(history.mostRecentWith('y')).toBe(last((x) => x.word === 'y'));
        for (let s = 0; s <= 5; s++) {
          expect(history.firstIn(s)).toBe(seen.find((x) => x.sentence === s && x.first));
          expect(history.hasSentence(s)).toBe(seen.some((x) => x.sentence === s));
        }
      }
    }));
  });
});
