// Scores the extractor against the hand-annotated wire sentences (fixtures/wire-sentences.ts).
// Pure: the extractor is passed in, so the scorer can be unit-tested on hand-made results and the
// lead's report script can run the suite with the real `extractDocument`.
//
// Counting rules (micro-averaged over cases, mirroring tests/fixtures/seed/score-graph.mjs):
// - A system entity matches an expected entity when its label, or else one of its aliases, equals the
//   expected name (or one of its aliases) case-, accent- and punctuation-insensitively, ignoring a
//   leading "the" and a possessive 's. Entity precision = distinct expected entities matched / system
//   entities (a second node for the same entity is a failed merge and counts against precision);
//   recall = matched / expected.
// - System relations are de-duplicated as triples (symmetric predicates in either direction count once).
//   A triple is correct when it matches any expected triple, optional ones included: predicate in the
//   expected list, source and target matching (either way round for symmetric predicates). An entity
//   that the expected triples say is `part_of` another also stands for it ("Japan's Defence Ministry
//   said…" may be credited to Japan). Triple precision = correct / system triples; recall = required
//   expected triples matched / required expected triples.
// - Modality is scored apart: of the required expected triples that were found, how many carry the
//   expected modality ('asserted' when the annotation gives none).
import type { ExtractionResult, Modality } from '../../src/domain/extraction.js';
import { PREDICATE_BY_ID, type PredicateId } from '../../src/domain/ontology.js';
import type { ExpectedTriple, WireCase } from './fixtures/wire-sentences.js';

export type { Extractor } from '../../src/domain/extraction.js';
import type { Extractor } from '../../src/domain/extraction.js';

export interface Figures { precision: number; recall: number; f1: number }

export interface EntityCounts {
  /** System entities (nodes) produced. */
  system: number;
  /** Distinct expected entities matched by some system entity. */
  matched: number;
  expected: number;
  /** Matched entities whose type agrees (a location for an expected facility is accepted). */
  typeRight: number;
}

export interface TripleCounts {
  /** Distinct system triples. */
  system: number;
  /** System triples matching an expected triple (required or optional). */
  correct: number;
  /** Required expected triples. */
  expected: number;
  /** Required expected triples matched by some system triple. */
  found: number;
}

export interface ModalityCounts { checked: number; right: number }

export interface WrongTriple { source: string; predicate: PredicateId; target: string }

export const showWrongTriple = (w: WrongTriple): string => `${w.source} -${w.predicate}-> ${w.target}`;

export interface CaseScore {
  id: string;
  tags: string[];
  entities: EntityCounts;
  triples: TripleCounts;
  modality: ModalityCounts;
  missedEntities: string[];
  spuriousEntities: string[];
  missedTriples: string[];
  /** System triples matching no expected triple, by entity label. */
  wrongTriples: WrongTriple[];
  wrongModality: string[];
}

export interface Totals {
  cases: number;
  entities: EntityCounts;
  triples: TripleCounts;
  modality: ModalityCounts;
}

export interface SuiteReport {
  overall: Totals;
  entityFigures: Figures;
  tripleFigures: Figures;
  /** Share of found triples with the expected modality; 1 when none was checked. */
  modalityAccuracy: number;
  byTag: Map<string, Totals>;
  /** Keyed by the first (preferred) predicate of each required expected triple; system triples by their own predicate. */
  byPredicate: Map<PredicateId, TripleCounts>;
  cases: CaseScore[];
}

/** Same normalisation as tests/fixtures/seed/score-graph.mjs; deliberately not src/graph/model.ts nameKey, so that
 *  the evaluation does not lean on the code it evaluates. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(/^the /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function figures(correct: number, system: number, found: number, expected: number): Figures {
  const precision = system ? correct / system : expected ? 0 : 1;
  const recall = expected ? found / expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const predicatesOf = (t: ExpectedTriple): PredicateId[] => (Array.isArray(t.predicate) ? t.predicate : [t.predicate]);
const isSymmetric = (p: PredicateId): boolean => PREDICATE_BY_ID.get(p)?.symmetric ?? false;

/** Maps each system entity key to the expected entity name it stands for (label first, then aliases), or null. */
export function mapEntities(result: ExtractionResult, wire: WireCase): Map<string, string | null> {
  const byNormal = new Map<string, string>();
  for (const e of wire.entities) {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const k = normalizeName(n);
      if (!byNormal.has(k)) byNormal.set(k, e.name);
    }
  }
  const out = new Map<string, string | null>();
  for (const ent of result.entities) {
    let hit: string | null = null;
    for (const n of [ent.label, ...ent.aliases]) {
      hit = byNormal.get(normalizeName(n)) ?? null;
      if (hit) break;
    }
    out.set(ent.key, hit);
  }
  return out;
}

/** The names an expected entity stands for: itself and, through expected part_of triples, its parents. */
function standsFor(name: string, wire: WireCase): Set<string> {
  const out = new Set<string>();
  const queue = [name];
  while (queue.length) {
    const cur = queue.pop() as string;
    if (out.has(cur)) continue;
    out.add(cur);
    for (const t of wire.triples) {
      if (t.source === cur && predicatesOf(t).includes('part_of')) queue.push(t.target);
    }
  }
  return out;
}

interface SystemTriple { source: string; target: string; predicate: PredicateId; modality: Modality; sourceName: string | null; targetName: string | null }

function distinctTriples(result: ExtractionResult, names: Map<string, string | null>): SystemTriple[] {
  const seen = new Map<string, SystemTriple>();
  for (const r of result.relations) {
    const sourceName = names.get(r.source) ?? null;
    const targetName = names.get(r.target) ?? null;
    // Two nodes for the same expected entity are an entity error, not two relation facts.
    let a = sourceName ? `=${sourceName}` : `#${r.source}`;
    let b = targetName ? `=${targetName}` : `#${r.target}`;
    if (isSymmetric(r.predicate) && b < a) [a, b] = [b, a];
    const k = `${a}\u0000${r.predicate}\u0000${b}`;
    if (!seen.has(k)) seen.set(k, { source: r.source, target: r.target, predicate: r.predicate, modality: r.modality, sourceName, targetName });
  }
  return [...seen.values()];
}

function tripleMatches(t: SystemTriple, e: ExpectedTriple, wire: WireCase): boolean {
  if (!predicatesOf(e).includes(t.predicate) || !t.sourceName || !t.targetName) return false;
  const s = standsFor(t.sourceName, wire);
  const o = standsFor(t.targetName, wire);
  if (s.has(e.source) && o.has(e.target)) return true;
  const symmetric = e.symmetric ?? isSymmetric(t.predicate);
  return symmetric && o.has(e.source) && s.has(e.target);
}

const showExpected = (e: ExpectedTriple): string =>
  `${e.source} -${predicatesOf(e).join('|')}-> ${e.target}${e.modality && e.modality !== 'asserted' ? ` [${e.modality}]` : ''}`;

/** Scores one case's extraction result against its annotation. */
export function scoreCase(wire: WireCase, result: ExtractionResult): CaseScore {
  const names = mapEntities(result, wire);
  const labelOf = new Map(result.entities.map((e) => [e.key, e.label]));

  // Entities
  const matched = new Set<string>();
  const spuriousEntities: string[] = [];
  let typeRight = 0;
  for (const ent of result.entities) {
    const name = names.get(ent.key);
    if (!name) { spuriousEntities.push(ent.label); continue; }
    if (matched.has(name)) { spuriousEntities.push(`${ent.label} (duplicate of ${name})`); continue; }
    matched.add(name);
    const want = wire.entities.find((e) => e.name === name)?.type;
    if (ent.entityType === want || (want === 'facility' && ent.entityType === 'location')) typeRight++;
  }
  const missedEntities = wire.entities.filter((e) => !matched.has(e.name)).map((e) => e.name);

  // Triples
  const system = distinctTriples(result, names);
  const required = wire.triples.filter((t) => !t.optional);
  const foundBy = new Map<ExpectedTriple, SystemTriple>();
  const wrongTriples: WrongTriple[] = [];
  let correct = 0;
  for (const t of system) {
    const hits = wire.triples.filter((e) => tripleMatches(t, e, wire));
    if (hits.length) {
      correct++;
      for (const h of hits) if (!foundBy.has(h)) foundBy.set(h, t);
    } else {
      wrongTriples.push({ source: labelOf.get(t.source) ?? t.source, predicate: t.predicate, target: labelOf.get(t.target) ?? t.target });
    }
  }
  const missedTriples = required.filter((e) => !foundBy.has(e)).map(showExpected);

  // Modality of what was found
  let checked = 0;
  let right = 0;
  const wrongModality: string[] = [];
  for (const e of required) {
    const t = foundBy.get(e);
    if (!t) continue;
    checked++;
    const want = e.modality ?? 'asserted';
    if (t.modality === want) right++;
    else wrongModality.push(`${showExpected(e)}: got ${t.modality}, want ${want}`);
  }

  return {
    id: wire.id,
    tags: wire.tags,
    entities: { system: result.entities.length, matched: matched.size, expected: wire.entities.length, typeRight },
    triples: { system: system.length, correct, expected: required.length, found: required.length - missedTriples.length },
    modality: { checked, right },
    missedEntities,
    spuriousEntities,
    missedTriples,
    wrongTriples,
    wrongModality,
  };
}

const emptyTotals = (): Totals => ({
  cases: 0,
  entities: { system: 0, matched: 0, expected: 0, typeRight: 0 },
  triples: { system: 0, correct: 0, expected: 0, found: 0 },
  modality: { checked: 0, right: 0 },
});

function addInto(total: Totals, c: CaseScore): void {
  total.cases++;
  total.entities.system += c.entities.system;
  total.entities.matched += c.entities.matched;
  total.entities.expected += c.entities.expected;
  total.entities.typeRight += c.entities.typeRight;
  total.triples.system += c.triples.system;
  total.triples.correct += c.triples.correct;
  total.triples.expected += c.triples.expected;
  total.triples.found += c.triples.found;
  total.modality.checked += c.modality.checked;
  total.modality.right += c.modality.right;
}

export const entityFigures = (t: Totals): Figures => figures(t.entities.matched, t.entities.system, t.entities.matched, t.entities.expected);
export const tripleFigures = (t: Totals): Figures => figures(t.triples.correct, t.triples.system, t.triples.found, t.triples.expected);

/** Per-predicate counts: recall side keyed by the preferred expected predicate, precision side by the system predicate. */
function predicateCounts(wire: WireCase, result: ExtractionResult, into: Map<PredicateId, TripleCounts>): void {
  const names = mapEntities(result, wire);
  const system = distinctTriples(result, names);
  const bucket = (p: PredicateId): TripleCounts => {
    let b = into.get(p);
    if (!b) { b = { system: 0, correct: 0, expected: 0, found: 0 }; into.set(p, b); }
    return b;
  };
  for (const t of system) {
    const b = bucket(t.predicate);
    b.system++;
    if (wire.triples.some((e) => tripleMatches(t, e, wire))) b.correct++;
  }
  for (const e of wire.triples) {
    if (e.optional) continue;
    const b = bucket(predicatesOf(e)[0]);
    b.expected++;
    if (system.some((t) => tripleMatches(t, e, wire))) b.found++;
  }
}

/** Runs every case through the extractor and adds the scores up, overall, per tag and per predicate. */
export function runWireSuite(extract: Extractor, cases: readonly WireCase[]): SuiteReport {
  const overall = emptyTotals();
  const byTag = new Map<string, Totals>();
  const byPredicate = new Map<PredicateId, TripleCounts>();
  const scores: CaseScore[] = [];
  for (const wire of cases) {
    const result = extract(wire.text, wire.id);
    const score = scoreCase(wire, result);
    scores.push(score);
    addInto(overall, score);
    for (const tag of wire.tags) {
      let t = byTag.get(tag);
      if (!t) { t = emptyTotals(); byTag.set(tag, t); }
      addInto(t, score);
    }
    predicateCounts(wire, result, byPredicate);
  }
  return {
    overall,
    entityFigures: entityFigures(overall),
    tripleFigures: tripleFigures(overall),
    modalityAccuracy: overall.modality.checked ? overall.modality.right / overall.modality.checked : 1,
    byTag,
    byPredicate,
    cases: scores,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1).padStart(5)}%`;

/** A plain-text table: overall, per tag and per predicate precision/recall, for logs and the report script. */
/** The figures a suite's floors are kept on (tests/extract/floors/*.json). */
export function floorFigures(report: SuiteReport): Record<string, number> {
  return {
    entityF1: report.entityFigures.f1,
    triplePrecision: report.tripleFigures.precision,
    tripleRecall: report.tripleFigures.recall,
    modalityAccuracy: report.modalityAccuracy,
  };
}

export function formatWireReport(report: SuiteReport, options: { details?: boolean } = {}): string {
  const lines: string[] = [];
  const row = (name: string, t: Totals): string => {
    const e = entityFigures(t);
    const r = tripleFigures(t);
    const mod = t.modality.checked ? pct(t.modality.right / t.modality.checked) : '     -';
    return `${name.padEnd(16)} ${String(t.cases).padStart(5)}  ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}  ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}  ${mod}`;
  };
  lines.push(`${'tag'.padEnd(16)} ${'cases'.padStart(5)}  ${'ent P'.padStart(6)} ${'ent R'.padStart(6)} ${'ent F1'.padStart(6)}  ${'rel P'.padStart(6)} ${'rel R'.padStart(6)} ${'rel F1'.padStart(6)}  ${'modal'.padStart(6)}`);
  lines.push(row('ALL', report.overall));
  for (const [tag, t] of [...report.byTag].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(row(tag, t));
  lines.push('');
  lines.push(`${'predicate'.padEnd(16)} ${'sys'.padStart(5)} ${'ok'.padStart(5)} ${'P'.padStart(6)}  ${'gold'.padStart(5)} ${'found'.padStart(5)} ${'R'.padStart(6)}`);
  for (const [p, c] of [...report.byPredicate].sort((a, b) => a[0].localeCompare(b[0]))) {
    const f = figures(c.correct, c.system, c.found, c.expected);
    lines.push(`${p.padEnd(16)} ${String(c.system).padStart(5)} ${String(c.correct).padStart(5)} ${c.system ? pct(f.precision) : '     -'}  ${String(c.expected).padStart(5)} ${String(c.found).padStart(5)} ${c.expected ? pct(f.recall) : '     -'}`);
  }
  if (options.details) {
    for (const c of report.cases) {
      const problems = [
        ...c.missedEntities.map((x) => `  missed entity: ${x}`),
        ...c.spuriousEntities.map((x) => `  spurious entity: ${x}`),
        ...c.missedTriples.map((x) => `  missed: ${x}`),
        ...c.wrongTriples.map((x) => `  wrong: ${showWrongTriple(x)}`),
        ...c.wrongModality.map((x) => `  modality: ${x}`),
      ];
      if (problems.length) lines.push('', c.id, ...problems);
    }
  }
  return lines.join('\n');
}
