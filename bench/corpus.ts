// Deterministic news corpus for the benchmarks: news-style sentences we wrote plus the seed article's
// sentences, re-cast with a different cast of countries, people, organisations and places in every
// document. Document i depends only on (seed, i), so a small corpus is a prefix of a larger one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Random } from '../src/graph/synthetic.js';
import { WORLD_COUNTRIES, pick, seededRandom, syllableWord, syntheticNames } from '../src/graph/synthetic.js';

export interface CorpusDocument {
  id: string;
  title: string;
  /** ISO date (yyyy-mm-dd) within 2025. */
  published: string;
  /** Title line, then the body. */
  text: string;
}

interface CountryCast { name: string; demonym: string; capital: string }

/** The actors and places one document is about; templates refer to them by slot name. */
type Cast = Record<string, string>;

// Sentences in the style of wire copy. Slots: A/B/C countries (DA.. demonyms, CAPA.. capitals),
// P1..P3 people (P1L.. surnames, T1.. titles), O1/O2 organisations, F facility, L place, AG agency.
const TEMPLATES: readonly string[] = [
  '{DA} {T1} {P1} said on {DAY} that {A} would not accept any deal that ignored the interests of {B}.',
  '{P1L} met {DB} {T2} {P2} in {CAPB} on {DAY} to discuss security along the border.',
  '{A} has asked {B} for technical assistance in running {F} after the withdrawal of foreign forces.',
  'The {O1} accused {A} of violating the ceasefire agreed in {MON}.',
  '{B} rejected the proposal, calling it "unacceptable" in a statement released by its foreign ministry.',
  '{A} and {B} signed an agreement on {DAY} to expand trade and energy cooperation.',
  'Officials in {CAPA} said {N} troops would be deployed to {L} by the end of {MON}.',
  'The {O2} threatened to suspend talks unless {A} released the detained activists.',
  '{P2L}, who leads the {O1}, told {AG} that the group was ready to negotiate.',
  'Protesters gathered outside the {DA} embassy in {CAPB} to denounce the military operation.',
  '{C} imposed new sanctions on {A} over its nuclear programme, according to {AG}.',
  'Forces loyal to the {O1} attacked positions held by the {O2} near {L}, killing at least {N} people.',
  'The United Nations said it had sent {N} tonnes of food aid to {L} since {MON}.',
  '{A} withdrew its ambassador from {CAPB} in protest at the decision.',
  'Investigators from {C} are examining the cause of the explosion at {F}, {AG} reported.',
  '{T1} {P1L} demanded that {B} hand over the suspects within {N} days.',
  'The {O2} criticised {DA} authorities for restricting access to {F}.',
  '{F}, located in {L}, remains under the control of the {O1}.',
  '{P3}, a member of the {O2}, was arrested on {DAY} in {CAPA}.',
  'Fighting between {DA} troops and the {O1} continued for a third day in {L}.',
  '{A} offered to mediate between {B} and {C} at a summit planned for {MON}.',
  '"We are ready to hold talks with {B} if necessary," {P1L} told reporters in {CAPA}.',
  '{C} has been a member of the {O2} since {YEAR}.',
  'The talks in {CAPC} ended without agreement, diplomats said.',
  '{DB} {T2} {P2} warned that any attack on {F} would be met with force.',
  'Prices of fuel and bread have risen sharply in {L} since the border was closed in {MON}.',
  'A spokesman for the {O1} declined to comment on the report.',
  '{DA} media reported that {N} people had been detained during the protests in {CAPA}.',
  '{B} cooperated with {A} on the evacuation of civilians from {L}, the ministry said.',
  'The {O1} has controlled {L} since {YEAR}, according to local officials.',
  '{A} called on the {O2} to investigate the killing of {N} civilians in {L}.',
  'Analysts said the move could jeopardise plans to reopen {F} before the winter.',
  'The {T2}, {P2}, visited {F} on {DAY} and praised the workers who kept it running.',
  '{C} and {B} agreed to resume flights between {CAPC} and {CAPB} from {MON}.',
  'Earlier this month, {P3} resigned as head of the {O2} amid a corruption inquiry.',
  '{A} may send additional troops to {L} if the situation deteriorates, an official said on condition of anonymity.',
  'Hundreds of people marched through {CAPB} on {DAY} to demand the release of political prisoners.',
  'The {DA} economy grew by {N} percent last year, the central bank said.',
  '{P1L} is expected to travel to {CAPC} next week for talks with {DC} officials.',
  'The agreement, brokered by {C}, allows aid convoys to reach {L} through {F}.',
];

const TITLE_TEMPLATES: readonly string[] = [
  '{A} Begins Withdrawing Troops From {L}', '{DA} {T1} Warns {B} Over {F}', '{O1} Rejects {DB} Peace Plan',
  '{A} and {B} Agree to Resume Talks', 'Clashes Near {F} as {O1} Advances', '{C} Sanctions {A} After Border Incident',
];

// The seed article's names, mapped to slots, so its sentences can be re-cast. Longest names first.
const SEED_SLOTS: readonly (readonly [RegExp, string])[] = [
  [/Recep Tayyip Erdogan|Tayyip Erdogan/g, '{P1}'], [/Erdogan/g, '{P1L}'], [/Hulusi Akar/g, '{P3}'],
  [/Joe Biden/g, '{P2}'], [/Jake Sullivan/g, '{P4}'], [/Kabul International Airport|Kabul airport/g, '{F}'],
  [/Turkish/g, '{DA}'], [/Turkey/g, '{A}'], [/Ankara/g, '{CAPA}'], [/Afghanistan/g, '{B}'],
  [/the United States/g, '{C}'], [/US(?=National)/g, '{DC} '], [/US(?= invasion)/g, '{DC}'], [/Taliban/g, '{O1}'], [/NATO/g, '{O2}'], [/Reuters/g, '{AG}'],
];

const FIRST_NAMES: readonly string[] = [
  'Ahmed', 'Maria', 'John', 'Fatima', 'Mehmet', 'Olga', 'Carlos', 'Aisha', 'Ivan', 'Li', 'Priya', 'Hassan',
  'Elena', 'David', 'Amina', 'Kenji', 'Sofia', 'Omar', 'Anna', 'Juan', 'Leila', 'Pierre', 'Yusuf', 'Grace',
];
const TITLES: readonly string[] = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'General', 'Interior Minister', 'Ambassador'];
const AGENCIES: readonly string[] = ['Reuters', 'the Associated Press', 'Agence France-Presse', 'Anadolu Agency', 'state television'];
const DAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SEED_PATH = fileURLToPath(new URL('../seeds/turkey-taliban-kabul-airport.txt', import.meta.url));

interface Pools {
  countries: CountryCast[];
  people: string[];
  organizations: string[];
  locations: string[];
  facilities: string[];
  seedSentences: string[];
}

const poolsBySeed = new Map<number, Pools>();

function seedSentences(): string[] {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n').slice(2).filter((l) => l.trim().length > 0);
  return lines.map((line) => SEED_SLOTS.reduce((text, [pattern, slot]) => text.replace(pattern, slot), line.trim()));
}

function uniqueNames(random: Random, count: number, make: (random: Random) => string): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(make(random));
  return [...names];
}

function poolsFor(seed: number): Pools {
  let pools = poolsBySeed.get(seed);
  if (pools) return pools;
  const random = seededRandom(seed ^ 0x5eed);
  const countries = WORLD_COUNTRIES
    .filter((c) => c.capital.length > 0 && c.demonyms?.eng?.m && c.independent)
    .map((c) => ({ name: c.name.common, demonym: c.demonyms.eng.m, capital: c.capital[0] }));
  pools = {
    countries,
    people: uniqueNames(random, 4000, (r) => `${pick(r, FIRST_NAMES)} ${syllableWord(r)}`),
    organizations: uniqueNames(random, 800, (r) => syntheticNames.organization(r).label),
    locations: uniqueNames(random, 600, (r) => syntheticNames.location(r).label),
    facilities: uniqueNames(random, 300, (r) => syntheticNames.facility(r).label),
    seedSentences: seedSentences(),
  };
  poolsBySeed.set(seed, pools);
  return pools;
}

/** Skewed pick: a few names appear in many documents, most in few (as in a real archive). */
function pickPopular<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * random() ** 2.5)];
}

function castFor(random: Random, pools: Pools): Cast {
  const [a, b, c] = distinct(random, 3, () => pickPopular(random, pools.countries));
  const people = distinct(random, 4, () => pickPopular(random, pools.people));
  const [o1, o2] = distinct(random, 2, () => pickPopular(random, pools.organizations));
  const cast: Cast = {
    A: a.name, B: b.name, C: c.name, DA: a.demonym, DB: b.demonym, DC: c.demonym,
    CAPA: a.capital, CAPB: b.capital, CAPC: c.capital, O1: o1, O2: o2,
    F: pickPopular(random, pools.facilities), L: pickPopular(random, pools.locations), AG: pick(random, AGENCIES),
    DAY: pick(random, DAYS), MON: pick(random, MONTHS),
    YEAR: String(1990 + Math.floor(random() * 35)),
  };
  people.forEach((name, i) => {
    cast[`P${i + 1}`] = name;
    cast[`P${i + 1}L`] = name.split(' ').slice(-1)[0];
    cast[`T${i + 1}`] = pick(random, TITLES);
  });
  return cast;
}

function distinct<T>(random: Random, count: number, draw: () => T): T[] {
  const picked: T[] = [];
  for (let guard = 0; picked.length < count && guard < 1000; guard++) {
    const item = draw();
    if (!picked.includes(item)) picked.push(item);
  }
  while (picked.length < count) picked.push(draw());
  return picked;
}

/** Fills the slots; numbers ({N}) differ at every use. */
function fill(template: string, cast: Cast, random: Random): string {
  return template.replace(/\{([A-Z0-9]+)\}/g, (_m, slot: string) => (slot === 'N' ? String(2 + Math.floor(random() * 400)) : cast[slot] ?? slot));
}

/** The corpus document with this index: 12–32 distinct sentences (about 1.5–5 KB), about a third from the seed. */
export function corpusDocument(index: number, seed = 1): CorpusDocument {
  const pools = poolsFor(seed);
  const random = seededRandom((seed * 2_654_435_761 + index * 40_503) >>> 0);
  const cast = castFor(random, pools);
  // Sentences are drawn without repetition from our templates and the re-cast seed article.
  const available = [...TEMPLATES, ...pools.seedSentences];
  const sentences = 12 + Math.floor(random() * 21);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  for (let i = 0; i < sentences && available.length > 0; i++) {
    const [template] = available.splice(Math.floor(random() * available.length), 1);
    paragraph.push(fill(template, cast, random));
    if (paragraph.length >= 1 + Math.floor(random() * 3)) { paragraphs.push(paragraph.join(' ')); paragraph = []; }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  const title = fill(pick(random, TITLE_TEMPLATES), cast, random);
  const published = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
  return { id: `news-${String(index + 1).padStart(6, '0')}`, title, published, text: `${title}\n${paragraphs.join('\n')}\n` };
}

export interface CorpusOptions {
  /** Number of documents; or, with minBytes, the minimum to generate. */
  documents?: number;
  /** Keep adding documents until the UTF-8 size of all texts reaches this. */
  minBytes?: number;
  seed?: number;
}

export function generateCorpus(options: CorpusOptions): CorpusDocument[] {
  const { documents = 0, minBytes = 0, seed = 1 } = options;
  const corpus: CorpusDocument[] = [];
  let bytes = 0;
  while (corpus.length < documents || bytes < minBytes) {
    const doc = corpusDocument(corpus.length, seed);
    corpus.push(doc);
    bytes += Buffer.byteLength(doc.text, 'utf8');
  }
  return corpus;
}

export function corpusBytes(corpus: readonly CorpusDocument[]): number {
  return corpus.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
}

export function corpusWords(corpus: readonly CorpusDocument[]): number {
  return corpus.reduce((sum, d) => sum + (d.text.match(/\S+/g)?.length ?? 0), 0);
}
