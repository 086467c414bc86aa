// Runs the extractor over whole multi-paragraph articles (fixtures/articles/) scored against hand gold
// written before the extractor first saw them. Floors are stored figures (floors/articles.json), ratcheted
// like the wire suite's (floors.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { ExpectedEntity, ExpectedTriple, WireCase } from './fixtures/wire-sentences.js';
import { drops, ratchet, readFloors } from './floors.js';
import { floorFigures, formatWireReport, runWireSuite, type SuiteReport } from './wire-score.js';

const DIR = join(import.meta.dirname, 'fixtures/articles');

interface ArticleGold { id: string; tags: string[]; entities: ExpectedEntity[]; triples: ExpectedTriple[] }

const gold = JSON.parse(readFileSync(join(DIR, 'gold.json'), 'utf8')) as { articles: ArticleGold[] };
const ARTICLES: WireCase[] = gold.articles.map((a) => ({ ...a, text: readFileSync(join(DIR, `${a.id}.txt`), 'utf8') }));

const FLOORS = readFloors('articles');

describe('extraction on whole articles', () => {
  let report: SuiteReport;
  beforeAll(() => {
    report = runWireSuite((text, doc) => extractDocument(text, doc), ARTICLES);
    console.log(`\narticles: ${ARTICLES.length}\n${formatWireReport(report, { details: process.env.WIRE_DETAILS === '1' })}\n`);
  });

  it('has gold that names only listed entities', () => {
    for (const a of ARTICLES) {
      const names = new Set(a.entities.map((e) => e.name));
      for (const t of a.triples) expect(names.has(t.source) && names.has(t.target), `${a.id}: ${t.source} → ${t.target}`).toBe(true);
    }
  });

  it(`keeps every figure within one point of its floor (${Object.entries(FLOORS).map(([k, v]) => `${k} ${v}`).join(', ')})`, () => {
    const measured = floorFigures(report);
    expect(drops(FLOORS, measured)).toEqual([]);
    ratchet('articles', FLOORS, measured);
  });
});
