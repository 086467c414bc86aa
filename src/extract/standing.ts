// Standing relations read off the structure of names: a title between an owner and a person
// ("Turkish Defense Minister Hulusi Akar" → official of Turkey), a body owned by a state ("Turkey's
// Defense Ministry" → part of Turkey), a facility named after its place ("Kabul airport" → located
// in Kabul), and membership phrases ("NATO member Turkey", "X, a member of Y").
import type { PredicateId } from '../domain/ontology.js';
import type { Sentence } from './nlp.js';
import type { NameMention } from './mentions.js';
import type { Slot } from './relations.js';
import { COMPOUND_TITLES, TITLE_HEADS, TITLE_MODIFIERS, type TitleRole } from './lang/en/titles.js';
import { LOCATIVE_PREPOSITIONS, MEMBER_WORDS, PLACE_NOUNS } from './lang/en/cues.js';
import { ARTICLES, POSSESSIVE_MARKERS, TITLE_OWNER_PREPOSITIONS, W } from './lang/en/grammar.js';
import { LEADING_VERBS } from './lang/en/lexicon.js';

export interface StandingRelation {
  source: string;
  target: string;
  predicate: PredicateId;
  sentence: number;
  /** The rule that read it (see docs/extraction-rules.md). */
  reason: string;
}

export function structuralRelations(mentions: readonly NameMention[], entityOfMention: ReadonlyMap<number, string>): StandingRelation[] {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const out: StandingRelation[] = [];
  for (const mention of mentions) {
    const entity = entityOfMention.get(mention.id);
    if (!entity) continue;
    const owner = mention.owner !== undefined ? entityOfMention.get(mention.owner) : undefined;
    const place = mention.place !== undefined ? entityOfMention.get(mention.place) : undefined;
    const ownerMention = mention.owner !== undefined ? byId.get(mention.owner) : undefined;
    if (owner && owner !== entity) {
      if (mention.entityType === 'person' && mention.title) {
        out.push({ source: entity, target: owner, predicate: mention.title.role === 'leader' ? 'leader_of' : 'official_of', sentence: mention.sentence, reason: 'name.title' });
      } else if (mention.entityType === 'person' && ownerMention) {
        out.push({ source: entity, target: owner, predicate: 'member_of', sentence: mention.sentence, reason: 'name.owner-person' });
      } else if (mention.entityType === 'organization') {
        out.push({ source: entity, target: owner, predicate: 'part_of', sentence: mention.sentence, reason: 'name.owner-body' });
      } else if (mention.entityType === 'facility' || mention.entityType === 'location') {
        out.push({ source: entity, target: owner, predicate: 'located_in', sentence: mention.sentence, reason: 'name.owner-place' });
      }
    }
    if (place && place !== entity) out.push({ source: entity, target: place, predicate: 'located_in', sentence: mention.sentence, reason: 'name.place' });
  }
  return out;
}


/** "NATO member Turkey", "Turkey, a NATO member,", "Poland, a member of the EU". */
export function membershipRelations(sentence: Sentence, slots: ReadonlyArray<Slot | undefined>): StandingRelation[] {
  const out: StandingRelation[] = [];
  const tokens = sentence.tokens;
  tokens.forEach((token, i) => {
    if (!MEMBER_WORDS.has(token.lower)) return;
    const before = slots[i - 1];
    const after = slots[i + 1];
    if (before && after && before.entity !== after.entity) {
      out.push({ source: after.entity, target: before.entity, predicate: 'member_of', sentence: sentence.index, reason: 'phrase.member-title' });
      return;
    }
    // "X, a member of Y" / "X is a member of Y"
    if (tokens[i + 1]?.lower === W.of) {
      let k = i + 2;
      while (tokens[k] && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k++;
      const group = slots[k];
      let m = i - 1;
      while (m >= 0 && (tokens[m].pos === 'DET' || tokens[m].pos === 'ADJ' || tokens[m].text === ',' || tokens[m].pos === 'AUX')) m--;
      const memberSlot = m >= 0 ? slots[m] : undefined;
      if (group && memberSlot && group.entity !== memberSlot.entity) out.push({ source: memberSlot.entity, target: group.entity, predicate: 'member_of', sentence: sentence.index, reason: 'phrase.member-of' });
    }
  });
  return out;
}

const isTitleWord = (word: string) => TITLE_HEADS[word] !== undefined;

/** Reads "[the] [Owner's | Demonym] modifiers Title [of|to [the] Owner]" from token `from`; returns the owner and role. */
function titlePhrase(tokens: Sentence['tokens'], slots: ReadonlyArray<Slot | undefined>, from: number, people: ReadonlySet<string>): { owner: string; role: TitleRole; end: number } | undefined {
  let k = from;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  let owner: string | undefined;
  const before = slots[k];
  if (before && !people.has(before.entity)) {
    owner = before.entity;
    k = before.last + 1;
    if (POSSESSIVE_MARKERS.has(tokens[k]?.text ?? '')) k++;
  }
  const words: string[] = [];
  while (k < tokens.length && !slots[k] && (TITLE_MODIFIERS.has(tokens[k].lower) || isTitleWord(tokens[k].lower))) words.push(tokens[k++].lower);
  if (words.length === 0 || !words.some(isTitleWord)) return undefined;
  const role = COMPOUND_TITLES[words.slice(-2).join(' ')] ?? TITLE_HEADS[words[words.length - 1]] ?? 'official';
  if (!owner && TITLE_OWNER_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
    let m = k + 1;
    if (tokens[m]?.lower === W.the) m++;
    const after = slots[m];
    if (after && !people.has(after.entity)) { owner = after.entity; k = after.last + 1; }
  }
  return owner ? { owner, role, end: k - 1 } : undefined;
}

/** Titles in apposition: "Hiroshi Tanabe, Japan's defence minister,", "Ethiopia's prime minister, Abiy Tesfaye,". */
export function appositionRelations(sentence: Sentence, slots: ReadonlyArray<Slot | undefined>, people: ReadonlySet<string>): StandingRelation[] {
  const out: StandingRelation[] = [];
  const tokens = sentence.tokens;
  const push = (person: string, owner: string, role: TitleRole, reason: string) => {
    if (person !== owner) out.push({ source: person, target: owner, predicate: role === 'leader' ? 'leader_of' : 'official_of', sentence: sentence.index, reason });
  };
  for (let i = 0; i < tokens.length; i++) {
    const slot = slots[i];
    if (!slot || slot.first !== i) continue;
    // Person, title phrase
    if (people.has(slot.entity) && tokens[slot.last + 1]?.text === ',') {
      const title = titlePhrase(tokens, slots, slot.last + 2, people);
      if (title) push(slot.entity, title.owner, title.role, 'apposition.person-title');
    }
    // "opposition leader Joao Falcao of the Social Democratic Party": a title before the name, its body after.
    if (people.has(slot.entity) && isTitleWord(tokens[i - 1]?.lower ?? '') && !slots[i - 1] && TITLE_OWNER_PREPOSITIONS.has(tokens[slot.last + 1]?.lower ?? '')) {
      const m = ARTICLES.has(tokens[slot.last + 2]?.lower ?? '') ? slot.last + 3 : slot.last + 2;
      const body = slots[m];
      if (body && body.first === m && !people.has(body.entity)) push(slot.entity, body.entity, TITLE_HEADS[tokens[i - 1].lower] ?? 'official', 'apposition.title-person-of');
    }
    // "the RSF, led by General Mohamed Hamdan Dagalo,"
    if (!people.has(slot.entity) && tokens[slot.last + 1]?.text === ',' && LEADING_VERBS.has(tokens[slot.last + 2]?.lower ?? '') && tokens[slot.last + 3]?.lower === W.by) {
      let m = slot.last + 4;
      while (tokens[m] && !slots[m] && (isTitleWord(tokens[m].lower) || TITLE_MODIFIERS.has(tokens[m].lower))) m++;
      const leader = slots[m];
      if (leader && people.has(leader.entity)) push(leader.entity, slot.entity, 'leader', 'apposition.led-by');
    }
    // Owner's title, Person
    if (!people.has(slot.entity)) {
      const title = titlePhrase(tokens, slots, i, people);
      if (title) {
        // "Ethiopia's prime minister, Abiy Tesfaye," or "the bloc's foreign policy chief Kaja Kallas"
        let m = tokens[title.end + 1]?.text === ',' ? title.end + 2 : title.end + 1;
        while (tokens[m] && !slots[m] && isTitleWord(tokens[m].lower)) m++;
        const person = slots[m];
        if (person && people.has(person.entity)) push(person.entity, title.owner, title.role, 'apposition.title-person');
      }
    }
    i = slot.last;
  }
  return out;
}

/** What the place patterns need to know of an entity. */
export interface PlaceFacts { entityType: string; country?: string; capital?: boolean }

const isPlace = (facts: PlaceFacts | undefined): boolean => facts?.entityType === 'location' || facts?.entityType === 'facility';

/** Places in their country or region: "Mosul and Erbil in Iraq" (X in Y), and a place whose country the
 *  gazetteer knows, with that country named in the same sentence ("strikes near Sylhet, Bangladesh"). */
export function placeRelations(sentence: Sentence, slots: ReadonlyArray<Slot | undefined>, facts: ReadonlyMap<string, PlaceFacts>): StandingRelation[] {
  const out: StandingRelation[] = [];
  const tokens = sentence.tokens;
  const countries = new Map<string, string>();
  for (const slot of slots) {
    const fact = slot ? facts.get(slot.entity) : undefined;
    if (slot && fact?.entityType === 'country' && fact.country) countries.set(fact.country, slot.entity);
  }
  for (let i = 0; i < tokens.length; i++) {
    const slot = slots[i];
    if (!slot || slot.first !== i) continue;
    const fact = facts.get(slot.entity);
    if (isPlace(fact) && !fact?.capital) {
      // X in Y, and X and Z in Y.
      let k = slot.last + 1;
      while ((tokens[k]?.lower === W.and || tokens[k]?.text === ',') && slots[k + 1] && isPlace(facts.get((slots[k + 1] as Slot).entity))) k = (slots[k + 1] as Slot).last + 1;
      const container = tokens[k]?.lower === W.in ? slots[k + 1] : undefined;
      const containerFacts = container ? facts.get(container.entity) : undefined;
      if (container && container.entity !== slot.entity && (isPlace(containerFacts) || containerFacts?.entityType === 'country')) {
        out.push({ source: slot.entity, target: container.entity, predicate: 'located_in', sentence: sentence.index, reason: 'place.in' });
      }
      // Only a place named as a place ("near Sylhet", "the city of Mosul"): "if La Paz requests" is the government.
      const before = tokens[i - 1]?.lower ?? '';
      const namedAsPlace = LOCATIVE_PREPOSITIONS.has(before) || (before === W.of && PLACE_NOUNS.has(tokens[i - 2]?.lower ?? ''));
      const country = fact?.country && namedAsPlace ? countries.get(fact.country) : undefined;
      if (country) out.push({ source: slot.entity, target: country, predicate: 'located_in', sentence: sentence.index, reason: 'place.gazetteer' });
    }
    i = slot.last;
  }
  return out;
}
