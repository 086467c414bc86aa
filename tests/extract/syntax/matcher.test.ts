// The dependency matcher on hand-built parses (fixtures/parses.json): a parse in, relations out, one
// construction per case, with the English patterns and lexicon.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchRelations } from '../../../src/extract/syntax/matcher.js';
import type { DepToken } from '../../../src/extract/syntax/types.js';
import { englishDepLanguage } from '../../../src/extract/lang/en/dep-patterns.js';

type TokenRow = [string, string, string, number, string];
interface ParseCase { id: string; tokens: TokenRow[]; entities: Record<string, number[]>; relations: string[][] }

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/parses.json'), 'utf8')) as { cases: ParseCase[] };

function tokensOf(rows: readonly TokenRow[]): DepToken[] {
  let offset = 0;
  return rows.map(([text, lemma, upos, head, deprel]) => {
    const token = { text, lemma, upos, head, deprel, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return token;
  });
}

const EN = englishDepLanguage();

describe('matchRelations on hand-built parses', () => {
  for (const c of cases) {
    it(c.id, () => {
      const entityOf = new Map<number, string>();
      for (const [entity, positions] of Object.entries(c.entities)) for (const p of positions) entityOf.set(p - 1, entity);
      const found = matchRelations(tokensOf(c.tokens), (i) => entityOf.get(i), EN)
        .map((r) => [r.source, r.predicate, r.target, r.modality, r.reason].join(' '));
      expect(found.sort()).toEqual(c.relations.map((r) => r.join(' ')).sort());
    });
  }
});
