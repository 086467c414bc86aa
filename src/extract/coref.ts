// Stage 5: coreference. Links pronouns ("it", "his", "they"), pronoun + noun ("his country", "its
// leaders") and definite descriptions ("the airport", "the country") to the entity they stand for,
// by the most recent compatible mention, and "I"/"we" inside a quotation to its speaker.
import type { EntityType } from '../domain/ontology.js';
import type { Sentence } from './nlp.js';
import type { MentionSpan, NameMention } from './mentions.js';
import { FACILITY_HEADS, GENERIC_BODY_NOUNS, INTERNATIONAL_BODY_NOUNS, LOCATIVE_PREPOSITIONS, ORGANIZATION_HEADS, PERSON_NOUNS } from './lang/en/cues.js';
import { FIRST_PERSON, NEUTER, PLURAL, SINGULAR_PERSONAL, W } from './lang/en/grammar.js';
import { REPORTING_VERBS } from './lang/en/lexicon.js';
import { TITLE_HEADS } from './lang/en/titles.js';
import { DEFAULT_EXTRACTOR_SETTINGS, type ExtractorSettings } from './settings.js';
import { SalienceHistory } from './salience.js';

/** A mention found by coreference: it covers tokens first..last of its sentence and denotes `entity`. */
export interface CorefMention extends MentionSpan {
  entity: string;
  entityType: EntityType;
}

export interface EntityFacts {
  entityType: EntityType;
  country?: string;
  label: string;
  aliases: readonly string[];
}

interface Salient {
  entity: string;
  type: EntityType;
  /** A person or a group of people standing for a state ("the Turkish official"). */
  personLike: boolean;
  locative: boolean;
  sentence: number;
  token: number;
  /** Named state (not a demonym): candidates for "the country". */
  namedCountry: boolean;
  /** A well-known international body (from the gazetteer): candidates for "the bloc", "the alliance". */
  international?: boolean;
  /** The first name of its sentence, outside any prepositional phrase: most likely its subject. */
  first?: boolean;
}


/** The kinds of antecedent the rules below look for (the most recent entry of each is kept). */
const ANTECEDENT_KINDS = {
  personLike: (s: Salient) => s.personLike,
  notLocative: (s: Salient) => !s.locative,
  notPersonLike: (s: Salient) => !s.personLike,
  /** "it", "its" */
  neuter: (s: Salient) => !s.personLike && !s.locative && s.type !== 'location',
  /** "they", "their" */
  plural: (s: Salient) => !s.locative && (s.type === 'organization' || s.type === 'country'),
  namedCountry: (s: Salient) => s.namedCountry,
  /** "the group" */
  group: (s: Salient) => s.type === 'organization' && !s.personLike && s.international !== true,
  /** "the bloc" */
  internationalBody: (s: Salient) => s.type === 'organization' && !s.personLike && s.international === true,
} as const;

const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([...FACILITY_HEADS, ...ORGANIZATION_HEADS]);

/**
 * The heads of definite descriptions an entity answers to: "the ministry" names "Chile's Ministry of
 * Defence"; "the airport" names "Kabul International Airport".
 */
function descriptionHeads(fact: EntityFacts | undefined): string[] {
  if (!fact) return [];
  const heads = new Set<string>();
  for (const name of [fact.label, ...fact.aliases]) for (const word of name.toLowerCase().split(/\s+/)) if (DESCRIPTION_HEADS.has(word)) heads.add(word);
  return [...heads];
}

/** How a person's title word is looked up in the salience history (apart from description heads). */
const titleKey = (word: string): string => `title:${word}`;

/** Per sentence, whether each token is inside a quotation (computed once, when first asked). */
function quotedTokens(sentence: Sentence): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const token of sentence.tokens) {
    inside.push(open);
    if (token.text === '"') open = !open;
  }
  return inside;
}

/** The speaker of a sentence that quotes someone: the subject of its reporting verb outside the quotes. */
function quoteSpeaker(sentence: Sentence, mentionAt: ReadonlyMap<number, { entity: string; type: EntityType }>, settings: ExtractorSettings): string | undefined {
  const quote = sentence.tokens.findIndex((t) => t.text === '"');
  if (quote < 0) return undefined;
  for (let i = 0; i < sentence.tokens.length; i++) {
    const token = sentence.tokens[i];
    if (token.pos === 'VERB' && REPORTING_VERBS.has(token.lemma)) {
      for (let k = i - 1; k >= 0 && k >= i - settings.speakerBeforeWindow; k--) {
        const hit = mentionAt.get(k);
        if (hit && hit.type === 'person') return hit.entity;
      }
      for (let k = i + 1; k < sentence.tokens.length && k <= i + settings.speakerAfterWindow; k++) {
        const hit = mentionAt.get(k);
        if (hit && hit.type === 'person') return hit.entity;
      }
    }
  }
  return undefined;
}

export function resolveCoreference(
  sentences: readonly Sentence[],
  mentions: readonly NameMention[],
  entityOfMention: ReadonlyMap<number, string>,
  facts: ReadonlyMap<string, EntityFacts>,
  settings: ExtractorSettings = DEFAULT_EXTRACTOR_SETTINGS,
): CorefMention[] {
  const out: CorefMention[] = [];
  const headsOf = new Map<string, string[]>();
  // An entry is found by the heads of descriptions its entity answers to and, for a person, by the
  // titles the article gives them (TITLE_KEY): titleWords is complete before the first entry comes in.
  const wordsOf = (s: Salient): string[] => {
    let words = headsOf.get(s.entity);
    if (!words) {
      const titles = s.type === 'person' ? [...(titleWords.get(s.entity) ?? [])].map(titleKey) : [];
      words = [...descriptionHeads(facts.get(s.entity)), ...titles];
      headsOf.set(s.entity, words);
    }
    return words;
  };
  const history = new SalienceHistory(ANTECEDENT_KINDS, wordsOf);
  const countryOf = countryEntities(facts);
  const bySentence = new Map<number, NameMention[]>();
  for (const mention of mentions) {
    const list = bySentence.get(mention.sentence) ?? [];
    list.push(mention);
    bySentence.set(mention.sentence, list);
  }
  let previousSpeaker: string | undefined;

  // The titles the article itself gives each person ("Prime Minister Tomas Rebelo"), for "the prime minister".
  const titleWords = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const entity = entityOfMention.get(mention.id);
    if (!entity || !mention.title) continue;
    const known = titleWords.get(entity) ?? new Set<string>();
    for (const word of mention.title.text.toLowerCase().split(/\s+/)) known.add(word);
    titleWords.set(entity, known);
  }

  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const starts = new Map<number, NameMention>();
    const mentionAt = new Map<number, { entity: string; type: EntityType }>();
    for (const mention of bySentence.get(sentence.index) ?? []) {
      const entity = entityOfMention.get(mention.id);
      if (entity === undefined) continue;
      starts.set(mention.first, mention);
      for (let k = mention.first; k <= mention.last; k++) mentionAt.set(k, { entity, type: facts.get(entity)?.entityType ?? 'organization' });
    }
    const speaker = quoteSpeaker(sentence, mentionAt, settings) ?? (tokens[0]?.text === '"' ? previousSpeaker : undefined);
    let quoted: boolean[] | undefined;
    if (speaker) previousSpeaker = speaker;

    const emit = (first: number, last: number, entity: string) => {
      const type = facts.get(entity)?.entityType ?? 'organization';
      out.push({
        sentence: sentence.index, first, last, start: tokens[first].start, end: tokens[last].end,
        text: sentence.text.slice(tokens[first].start - sentence.start, tokens[last].end - sentence.start), entity, entityType: type,
      });
      history.push({ entity, type, personLike: type === 'person', locative: false, sentence: sentence.index, token: first, namedCountry: false });
    };

    for (let i = 0; i < tokens.length; i++) {
      const mention = starts.get(i);
      if (mention) {
        const entity = entityOfMention.get(mention.id) as string;
        const fact = facts.get(entity);
        if (mention.actor || mention.kind === 'name') {
          const previous = tokens[mention.first - 1];
          const nextWord = tokens[mention.last + 1]?.lower ?? '';
          history.push({
            entity, type: fact?.entityType ?? 'organization',
            personLike: fact?.entityType === 'person' || (mention.kind === 'demonym' && PERSON_NOUNS.has(nextWord)),
            locative: previous !== undefined && LOCATIVE_PREPOSITIONS.has(previous.lower),
            sentence: sentence.index, token: i, namedCountry: mention.kind === 'name' && fact?.entityType === 'country',
            international: mention.gazetteerLabel !== undefined,
            first: !history.hasSentence(sentence.index) && !(previous && previous.pos === 'ADP'),
          });
        }
        i = mention.last;
        continue;
      }
      const token = tokens[i];
      const lower = token.lower;
      const next = tokens[i + 1];

      if (FIRST_PERSON.has(lower) && token.pos === 'PRON' && speaker && (quoted ??= quotedTokens(sentence))[i]) {
        emit(i, i, speaker);
        continue;
      }
      // "his country", "their country": the state of whoever the pronoun stands for.
      if ((SINGULAR_PERSONAL.has(lower) || PLURAL.has(lower) || NEUTER.has(lower)) && next?.lower === W.country) {
        const antecedent = history.mostRecent(SINGULAR_PERSONAL.has(lower) ? 'personLike' : 'notLocative');
        const code = antecedent ? facts.get(antecedent.entity)?.country : undefined;
        const country = antecedent ? (antecedent.type === 'country' ? antecedent.entity : code && countryOf.get(code)) : undefined;
        if (country) emit(i, i + 1, country);
        i++;
        continue;
      }
      if (token.pos === 'PRON' && (SINGULAR_PERSONAL.has(lower) || NEUTER.has(lower) || PLURAL.has(lower))) {
        const kind = SINGULAR_PERSONAL.has(lower) ? 'personLike' : NEUTER.has(lower) ? 'neuter' : 'plural';
        // A pronoun that opens a sentence is its subject, and usually continues the previous sentence's
        // subject: "Brazil signed a deal with Indonesia. It also pledged aid to Mozambique."
        const previousSubject = i === 0 ? history.firstIn(sentence.index - 1) : undefined;
        let antecedent = previousSubject && ANTECEDENT_KINDS[kind](previousSubject) ? previousSubject : history.mostRecent(kind);
        if (!antecedent && NEUTER.has(lower)) antecedent = history.mostRecent('notPersonLike');
        if (antecedent && sentence.index - antecedent.sentence <= settings.pronounSentenceWindow) emit(i, i, antecedent.entity);
        continue;
      }
      // "the group", "the Iran-backed group", "the militant movement": the last organisation named.
      if (lower === W.the) {
        let k = i + 1;
        while (tokens[k] && k < i + settings.descriptionWindow && (tokens[k].pos === 'ADJ' || /-[a-z]+$/.test(tokens[k].text)) && !starts.has(k)) k++;
        if (tokens[k] && GENERIC_BODY_NOUNS.has(tokens[k].lower) && !/^[A-Z]/.test(tokens[k].text)) {
          const international = INTERNATIONAL_BODY_NOUNS.has(tokens[k].lower);
          const antecedent = history.mostRecent(international ? 'internationalBody' : 'group');
          if (antecedent) { emit(i, k, antecedent.entity); i = k; continue; }
        }
      }
      // "the minister", "the former prime minister": the last person the article gave that title.
      if (lower === W.the) {
        let k = i + 1;
        while (tokens[k] && k < i + settings.descriptionWindow && !starts.has(k) && !/^[A-Z]/.test(tokens[k].text) && TITLE_HEADS[tokens[k].lower] === undefined) k++;
        const title = tokens[k];
        if (title && TITLE_HEADS[title.lower] !== undefined && !/^[A-Z]/.test(title.text) && !starts.has(k + 1) && tokens[k + 1]?.text !== "'s" && tokens[k + 1]?.lower !== W.of) {
          const antecedent = history.mostRecentWith(titleKey(title.lower));
          if (antecedent) { emit(i, k, antecedent.entity); i = k; continue; }
        }
      }
      // Definite descriptions: "the country", "the airport", "the ministry".
      if (lower === W.the && next && next.pos === 'NOUN' && !/^[A-Z]/.test(next.text) && tokens[i + 2]?.text !== "'s" && !/^[A-Z]/.test(tokens[i + 2]?.text ?? '')) {
        const head = next.lower;
        let antecedent: Salient | undefined;
        if (head === 'country') antecedent = history.mostRecent('namedCountry');
        else if (DESCRIPTION_HEADS.has(head)) antecedent = history.mostRecentWith(head);
        if (antecedent) { emit(i, i + 1, antecedent.entity); i++; }
      }
    }
  }
  return out;
}

/** The (first) country entity of each country code. */
function countryEntities(facts: ReadonlyMap<string, EntityFacts>): Map<string, string> {
  const byCode = new Map<string, string>();
  for (const [key, fact] of facts) if (fact.entityType === 'country' && fact.country && !byCode.has(fact.country)) byCode.set(fact.country, key);
  return byCode;
}
