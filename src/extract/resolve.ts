// Stage 4: entity resolution. Types the names no list knew from the rest of the document, then
// groups mentions into entities: one per state (name, demonym, capital), one per person (full name and
// its shorter forms), one per organisation or place (longer and shorter forms of the same head).
import type { EntityType } from '../domain/ontology.js';
import type { ExtractedEntity } from '../domain/extraction.js';
import { entityKey } from '../domain/names.js';
import { ClusterIndex, NameWordsIndex } from './cluster-index.js';
import type { NameMention } from './mentions.js';
import type { Sentence } from './nlp.js';
import { COUNTRY_BY_CODE } from './lang/en/countries.js';
import { GROUP_SUFFIXES, LOCATION_HEADS, LOCATIVE_PREPOSITIONS, ORGANIZATION_HEADS, PLACE_NOUNS } from './lang/en/cues.js';
import { W } from './lang/en/grammar.js';
import { placeCandidates, placeCountry } from './places.js';

export interface ResolvedEntities {
  entities: ExtractedEntity[];
  /** Mention id → entity key, for mentions that denote an entity. */
  entityOfMention: Map<number, string>;
}

const words = (name: string) => name.split(/\s+/).filter(Boolean);

/** Strips an article, a possessive and generic group words: "the Taliban movement's" → "Taliban". */
export function bareName(name: string): string {
  let result = name.replace(/^the\s+/i, '').replace(/['’]s?$/, '').trim();
  const parts = words(result);
  while (parts.length > 1 && GROUP_SUFFIXES.has(parts[parts.length - 1].toLowerCase())) parts.pop();
  result = parts.join(' ');
  return result;
}

/** "Ministry of Defense" and "Defense Ministry" compare equal. */
function comparableName(name: string): string {
  const lower = bareName(name).toLowerCase();
  const match = /^(\w+) of (?:the )?(.+)$/.exec(lower);
  if (match && ORGANIZATION_HEADS.has(match[1])) return `${match[2]} ${match[1]}`;
  return lower;
}

/** Which guess wins when the same unknown name was typed differently in different places. */
const TYPE_STRENGTH: Record<EntityType, number> = { person: 3, location: 2, facility: 2, country: 2, organization: 1 };

/** "RSF" for "Rapid Support Forces": the capitals of the name's words. */
function initialsOf(name: string): string {
  return words(name).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
}

/** Mentions ordered by the number of words of their name, longest first (stable). */
function byLongestName(list: NameMention[], nameOf: (m: NameMention) => string): NameMention[] {
  const length = new Map(list.map((m) => [m, words(nameOf(m)).length]));
  return list.sort((a, b) => (length.get(b) ?? 0) - (length.get(a) ?? 0));
}

/**
 * True when `parts` is a shorter form of a person's name: its end, or one word (of three letters or
 * more) of a longer name, as "Lula" of "Luiz Inacio Lula da Silva".
 */
function isPartOfPersonName(parts: readonly string[], personNames: NameWordsIndex): boolean {
  if (parts.length === 0) return personNames.nonEmpty > 0;
  if (personNames.endingLike(parts).some((full) => full.length > parts.length && isNameSuffix(parts, full))) return true;
  return parts.length === 1 && parts[0].length >= 3 && personNames.hasInLongName(parts[0]);
}

function typeUnknown(mention: NameMention, sentence: Sentence, personNames: NameWordsIndex): EntityType {
  const parts = words(bareName(mention.name)).map((w) => w.toLowerCase());
  const isPartOfPerson = isPartOfPersonName(parts, personNames);
  if (isPartOfPerson) return 'person';
  // A city or region the gazetteer knows: "Sylhet", "Ninewa".
  if (placeCandidates(bareName(mention.name)).length > 0) return 'location';
  const previous = sentence.tokens[mention.first - 1];
  // "the village of Meridan"
  if (previous?.lower === W.of && PLACE_NOUNS.has(sentence.tokens[mention.first - 2]?.lower ?? '')) return 'location';
  // "the Kashmir region", "Idlib province"
  if (LOCATION_HEADS.has(sentence.tokens[mention.last + 1]?.lower ?? '')) return 'location';
  if (previous?.lower === W.the) return 'organization';
  if (previous && LOCATIVE_PREPOSITIONS.has(previous.lower) && sentence.tokens[mention.last + 1]?.text !== "'s") return 'location';
  if (parts.length >= 2 && parts.length <= 4) return 'person';
  return 'organization';
}

interface Cluster {
  key: string;
  label: string;
  entityType: EntityType;
  names: string[];
  mentions: number;
  country?: string;
  /** For people and bodies: the words of the longest name, to attach shorter forms to. */
  nameWords: string[];
}

function countryCluster(code: string): Cluster {
  const label = COUNTRY_BY_CODE.get(code)?.label ?? code;
  return { key: entityKey(label), label, entityType: 'country', names: [], mentions: 0, country: code, nameWords: [] };
}

/** True when `short` is the end of `long` ("Erdogan", "Tayyip Erdogan" of "Recep Tayyip Erdogan"). */
function isNameSuffix(short: readonly string[], long: readonly string[]): boolean {
  return short.length <= long.length && short.every((w, i) => long[long.length - short.length + i] === w);
}

function onlyOne<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** True when every word of `short` is in `long` and both end in the same head ("Kabul airport" ⊂ "Kabul International Airport"). */
function isHeadedSubset(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  return short.every((w) => long.includes(w));
}

export function resolveEntities(mentions: readonly NameMention[], sentences: readonly Sentence[]): ResolvedEntities {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  // Longer names first, so that "Jonas Pellworm" is a person before "Pellworm" is typed.
  const unknown = byLongestName(mentions.filter((m) => m.entityType === 'unknown'), (m) => m.name);
  const personNames = new NameWordsIndex();
  for (const m of mentions) if (m.entityType === 'person') personNames.add(words(bareName(m.name).toLowerCase()));
  for (const mention of unknown) {
    mention.entityType = typeUnknown(mention, sentences[mention.sentence], personNames);
    if (mention.entityType === 'person') personNames.add(words(bareName(mention.name).toLowerCase()));
  }
  // One name, one type: "Jeddah talks" and "in Jeddah" are the same place.
  const typeOfName = new Map<string, EntityType>();
  for (const mention of unknown) {
    const key = bareName(mention.name).toLowerCase();
    const known = typeOfName.get(key);
    if (!known || TYPE_STRENGTH[mention.entityType as EntityType] > TYPE_STRENGTH[known]) typeOfName.set(key, mention.entityType as EntityType);
  }
  for (const mention of unknown) mention.entityType = typeOfName.get(bareName(mention.name).toLowerCase()) ?? mention.entityType;

  const clusters = new Map<string, Cluster>();
  const clusterOfMention = new Map<number, Cluster>();
  const ownerIds = new Set(mentions.flatMap((m) => [m.owner, m.place]).filter((id): id is number => id !== undefined));
  const documentCountries = new Set(mentions.filter((m) => m.entityType === 'country' && m.countryCode).map((m) => m.countryCode as string));
  const countryCodesActing = new Set(mentions.filter((m) => m.countryCode && (m.actor || m.kind === 'name') && m.entityType === 'country').map((m) => m.countryCode as string));

  const ownerCountry = (mention: NameMention): string | undefined => {
    const owner = mention.owner !== undefined ? byId.get(mention.owner) : undefined;
    return owner?.countryCode ?? (owner ? clusterOfMention.get(owner.id)?.country : undefined);
  };

  // States first, so that owners are known when bodies and people are grouped.
  for (const mention of mentions) {
    if (mention.entityType !== 'country' || !mention.countryCode) continue;
    if (mention.kind === 'demonym' && !mention.actor && !ownerIds.has(mention.id) && !countryCodesActing.has(mention.countryCode)) continue;
    const cluster = clusters.get(`country:${mention.countryCode}`) ?? countryCluster(mention.countryCode);
    clusters.set(`country:${mention.countryCode}`, cluster);
    clusterOfMention.set(mention.id, cluster);
  }

  // People, longest names first so that shorter forms attach to them.
  const people = byLongestName(mentions.filter((m) => m.entityType === 'person'), (m) => bareName(m.name));
  const personClusters = new ClusterIndex<Cluster>();
  for (const mention of people) {
    const nameWords = words(bareName(mention.name).toLowerCase());
    if (nameWords.length === 0) continue;
    const knownByOneName = nameWords.length === 1 && nameWords[0].length >= 3 ? personClusters.containing(nameWords[0]) : [];
    let cluster = personClusters.first([personClusters.endingWith(nameWords)], (c) => isNameSuffix(nameWords, c.nameWords)) ??
      onlyOne(knownByOneName);
    if (!cluster) {
      const label = bareName(mention.name);
      cluster = { key: `person:${nameWords.join(' ')}`, label, entityType: 'person', names: [], mentions: 0, nameWords };
      personClusters.add(cluster);
      clusters.set(cluster.key, cluster);
    }
    clusterOfMention.set(mention.id, cluster);
  }

  // Organisations, facilities and places; gazetteer organisations by their canonical label.
  const bodies = byLongestName(
    mentions.filter((m) => !clusterOfMention.has(m.id) && (m.entityType === 'organization' || m.entityType === 'facility' || m.entityType === 'location')),
    (m) => m.name,
  );
  const bodyClusters = new ClusterIndex<Cluster>();
  for (const mention of bodies) {
    const type = mention.entityType as EntityType;
    const comparable = mention.gazetteerLabel ? mention.gazetteerLabel.toLowerCase() : comparableName(withoutOwner(mention, byId));
    const nameWords = words(comparable);
    const country = ownerCountry(mention) ?? (type === 'location' ? placeCountry(bareName(mention.name), documentCountries) : undefined);
    const acronym = /^[A-Z]{2,6}$/.test(bareName(mention.name)) ? bareName(mention.name) : undefined;
    const candidates = [bodyClusters.endingWith(nameWords), acronym !== undefined ? bodyClusters.withKey(acronym) : []];
    let cluster = bodyClusters.first(candidates, (c) => c.entityType === type && (c.country === country || !country || !c.country) &&
      (c.nameWords.join(' ') === nameWords.join(' ') || (!mention.gazetteerLabel && isHeadedSubset(nameWords, c.nameWords)) ||
        (acronym !== undefined && !mention.gazetteerLabel && c.nameWords.length > 1 && initialsOf(c.label) === acronym)));
    if (!cluster) {
      const label = mention.gazetteerLabel ?? labelForBody(bareName(mention.name), country, mention);
      cluster = { key: `${type}:${entityKey(label)}`, label, entityType: type, names: [], mentions: 0, nameWords, ...(country ? { country } : {}) };
      // Keyed by initials for acronyms ("RSF"), which only match names of two words or more.
      bodyClusters.add(cluster, nameWords.length > 1 ? initialsOf(label) : undefined);
      clusters.set(cluster.key, cluster);
    }
    clusterOfMention.set(mention.id, cluster);
  }

  // People with a title from a state: their country.
  for (const mention of people) {
    const country = ownerCountry(mention);
    const cluster = clusterOfMention.get(mention.id);
    if (cluster && country && !cluster.country) cluster.country = country;
  }

  for (const [id, cluster] of clusterOfMention) {
    const mention = byId.get(id);
    if (!mention) continue;
    cluster.mentions++;
    cluster.names.push(mention.kind === 'name' ? bareName(mention.name) : mention.text);
    if (mention.kind === 'name' && mention.text !== bareName(mention.name)) cluster.names.push(mention.text.replace(/^the\s+/i, ''));
  }

  return finish(clusters, clusterOfMention);
}

/** The name without the owner or place it starts with: "Turkish Ministry of Defense" → "Ministry of Defense". */
function withoutOwner(mention: NameMention, byId: ReadonlyMap<number, NameMention>): string {
  const prefix = [mention.owner, mention.place].map((id) => (id === undefined ? undefined : byId.get(id))).find((m) => m && m.start === mention.start);
  if (!prefix || mention.entityType === 'facility') return mention.name;
  return mention.name.slice(prefix.end - prefix.start).trim() || mention.name;
}

function labelForBody(name: string, country: string | undefined, mention: NameMention): string {
  if (!country || mention.entityType !== 'organization') return name;
  const record = COUNTRY_BY_CODE.get(country);
  if (!record) return name;
  const lower = name.toLowerCase();
  const named = [...record.names, ...record.demonyms, ...record.capitals].some((n) => lower.includes(n.toLowerCase()));
  // "Defense Ministry" of Turkey is labelled "Turkish Defense Ministry" so ministries of different states differ.
  return named ? name : `${record.demonyms[0] ?? record.label} ${name}`;
}

function finish(clusters: Map<string, Cluster>, clusterOfMention: Map<number, Cluster>): ResolvedEntities {
  const entities: ExtractedEntity[] = [];
  const keyOfCluster = new Map<Cluster, string>();
  const used = new Set<string>();
  for (const cluster of clusters.values()) {
    if (cluster.mentions === 0) continue;
    let key = entityKey(cluster.label);
    if (used.has(key)) key = `${key}-${cluster.entityType}`;
    used.add(key);
    keyOfCluster.set(cluster, key);
    const labelKey = cluster.label.toLowerCase();
    const aliases = [...new Set(cluster.names.filter((n) => n.toLowerCase() !== labelKey))];
    entities.push({
      key, label: cluster.label, entityType: cluster.entityType, aliases, mentions: cluster.mentions,
      ...(cluster.country ? { country: cluster.country } : {}),
    });
  }
  const entityOfMention = new Map<number, string>();
  for (const [id, cluster] of clusterOfMention) {
    const key = keyOfCluster.get(cluster);
    if (key) entityOfMention.set(id, key);
  }
  return { entities, entityOfMention };
}
