// Deterministic synthetic knowledge graphs for benchmarks and scale tests. The shape mimics what the
// extractor produces from a news archive: many people and organisations, a few hundred states, a
// heavy-tailed degree distribution (a handful of actors are in every story), several predicates
// between the same pair, and evidence pointing into dated documents.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { EntityType, PredicateDefinition, PredicateId } from '../domain/ontology.js';
import { PREDICATES } from '../domain/ontology.js';
import type { Evidence, Modality } from '../domain/extraction.js';
import { entityKey } from '../domain/names.js';
import type { DocumentInfo, EntityAttributes, KnowledgeGraph, RelationAttributes } from './model.js';
import { createKnowledgeGraph, relationKey } from './model.js';
import { seededRandom, type Random } from './interop.js';

// world-countries is CommonJS whose typings claim an ES default export; require() gives the array under both.
export const WORLD_COUNTRIES = createRequire(import.meta.url)('world-countries') as readonly Country[];

export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  /** Same seed, same graph. Default 1. */
  seed?: number;
}

export { seededRandom, type Random } from './interop.js';

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

// ---- names -------------------------------------------------------------------------------------

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'sh', 'kh', 'br', 'dr', 'al', 'ar', 'el', 'om', 'ya'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ia', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'm', 'l', 's', 'k', 'v', 'z', 'sh'];
const ORG_PATTERNS: readonly ((word: string) => string)[] = [
  (w) => `${w} Liberation Front`, (w) => `${w} National Council`, (w) => `Ministry of ${w} Affairs`,
  (w) => `${w} Defence Forces`, (w) => `${w} Petroleum Company`, (w) => `${w} Democratic Party`,
  (w) => `${w} Relief Agency`, (w) => `${w} Cooperation Organisation`, (w) => `${w} Press Agency`,
  (w) => `${w} Central Bank`, (w) => `${w} Workers Union`, (w) => `${w} Security Council`,
];
const LOCATION_PATTERNS: readonly ((word: string) => string)[] = [
  (w) => `${w} Province`, (w) => `${w} Valley`, (w) => w, (w) => `${w} District`, (w) => `Lake ${w}`, (w) => `${w} Strait`,
];
const FACILITY_PATTERNS: readonly ((word: string) => string)[] = [
  (w) => `${w} International Airport`, (w) => `${w} Air Base`, (w) => `Port of ${w}`, (w) => `${w} Dam`,
  (w) => `${w} Nuclear Plant`, (w) => `${w} Border Crossing`,
];
const TITLES = ['President', 'Minister', 'General', 'Spokesman', 'Ambassador', 'Commander', 'Senator'];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A pronounceable made-up word of 2–3 syllables ("Valomir", "Shekaz"). */
export function syllableWord(random: Random): string {
  const syllables = 2 + (random() < 0.35 ? 1 : 0);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS);
  return capitalize(word + pick(random, CODAS));
}

function acronym(label: string): string {
  return label.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
}

export interface NodeSeed {
  label: string;
  aliases: string[];
  country?: string;
}

function personSeed(random: Random): NodeSeed {
  const first = syllableWord(random);
  const last = syllableWord(random);
  const label = random() < 0.2 ? `${first} ${syllableWord(random)} ${last}` : `${first} ${last}`;
  const aliases = [last];
  if (random() < 0.4) aliases.push(`${pick(random, TITLES)} ${last}`);
  return { label, aliases };
}

function patternSeed(random: Random, patterns: readonly ((word: string) => string)[], withAcronym: boolean): NodeSeed {
  const label = pick(random, patterns)(syllableWord(random));
  const short = acronym(label);
  return { label, aliases: withAcronym && short.length >= 2 && random() < 0.6 ? [short] : [] };
}

/** Made-up but plausible names, shared with the benchmark corpus generator. */
export const syntheticNames = {
  person: (random: Random): NodeSeed => personSeed(random),
  organization: (random: Random): NodeSeed => patternSeed(random, ORG_PATTERNS, true),
  location: (random: Random): NodeSeed => patternSeed(random, LOCATION_PATTERNS, false),
  facility: (random: Random): NodeSeed => patternSeed(random, FACILITY_PATTERNS, false),
};

const ENTITY_MIX: readonly (readonly [EntityType, number])[] = [
  ['person', 45], ['organization', 25], ['location', 12], ['facility', 8], ['country', 10],
];

// ---- predicates by type pair --------------------------------------------------------------------

const ACTORS: readonly EntityType[] = ['person', 'organization', 'country'];
const PLACES: readonly EntityType[] = ['location', 'facility', 'country'];

/** Which predicates make sense between a source and a target type, with relative frequencies. */
function predicatesFor(source: EntityType, target: EntityType): (readonly [PredicateDefinition, number])[] {
  const allowed: (readonly [PredicateDefinition, number])[] = [];
  for (const def of PREDICATES) {
    const weight = predicateWeight(def.id, source, target);
    if (weight > 0) allowed.push([def, weight]);
  }
  return allowed;
}

function predicateWeight(id: PredicateId, source: EntityType, target: EntityType): number {
  const actorSource = ACTORS.includes(source);
  switch (id) {
    case 'leader_of': case 'official_of':
      return source === 'person' && (target === 'organization' || target === 'country') ? 3 : 0;
    case 'member_of': case 'participates_in':
      return actorSource && target === 'organization' ? 2 : 0;
    case 'part_of':
      return (source === 'location' || source === 'facility' || source === 'organization') && (target === 'location' || target === 'country' || target === 'organization') ? 1 : 0;
    case 'located_in':
      return (source === 'facility' || source === 'location' || source === 'organization') && (target === 'location' || target === 'country') ? 4 : 0;
    case 'controls':
      return actorSource && PLACES.includes(target) ? 2 : 0;
    case 'deploys_to': case 'withdraws_from':
      return actorSource && PLACES.includes(target) ? 3 : actorSource ? 1 : 0;
    case 'makes_statement': case 'consults': case 'requests': case 'criticizes': case 'agrees_with':
      return actorSource && ACTORS.includes(target) ? 4 : 0;
    default:
      return actorSource && ACTORS.includes(target) ? 2 : actorSource ? 0.3 : 0;
  }
}

// How often each modality occurs in news (most statements are asserted).
const MODALITY_WEIGHTS: readonly (readonly [Modality, number])[] = [['asserted', 70], ['intended', 12], ['possible', 12], ['conditional', 6]];
const CLOSINGS = ['officials said on Monday', 'according to a statement', 'the agency reported', 'sources told reporters', 'state media said', 'a spokesman confirmed'];

// ---- documents ----------------------------------------------------------------------------------

const YEAR_START = Date.UTC(2025, 0, 1);
const DAY_MS = 86_400_000;

function documentsFor(random: Random, count: number): { ids: string[]; infos: Record<string, DocumentInfo> } {
  const ids: string[] = [];
  const infos: Record<string, DocumentInfo> = {};
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const id = `doc-${String(i + 1).padStart(width, '0')}`;
    const published = new Date(YEAR_START + Math.floor(random() * 365) * DAY_MS).toISOString().slice(0, 10);
    ids.push(id);
    infos[id] = { title: `${syllableWord(random)} ${pick(random, ['talks stall', 'forces advance', 'aid arrives', 'leaders meet', 'sanctions widen'])}`, published };
  }
  return { ids, infos };
}

// ---- graph --------------------------------------------------------------------------------------

function addNodes(graph: KnowledgeGraph, random: Random, count: number): string[] {
  const countryPool = WORLD_COUNTRIES.filter((c) => c.cca3 && c.name.common);
  const countryCodes = countryPool.map((c) => c.cca3);
  const wantedCountries = Math.min(countryPool.length, Math.round(count * 0.1));
  const keys: string[] = [];
  const add = (key: string, attrs: EntityAttributes): void => {
    let unique = key;
    for (let n = 2; graph.hasNode(unique); n++) unique = `${key}-${n}`;
    graph.addNode(unique, attrs);
    keys.push(unique);
  };
  for (let i = 0; i < wantedCountries; i++) {
    const c = countryPool[i];
    const aliases = [c.name.official, c.cca3].filter((a) => a !== c.name.common);
    add(entityKey(c.name.common), { label: c.name.common, entityType: 'country', aliases, mentions: 0, country: c.cca3 });
  }
  const otherTypes = ENTITY_MIX.filter(([t]) => t !== 'country');
  // Other entities belong to the states that are in the graph (or to the first one, in tiny graphs).
  const homeCountries = countryCodes.slice(0, Math.max(1, wantedCountries));
  while (keys.length < count) {
    const type = pickWeighted(random, otherTypes);
    const seed = type === 'person' ? personSeed(random)
      : type === 'organization' ? patternSeed(random, ORG_PATTERNS, true)
        : type === 'location' ? patternSeed(random, LOCATION_PATTERNS, false)
          : patternSeed(random, FACILITY_PATTERNS, false);
    const country = random() < 0.7 ? pick(random, homeCountries) : undefined;
    add(entityKey(seed.label), { label: seed.label, entityType: type, aliases: seed.aliases, mentions: 0, ...(country ? { country } : {}) });
  }
  return keys;
}

function evidenceFor(random: Random, docIds: readonly string[], sourceLabel: string, label: string, targetLabel: string): Evidence[] {
  const count = 1 + (random() < 0.3 ? 1 : 0) + (random() < 0.1 ? 1 : 0);
  const evidence: Evidence[] = [];
  for (let i = 0; i < count; i++) {
    const text = `${sourceLabel} ${label} ${targetLabel}, ${pick(random, CLOSINGS)}.`;
    const sentence = Math.floor(random() * 30);
    const start = sentence * 160 + Math.floor(random() * 40);
    evidence.push({ doc: pick(random, docIds), sentence, start, end: start + text.length, text });
  }
  return evidence;
}

function dateRange(dates: readonly (string | undefined)[]): { firstSeen?: string; lastSeen?: string } {
  const known = dates.filter((d): d is string => d !== undefined).sort();
  return known.length ? { firstSeen: known[0], lastSeen: known[known.length - 1] } : {};
}

/**
 * Builds a deterministic graph with exactly `nodes` nodes and `edges` edges. Endpoints are chosen by
 * preferential attachment (a node's chance grows with the edges it already has), which gives the
 * heavy-tailed degrees of real news graphs.
 */
export function syntheticGraph(options: SyntheticGraphOptions): KnowledgeGraph {
  const { nodes, edges, seed = 1 } = options;
  if (!Number.isInteger(nodes) || nodes < 2) throw new Error(`syntheticGraph: nodes must be an integer ≥ 2, got ${nodes}`);
  if (!Number.isInteger(edges) || edges < 0) throw new Error(`syntheticGraph: edges must be a non-negative integer, got ${edges}`);
  const random = seededRandom(seed);
  const graph = createKnowledgeGraph();
  const keys = addNodes(graph, random, nodes);
  const types = keys.map((k) => graph.getNodeAttribute(k, 'entityType'));
  const labels = keys.map((k) => graph.getNodeAttribute(k, 'label'));
  const { ids: docIds, infos } = documentsFor(random, Math.max(1, Math.ceil(edges / 5)));
  graph.setAttribute('documents', infos);

  // Every edge end pushes its node here, so drawing from it is degree-proportional.
  const endpoints: number[] = [];
  const pickNode = (): number => (endpoints.length === 0 || random() < 0.25 ? Math.floor(random() * nodes) : endpoints[Math.floor(random() * endpoints.length)]);
  const pairCache = new Map<string, (readonly [PredicateDefinition, number])[]>();
  const allowedFor = (s: EntityType, t: EntityType): (readonly [PredicateDefinition, number])[] => {
    const k = `${s}>${t}`;
    let allowed = pairCache.get(k);
    if (!allowed) { allowed = predicatesFor(s, t); pairCache.set(k, allowed); }
    return allowed;
  };

  const maxAttempts = edges * 50 + 1000;
  let attempts = 0;
  while (graph.size < edges) {
    if (++attempts > maxAttempts) throw new Error(`syntheticGraph: cannot place ${edges} distinct edges among ${nodes} nodes`);
    let s = pickNode();
    let t = pickNode();
    if (s === t) continue;
    let allowed = allowedFor(types[s], types[t]);
    if (allowed.length === 0) { [s, t] = [t, s]; allowed = allowedFor(types[s], types[t]); }
    if (allowed.length === 0) continue;
    const def = pickWeighted(random, allowed);
    const key = relationKey(keys[s], def.id, keys[t]);
    if (graph.hasEdge(key)) continue;
    const evidence = evidenceFor(random, docIds, labels[s], def.label, labels[t]);
    const attrs: RelationAttributes = {
      predicate: def.id,
      label: def.label,
      cameo: def.cameo,
      modality: pickWeighted(random, MODALITY_WEIGHTS),
      confidence: Math.round((0.5 + random() * 0.49) * 100) / 100,
      evidence,
      weight: evidence.length,
      ...dateRange(evidence.map((e) => infos[e.doc].published)),
    };
    graph.addDirectedEdgeWithKey(key, keys[s], keys[t], attrs);
    endpoints.push(s, t);
  }

  // Mentions and first/last seen follow from the evidence, as they would after real ingestion.
  graph.updateEachNodeAttributes((node, attrs) => {
    let mentions = 0;
    let first: string | undefined;
    let last: string | undefined;
    graph.forEachEdge(node, (_edge, edge) => {
      mentions += edge.evidence.length;
      if (edge.firstSeen && (!first || edge.firstSeen < first)) first = edge.firstSeen;
      if (edge.lastSeen && (!last || edge.lastSeen > last)) last = edge.lastSeen;
    });
    return { ...attrs, mentions: Math.max(1, mentions), ...(first ? { firstSeen: first, lastSeen: last } : {}) };
  });
  return graph;
}
