// Tests the wire-sentence scorer on hand-made extraction results, and the fixture's own consistency.
import { describe, expect, it } from 'vitest';
import type { ExtractionResult, ExtractedEntity, ExtractedRelation, Modality } from '../../src/domain/extraction.js';
import type { EntityType, PredicateId } from '../../src/domain/ontology.js';
import { PREDICATES, isPredicateId } from '../../src/domain/ontology.js';
import { WIRE_CASES, type WireCase } from './fixtures/wire-sentences.js';
import { figures, normalizeName, runWireSuite, scoreCase, formatWireReport } from './wire-score.js';

const DOC = 'doc';

function ent(key: string, label: string, entityType: EntityType, aliases: string[] = []): ExtractedEntity {
  return { key, label, entityType, aliases, mentions: 1 };
}

function rel(source: string, predicate: PredicateId, target: string, modality: Modality = 'asserted'): ExtractedRelation {
  return { source, target, predicate, modality, confidence: 0.9, evidence: { doc: DOC, sentence: 0, start: 0, end: 10, text: 'x' } };
}

function result(entities: ExtractedEntity[], relations: ExtractedRelation[]): ExtractionResult {
  return { doc: DOC, entities, mentions: [], relations };
}

const CASE: WireCase = {
  id: 'case',
  text: "Japan's Defence Ministry said Russia attacked Ukraine. Japan and Korea held talks.",
  tags: ['reported', 'coordination'],
  entities: [
    { name: 'Japan', type: 'country' },
    { name: 'Japanese Defence Ministry', type: 'organization', aliases: ["Japan's Defence Ministry"] },
    { name: 'Russia', type: 'country', aliases: ['Russian Federation'] },
    { name: 'Ukraine', type: 'country' },
    { name: 'South Korea', type: 'country', aliases: ['Republic of Korea'] },
  ],
  triples: [
    { source: 'Japanese Defence Ministry', predicate: 'part_of', target: 'Japan' },
    { source: 'Russia', predicate: ['attacks', 'fights'], target: 'Ukraine' },
    { source: 'Japan', predicate: 'consults', target: 'South Korea', modality: 'intended' },
    { source: 'Japan', predicate: 'makes_statement', target: 'Russia', optional: true },
  ],
};

describe('normalizeName', () => {
  it('ignores case, accents, punctuation, a leading "the" and a possessive', () => {
    expect(normalizeName("The  Côte d'Ivoire")).toBe('cote divoire');
    expect(normalizeName("Japan's Defence Ministry")).toBe('japan defence ministry');
    expect(normalizeName('U.S.')).toBe('us');
  });
});

describe('figures', () => {
  it('computes precision, recall and F1, with empty denominators handled', () => {
    const f = figures(3, 4, 3, 6);
    expect(f.precision).toBeCloseTo(0.75);
    expect(f.recall).toBeCloseTo(0.5);
    expect(f.f1).toBeCloseTo(0.6);
    expect(figures(0, 0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(figures(0, 0, 0, 2).precision).toBe(0);
  });
});

describe('scoreCase', () => {
  it('scores a perfect extraction as perfect, matching labels and aliases', () => {
    const r = result(
      [
        ent('japan', 'Japan', 'country'),
        ent('mod', "Japan's Defence Ministry", 'organization'),
        ent('russia', 'Kremlin', 'organization', ['Russian Federation']),
        ent('ukraine', 'ukraine', 'country'),
        ent('korea', 'Republic of Korea', 'country'),
      ],
      [rel('mod', 'part_of', 'japan'), rel('russia', 'fights', 'ukraine'), rel('japan', 'consults', 'korea', 'intended')],
    );
    const s = scoreCase(CASE, r);
    expect(s.entities).toEqual({ system: 5, matched: 5, expected: 5, typeRight: 4 });
    expect(s.triples).toEqual({ system: 3, correct: 3, expected: 3, found: 3 });
    expect(s.modality).toEqual({ checked: 3, right: 3 });
    expect(s.missedTriples).toEqual([]);
    expect(s.wrongTriples).toEqual([]);
  });

  it('counts a wrong direction of an asymmetric predicate as wrong and the expected triple as missed', () => {
    const r = result(
      [ent('russia', 'Russia', 'country'), ent('ukraine', 'Ukraine', 'country')],
      [rel('ukraine', 'attacks', 'russia')],
    );
    const s = scoreCase(CASE, r);
    expect(s.triples).toEqual({ system: 1, correct: 0, expected: 3, found: 0 });
    expect(s.wrongTriples).toEqual([{ source: 'Ukraine', predicate: 'attacks', target: 'Russia' }]);
    expect(s.missedTriples).toHaveLength(3);
    expect(s.entities).toEqual({ system: 2, matched: 2, expected: 5, typeRight: 2 });
  });

  it('accepts a symmetric predicate either way round, counts both directions once', () => {
    const r = result(
      [ent('japan', 'Japan', 'country'), ent('korea', 'South Korea', 'country')],
      [rel('korea', 'consults', 'japan', 'intended'), rel('japan', 'consults', 'korea', 'intended')],
    );
    const s = scoreCase(CASE, r);
    expect(s.triples).toEqual({ system: 1, correct: 1, expected: 3, found: 1 });
  });

  it('does not count optional triples as errors nor towards recall', () => {
    const r = result(
      [ent('japan', 'Japan', 'country'), ent('russia', 'Russia', 'country')],
      [rel('japan', 'makes_statement', 'russia')],
    );
    const s = scoreCase(CASE, r);
    expect(s.triples).toEqual({ system: 1, correct: 1, expected: 3, found: 0 });
  });

  it('credits an edge from a part_of sub-organisation to its parent', () => {
    const caseWithMinistryEvent: WireCase = {
      ...CASE,
      triples: [...CASE.triples, { source: 'Japan', predicate: 'criticizes', target: 'Russia' }],
    };
    const r = result(
      [ent('mod', 'Japanese Defence Ministry', 'organization'), ent('russia', 'Russia', 'country')],
      [rel('mod', 'criticizes', 'russia')],
    );
    const s = scoreCase(caseWithMinistryEvent, r);
    expect(s.triples.correct).toBe(1);
    expect(s.triples.found).toBe(1);
    // The parent does not stand for the child: an edge from Japan is not the ministry's part_of.
    const back = scoreCase(CASE, result([ent('japan', 'Japan', 'country')], [rel('japan', 'part_of', 'japan')]));
    expect(back.triples.correct).toBe(0);
  });

  it('counts a second node for the same entity against precision and unknown nodes as spurious', () => {
    const r = result(
      [ent('r1', 'Russia', 'country'), ent('r2', 'Russian Federation', 'country'), ent('x', 'Moscow', 'location'), ent('u', 'Ukraine', 'country')],
      [rel('r1', 'attacks', 'u'), rel('r2', 'attacks', 'u'), rel('x', 'attacks', 'u')],
    );
    const s = scoreCase(CASE, r);
    expect(s.entities).toEqual({ system: 4, matched: 2, expected: 5, typeRight: 2 });
    expect(s.spuriousEntities).toEqual(['Russian Federation (duplicate of Russia)', 'Moscow']);
    // r1/r2 edges are one fact; the edge from the unmatched node is wrong.
    expect(s.triples).toEqual({ system: 2, correct: 1, expected: 3, found: 1 });
  });

  it('scores modality apart from the triple match', () => {
    const r = result(
      [ent('japan', 'Japan', 'country'), ent('korea', 'South Korea', 'country')],
      [rel('japan', 'consults', 'korea', 'asserted')],
    );
    const s = scoreCase(CASE, r);
    expect(s.triples.found).toBe(1);
    expect(s.modality).toEqual({ checked: 1, right: 0 });
    expect(s.wrongModality[0]).toContain('got asserted, want intended');
  });

  it('scores an empty extraction as zero precision and zero recall', () => {
    const s = scoreCase(CASE, result([], []));
    expect(s.entities).toEqual({ system: 0, matched: 0, expected: 5, typeRight: 0 });
    expect(s.triples).toEqual({ system: 0, correct: 0, expected: 3, found: 0 });
  });
});

describe('runWireSuite', () => {
  const NEGATION: WireCase = {
    id: 'neg', text: 'Japan did not attack Russia.', tags: ['negation'],
    entities: [{ name: 'Japan', type: 'country' }, { name: 'Russia', type: 'country' }], triples: [],
  };
  // A hand-made extractor: right on CASE except one wrong edge, and a false positive on the negation.
  const extract = (_text: string, doc: string): ExtractionResult => doc === 'case'
    ? result(
      [ent('japan', 'Japan', 'country'), ent('mod', 'Japanese Defence Ministry', 'organization'), ent('russia', 'Russia', 'country'), ent('ukraine', 'Ukraine', 'country'), ent('korea', 'South Korea', 'country')],
      [rel('mod', 'part_of', 'japan'), rel('russia', 'attacks', 'ukraine'), rel('japan', 'consults', 'korea', 'intended'), rel('ukraine', 'threatens', 'japan')],
    )
    : result([ent('japan', 'Japan', 'country'), ent('russia', 'Russia', 'country')], [rel('japan', 'attacks', 'russia')]);

  it('adds the counts up overall, per tag and per predicate', () => {
    const report = runWireSuite(extract, [CASE, NEGATION]);
    expect(report.overall.cases).toBe(2);
    expect(report.overall.triples).toEqual({ system: 5, correct: 3, expected: 3, found: 3 });
    expect(report.tripleFigures.precision).toBeCloseTo(0.6);
    expect(report.tripleFigures.recall).toBe(1);
    expect(report.entityFigures.f1).toBe(1);
    expect(report.modalityAccuracy).toBe(1);
    expect(report.byTag.get('negation')?.triples).toEqual({ system: 1, correct: 0, expected: 0, found: 0 });
    expect(report.byTag.get('reported')?.triples).toEqual({ system: 4, correct: 3, expected: 3, found: 3 });
    expect(report.byPredicate.get('attacks')).toEqual({ system: 2, correct: 1, expected: 1, found: 1 });
    expect(report.byPredicate.get('threatens')).toEqual({ system: 1, correct: 0, expected: 0, found: 0 });
    const table = formatWireReport(report, { details: true });
    expect(table).toMatch(/^ALL\s+2\s/m);
    expect(table).toContain('wrong: Japan -attacks-> Russia');
  });
});

describe('wire fixture', () => {
  const required = (c: WireCase) => c.triples.filter((t) => !t.optional);
  const preds = (p: PredicateId | PredicateId[]) => (Array.isArray(p) ? p : [p]);

  it('has at least 130 cases with unique ids', () => {
    expect(WIRE_CASES.length).toBeGreaterThanOrEqual(130);
    expect(new Set(WIRE_CASES.map((c) => c.id)).size).toBe(WIRE_CASES.length);
  });

  it('names only listed entities in its triples, with valid predicates', () => {
    for (const c of WIRE_CASES) {
      const names = c.entities.map((e) => e.name);
      expect(new Set(names).size, c.id).toBe(names.length);
      for (const t of c.triples) {
        expect(names, `${c.id}: ${t.source}`).toContain(t.source);
        expect(names, `${c.id}: ${t.target}`).toContain(t.target);
        for (const p of preds(t.predicate)) expect(isPredicateId(p), `${c.id}: ${p}`).toBe(true);
      }
    }
  });

  it('gives no two entities of a case a common spelling', () => {
    for (const c of WIRE_CASES) {
      const spellings = c.entities.flatMap((e) => [...new Set([e.name, ...(e.aliases ?? [])].map(normalizeName))]);
      expect(new Set(spellings).size, c.id).toBe(spellings.length);
    }
  });

  it('covers every predicate, and every event predicate in active, passive and nominal form', () => {
    for (const def of PREDICATES) {
      const withIt = WIRE_CASES.filter((c) => required(c).some((t) => preds(t.predicate)[0] === def.id));
      expect(withIt.length, def.id).toBeGreaterThanOrEqual(def.kind === 'event' ? 3 : 2);
      if (def.kind === 'event') {
        for (const form of ['active', 'passive', 'nominal']) {
          expect(withIt.some((c) => c.tags.includes(form)), `${def.id} ${form}`).toBe(true);
        }
      }
    }
  });

  it('marks modal cases with a non-asserted triple and keeps negated events out', () => {
    for (const c of WIRE_CASES.filter((x) => x.tags.includes('modality'))) {
      expect(c.triples.some((t) => t.modality && t.modality !== 'asserted'), c.id).toBe(true);
    }
    const tagCounts = (tag: string) => WIRE_CASES.filter((c) => c.tags.includes(tag)).length;
    for (const tag of ['coordination', 'apposition', 'negation', 'modality', 'unknown-name', 'title', 'coreference', 'reported', 'capital', 'demonym']) {
      expect(tagCounts(tag), tag).toBeGreaterThanOrEqual(8);
    }
  });

  it('is scored perfect for an extractor that returns exactly the annotation', () => {
    // Catches annotations the scorer cannot match (names, aliases, symmetry, part_of credit).
    const byId = new Map(WIRE_CASES.map((c) => [c.id, c]));
    const oracle = (_text: string, doc: string): ExtractionResult => {
      const c = byId.get(doc) as WireCase;
      const key = (name: string) => `k-${normalizeName(name)}`;
      return result(
        c.entities.map((e) => ent(key(e.name), e.name, e.type)),
        required(c).map((t) => rel(key(t.source), preds(t.predicate)[0], key(t.target), t.modality ?? 'asserted')),
      );
    };
    const report = runWireSuite(oracle, WIRE_CASES);
    expect(report.entityFigures).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(report.tripleFigures).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(report.modalityAccuracy).toBe(1);
  });

  it('stays clear of the seed article actors', () => {
    const seed = /\b(Turkey|Turkish|T[uü]rkiye|Taliban|Kabul|Erdo[gğ]an|Biden|Sullivan|Akar|Afghan\w*|NATO|Ankara)\b/i;
    for (const c of WIRE_CASES) expect(c.text, c.id).not.toMatch(seed);
  });
});
