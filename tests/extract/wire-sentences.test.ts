// Runs the extractor over the hand-annotated wire sentences and checks it against quality floors.
// The table printed per tag and per predicate shows where it falls short; set WIRE_DETAILS=1 to list
// every missed and wrong entity and triple by case.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { WIRE_CASES } from './fixtures/wire-sentences.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { PREDICATE_BY_ID } from '../../src/domain/ontology.js';
import { drops, ratchet, readFloors } from './floors.js';
import { floorFigures, formatWireReport, runWireSuite, showWrongTriple, type SuiteReport } from './wire-score.js';

// Floors for the whole suite (micro-averaged), stored in floors/wire.json and ratcheted (floors.ts).
// modalityAccuracy: of the expected triples found, the share carrying the expected modality.
const FLOORS = readFloors('wire');

describe('extraction on wire sentences', () => {
  let report: SuiteReport;
  const results = new Map<string, ExtractionResult>();

  beforeAll(() => {
    report = runWireSuite((text, doc) => {
      const result: ExtractionResult = extractDocument(text, doc);
      results.set(doc, result);
      return result;
    }, WIRE_CASES);
    console.log(`\nwire sentences: ${WIRE_CASES.length} cases\n${formatWireReport(report, { details: process.env.WIRE_DETAILS === '1' })}\n`);
  });

  it('returns relations whose endpoints are entities of the same result', () => {
    for (const c of WIRE_CASES) {
      const result = results.get(c.id) as ExtractionResult;
      const keys = new Set(result.entities.map((e) => e.key));
      for (const r of result.relations) {
        expect(keys.has(r.source) && keys.has(r.target), `${c.id}: ${r.source} -${r.predicate}-> ${r.target}`).toBe(true);
      }
    }
  });

  it(`keeps every figure within one point of its floor (${Object.entries(FLOORS).map(([k, v]) => `${k} ${v}`).join(', ')})`, () => {
    expect(report.overall.modality.checked).toBeGreaterThan(0);
    const measured = floorFigures(report);
    expect(drops(FLOORS, measured)).toEqual([]);
    ratchet('wire', FLOORS, measured);
  });

  it('adds almost no event edge where the sentence negates or denies it', () => {
    const wrongEvents = report.cases
      .filter((c) => c.tags.includes('negation'))
      .flatMap((c) => c.wrongTriples.filter((w) => PREDICATE_BY_ID.get(w.predicate)?.kind === 'event').map((w) => `${c.id}: ${showWrongTriple(w)}`));
    // A slip or two is tolerated; systematic blindness to "not", "never", "denied" is not.
    expect(wrongEvents.length, wrongEvents.join('\n')).toBeLessThanOrEqual(2);
  });
});
