// Runs the extractor over whole multi-paragraph articles (fixtures/articles/) scored against hand gold
// written before the extractor first saw them. Floors are the measured figures minus a small margin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { ExpectedEntity, ExpectedTriple, WireCase } from './fixtures/wire-sentences.js';
import { formatWireReport, runWireSuite, type SuiteReport } from './wire-score.js';

const DIR = join(import.meta.dirname, 'fixtures/articles');

interface ArticleGold { id: string; tags: string[]; entities: ExpectedEntity[]; triples: ExpectedTriple[] }

const gold = JSON.parse(readFileSync(join(DIR, 'gold.json'), 'utf8')) as { articles: ArticleGold[] };
const ARTICLES: WireCase[] = gold.articles.map((a) => ({ ...a, text: readFileSync(join(DIR, `${a.id}.txt`), 'utf8') }));

const MIN_TRIPLE_PRECISION = 0.95;
const MIN_TRIPLE_RECALL = 0.44;

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

  it(`states few wrong triples (precision >= ${MIN_TRIPLE_PRECISION})`, () => {
    expect(report.tripleFigures.precision).toBeGreaterThanOrEqual(MIN_TRIPLE_PRECISION);
  });

  it(`finds the expected triples (recall >= ${MIN_TRIPLE_RECALL})`, () => {
    expect(report.tripleFigures.recall).toBeGreaterThanOrEqual(MIN_TRIPLE_RECALL);
  });
});
