// Stage 6: relations. Reads each sentence's clause structure around the cue words of the lexicon —
// verbs in active and passive voice, nouns with their "by"/possessive source and prepositional
// target, coordinated actors — and emits typed, directed relations with modality. Negated clauses
// and clauses under a denial emit nothing.
import type { PredicateId } from '../domain/ontology.js';
import { predicateDefinition } from '../domain/ontology.js';
import type { Modality } from '../domain/extraction.js';
import type { Sentence, Token } from './nlp.js';
import { DEFAULT_EXTRACTOR_SETTINGS, type ExtractorSettings } from './settings.js';
import {
  CHAIN_VERBS, DENIAL_VERBS, FUTURE_MODALS, INTENTION_ADJECTIVES, LIGHT_VERBS, NEGATING_CHAIN_VERBS, NOUN_CUES,
  POSSIBILITY_MODALS, VERB_CUES, DEMAND_OR_THREAT_VERBS, FORCE_HOLDING_VERBS, type NounCue, type VerbCue,
} from './lang/en/lexicon.js';
import {
  BE_FORMS, CLAUSE_BREAKS, COMPLEMENT_STOPS, CONDITIONALS, NEGATORS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SHAPES, SUBORDINATORS, W,
} from './lang/en/grammar.js';
import { ACTOR_NOUNS, AID_NOUNS, DEPLOYABLE_NOUNS, GROUP_SUFFIXES, LOCATIVE_PREPOSITIONS, MILITARY_NOUNS, PLACE_NOUNS } from './lang/en/cues.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lang/en/titles.js';

/** What fills a token: the entity of the mention (name, pronoun, description) that covers it. */
export interface Slot {
  entity: string;
  first: number;
  last: number;
  /** False for a name that only modifies ("Afghan" in "Afghan refugees", "Turkish" before a title). */
  actor: boolean;
  person?: boolean;
}

export interface SentenceRelation {
  source: string;
  target: string;
  predicate: PredicateId;
  modality: Modality;
  confidence: number;
  /** The rule that read it: pattern family and cue ("verb.passive:attack"); docs/extraction-rules.md. */
  reason: string;
}

/** Predicates whose target may be just where it happens ("bombed towns in Idlib", "assistance at the airport"). */
const WEAK_LOCATIVE_TARGETS = new Set<PredicateId>(['aids', 'offers', 'attacks', 'fights', 'coerces']);
// Cues that require a kind of object come first: "send troops" deploys before "send" provides aid.
const VERB_CUES_BY_LEMMA = groupBy([...VERB_CUES].sort((a, b) => Number(b.objectKind !== undefined) - Number(a.objectKind !== undefined)), (c) => c.lemma);
const NOUN_CUES_BY_NOUN = groupBy(NOUN_CUES, (c) => c.noun);

/** A verb cue as a rule id: its lemma, and its particle when it has one ("pull_out"). */
const cueId = (cue: VerbCue): string => (cue.particle ? `${cue.lemma}_${cue.particle}` : cue.lemma);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

interface Clause {
  tokens: readonly Token[];
  slots: ReadonlyArray<Slot | undefined>;
  settings: ExtractorSettings;
}

interface Subjects {
  entities: string[];
  modality: Modality;
  negated: boolean;
  /** A chain verb that is itself a cue and takes the embedded verb's target ("offered to provide X to Y"). */
  chainCue?: VerbCue;
  /** Subjects reached through a pronoun or a relative clause are less certain. */
  indirect: boolean;
  /** The head word of the subject phrase. */
  head?: string;
}

const isNpToken = (clause: Clause, i: number): boolean => {
  const token = clause.tokens[i];
  if (!token) return false;
  if (clause.slots[i]) return true;
  if (RELATIVE_PRONOUNS.has(token.lower) && token.pos !== 'DET') return false;
  if (token.lower === W.that || token.lower === W.which) return false;
  return token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'SYM' ||
    (token.pos === 'PRON' && !RELATIVE_PRONOUNS.has(token.lower)) || token.text === "'s" || token.text === "'";
};

function npStartLeft(clause: Clause, end: number): number {
  let start = end;
  while (start - 1 >= 0 && isNpToken(clause, start - 1)) {
    // A personal pronoun begins its own phrase ("that it", "said they").
    const previous = clause.tokens[start - 1];
    if (previous.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(previous.lower) && !clause.slots[start - 1]) break;
    start--;
  }
  return start;
}

function npEndRight(clause: Clause, start: number): number {
  let end = start;
  const startsWithPronoun = clause.tokens[start].pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(clause.tokens[start].lower);
  if (startsWithPronoun && !clause.slots[start]?.last) return start;
  if (startsWithPronoun && clause.slots[start]) return clause.slots[start]?.last ?? start;
  while (end + 1 < clause.tokens.length && isNpToken(clause, end + 1)) {
    const next = clause.tokens[end + 1];
    // A name ends its phrase unless a noun it qualifies follows ("Turkish troops", "Hamas militants"):
    // "insisted that Israel halt its strikes", "struck Hezbollah positions".
    const slot = clause.slots[end];
    if (slot && slot.last === end && !clause.slots[end + 1] && next.text !== "'s" && !isQualifiedNoun(next.lower) && !TITLE_MODIFIERS.has(next.lower) && !/^[A-Z]/.test(next.text)) break;
    // A new determiner after a noun starts a new phrase ("told Reuters the news").
    if (next.pos === 'DET' && (clause.tokens[end].pos === 'NOUN' || clause.tokens[end].pos === 'PROPN')) break;
    end++;
  }
  return end;
}

function isQualifiedNoun(word: string): boolean {
  return ACTOR_NOUNS.has(word) || MILITARY_NOUNS.has(word) || GROUP_SUFFIXES.has(word) || TITLE_HEADS[word] !== undefined || NOUN_CUES_BY_NOUN.has(word);
}

/** The entities a noun phrase [start, end] stands for. */
function actorsOfPhrase(clause: Clause, start: number, end: number): string[] {
  const headSlot = clause.slots[end];
  if (headSlot && headSlot.actor) return [headSlot.entity];
  const head = clause.tokens[end];
  if (ACTOR_NOUNS.has(head.lower) || MILITARY_NOUNS.has(head.lower) || GROUP_SUFFIXES.has(head.lower)) {
    for (let k = end - 1; k >= start; k--) {
      const slot = clause.slots[k];
      if (slot) return [slot.entity];
    }
  }
  if (headSlot && !headSlot.actor && clause.tokens[end].pos === 'PROPN') return [headSlot.entity];
  return [];
}

function modalityOf(token: Token, current: Modality): Modality {
  if (POSSIBILITY_MODALS.has(token.lower)) return 'possible';
  if (FUTURE_MODALS.has(token.lower) && current === 'asserted') return 'intended';
  return current;
}

/** Walks left from a verb to its subject(s), through auxiliaries, chain verbs and parentheticals. */
function subjectsOf(clause: Clause, verb: number, depth = 0): Subjects {
  const result: Subjects = { entities: [], modality: 'asserted', negated: false, indirect: false };
  const { tokens } = clause;
  let i = verb - 1;
  let steps = 0;
  let appositive: string | undefined;
  while (i >= 0 && steps++ < clause.settings.subjectWindow) {
    const token = tokens[i];
    const slot = clause.slots[i];
    if (!slot && NEGATORS.has(token.lower)) { result.negated = true; i--; continue; }
    if (!slot && (token.pos === 'AUX' || token.pos === 'PART' || token.pos === 'ADV')) { result.modality = modalityOf(token, result.modality); i--; continue; }
    if (!slot && token.pos === 'VERB' && (CHAIN_VERBS[token.lemma] !== undefined || NEGATING_CHAIN_VERBS.has(token.lemma))) {
      if (NEGATING_CHAIN_VERBS.has(token.lemma)) result.negated = true;
      if (CHAIN_VERBS[token.lemma] === 'intended' && result.modality === 'asserted') result.modality = 'intended';
      const cue = (VERB_CUES_BY_LEMMA.get(token.lemma) ?? []).find((c) => c.predicate === 'offers' || c.predicate === 'threatens');
      if (cue && tokens[i + 1]?.lower === W.to) result.chainCue = cue;
      i--;
      continue;
    }
    // "Ghana plans to withdraw": a chain verb mistagged as a noun.
    if (!slot && token.pos === 'NOUN' && CHAIN_VERBS[token.lemma] === 'intended' && tokens[i + 1]?.lower === W.to) {
      if (result.modality === 'asserted') result.modality = 'intended';
      i--;
      continue;
    }
    if (!slot && token.pos === 'ADJ' && INTENTION_ADJECTIVES.has(token.lower)) { if (result.modality === 'asserted') result.modality = 'intended'; i--; continue; }
    if (!slot && (token.lower === W.who || token.lower === W.which)) {
      // Relative clause: its subject is the phrase before it.
      let k = i - 1;
      if (tokens[k]?.text === ',') k--;
      if (k >= 0 && isNpToken(clause, k)) {
        const start = npStartLeft(clause, k);
        result.entities = actorsOfPhrase(clause, start, k);
        result.indirect = true;
      }
      return result;
    }
    if (!slot && token.text === ',' && i === verb - 1 && SHAPES.gerund.test(tokens[verb].lower) && depth < 2) {
      // A participle clause after a comma shares the main clause's subject: "X quit the coalition, accusing Y".
      for (let k = i - 1; k >= 0 && k >= i - clause.settings.coordinatedVerbWindow; k--) {
        if (tokens[k].pos === 'VERB' && !clause.slots[k]) return { ...subjectsOf(clause, k, depth + 1), chainCue: undefined };
      }
      return result;
    }
    if (!slot && token.text === ',') {
      // Skip an apposition or a relative clause between commas: "X, Germany's finance minister, said".
      let j = i - 1;
      while (j >= 0 && tokens[j].text !== ',' && !CLAUSE_BREAKS.has(tokens[j].text)) j--;
      if (j < 0 || tokens[j].text !== ',') return result;
      const inner = tokens.slice(j + 1, i);
      // "X, who ..., said", "X, Germany's finance minister, said", "X, led by Y, accused"
      const isParenthetical = RELATIVE_PRONOUNS.has(inner[0]?.lower ?? '') || (inner[0]?.pos === 'VERB' && SHAPES.pastParticiple.test(inner[0].lower) && inner[1]?.lower === W.by) ||
        inner.every((t, k) => isNpToken(clause, j + 1 + k) || t.pos === 'ADP');
      if (!isParenthetical) return result;
      // "Ethiopia's prime minister, Abiy Tesfaye, met": the person named in apposition to a title.
      const named = clause.slots[j + 1];
      if (named?.person && named.first === j + 1 && named.last === i - 1) appositive = named.entity;
      i = j - 1;
      continue;
    }
    if (!slot && token.pos === 'CCONJ' && depth < 2) {
      // "X participated in ... and still has ...": the subject of the first verb.
      for (let k = i - 1; k >= 0 && k >= i - clause.settings.coordinatedVerbWindow; k--) {
        if (tokens[k].pos === 'VERB' && !clause.slots[k]) {
          const shared = subjectsOf(clause, k, depth + 1);
          return { ...shared, modality: result.modality === 'asserted' ? shared.modality : result.modality, negated: result.negated, chainCue: result.chainCue };
        }
      }
      return result;
    }
    if (isNpToken(clause, i)) {
      const start = npStartLeft(clause, i);
      const before = tokens[start - 1];
      // A phrase inside a prepositional phrase is not the subject ("the request by the Taliban ... leaves").
      if (before && before.pos === 'ADP' && !clause.slots[start - 1] && !SUBORDINATORS.has(before.lower)) {
        if (before.lower === W.of && start - 2 >= 0 && ACTOR_NOUNS.has(tokens[start - 2].lower)) {
          result.entities = actorsOfPhrase(clause, start, i);
        }
        return result;
      }
      result.entities = appositive && TITLE_HEADS[tokens[i].lower] !== undefined ? [appositive] : actorsOfPhrase(clause, start, i);
      result.head = tokens[i].lower;
      if (clause.slots[i] && clause.tokens[i].pos === 'PRON') result.indirect = true;
      // Coordinated subjects: "Japan and South Korea agreed".
      let k = start - 1;
      // The link nearest the verb must be "and"; earlier ones may be commas ("A, B and C").
      while (k >= 1 && (tokens[k].lower === W.and || (tokens[k].text === ',' && result.entities.length > 1)) && isNpToken(clause, k - 1)) {
        const otherStart = npStartLeft(clause, k - 1);
        const others = actorsOfPhrase(clause, otherStart, k - 1);
        if (others.length === 0) break;
        result.entities.unshift(...others);
        k = otherStart - 1;
      }
      // "troops stationed at X" after "has hundreds of": the subject of the possessing verb.
      if (result.entities.length === 0 && MILITARY_NOUNS.has(tokens[i].lower) && depth < 2) {
        for (let v = start - 1; v >= 0 && v >= start - clause.settings.governingVerbWindow; v--) {
          if (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX') {
            if (FORCE_HOLDING_VERBS.has(tokens[v].lemma)) return { ...subjectsOf(clause, v, depth + 1), modality: result.modality };
            break;
          }
        }
      }
      return result;
    }
    return result;
  }
  return result;
}

/** A prepositional phrase or object phrase that starts at `i`: its bounds ("the city of Kherson" as a whole). */
function phraseAt(clause: Clause, i: number): { start: number; end: number } | undefined {
  if (i >= clause.tokens.length || !isNpToken(clause, i)) return undefined;
  const end = npEndRight(clause, i);
  const { tokens } = clause;
  if ((PLACE_NOUNS.has(tokens[end].lower) || ACTOR_NOUNS.has(tokens[end].lower)) && !clause.slots[end] && tokens[end + 1]?.lower === W.of && isNpToken(clause, end + 2)) {
    const inner = npEndRight(clause, end + 2);
    if (actorsOfPhrase(clause, end + 2, inner).length > 0) return { start: end + 2, end: inner };
  }
  return { start: i, end };
}

/** The entities of a phrase starting at `i` and of phrases coordinated with it ("Kenya and Uganda"). */
function coordinatedActors(clause: Clause, i: number): { entities: string[]; end: number; mentions: string[]; qualifiers: string[] } {
  const entities: string[] = [];
  const qualifiers: string[] = [];
  const mentions: string[] = [];
  let phrase = phraseAt(clause, i);
  let end = i - 1;
  while (phrase) {
    entities.push(...actorsOfPhrase(clause, phrase.start, phrase.end));
    if (entities.length === 0) {
      // "Russia's arrest of ...", "a UN Security Council resolution": the owner or qualifier of a thing.
      for (let k = phrase.start; k <= phrase.end; k++) {
        const slot = clause.slots[k];
        if (slot && (clause.tokens[slot.last + 1]?.text === "'s" || slot.last < phrase.end)) { qualifiers.push(slot.entity); break; }
      }
      // "banned the activities of Amnesty International": else the body named after "of".
      if (qualifiers.length === 0 && clause.tokens[phrase.end + 1]?.lower === W.of && !clause.slots[phrase.end]) {
        const owner = phraseAt(clause, phrase.end + 2);
        if (owner) qualifiers.push(...actorsOfPhrase(clause, owner.start, owner.end));
      }
    }
    for (let k = phrase.start; k <= phrase.end; k++) { const slot = clause.slots[k]; if (slot && !mentions.includes(slot.entity)) mentions.push(slot.entity); }
    end = phrase.end;
    const next = clause.tokens[end + 1];
    if (!next || !(next.lower === W.and || next.text === ',') || !clause.slots[end + 2]) break;
    phrase = phraseAt(clause, end + 2);
    // A comma continues a list only if the list goes on ("Kenya, Uganda and Rwanda").
    const after = phrase ? clause.tokens[phrase.end + 1] : undefined;
    if (next.text === ',' && !(after && (after.lower === W.and || after.text === ','))) break;
  }
  return { entities, end, mentions, qualifiers };
}

function isClauseBreak(token: Token): boolean {
  return CLAUSE_BREAKS.has(token.text) || (token.pos === 'SCONJ' && token.lower !== W.for) || RELATIVE_PRONOUNS.has(token.lower);
}

interface Targets {
  entities: string[];
  /** Only a locative phrase was found ("assistance at the airport"). */
  weak: boolean;
}

const headNoun = (clause: Clause, start: number, end: number): string => {
  for (let k = end; k >= start; k--) if (clause.tokens[k].pos === 'NOUN' || clause.tokens[k].pos === 'PROPN') return clause.tokens[k].lower;
  return clause.tokens[end].lower;
};

/** The target(s) of a verb cue in active voice, or undefined when the cue's frame does not fit. */
function targetsOf(clause: Clause, verb: number, cue: VerbCue, source: readonly string[]): Targets | undefined {
  const { tokens } = clause;
  let i = verb + 1;
  if (cue.particle) {
    if (tokens[i]?.lower !== cue.particle) return undefined;
    i++;
  }
  while (tokens[i] && tokens[i].pos === 'ADV' && !clause.slots[i]) i++;
  const found: string[] = [];
  // Direct object.
  const object = phraseAt(clause, i);
  if (cue.objectKind) {
    const nouns = object ? [headNoun(clause, object.start, object.end)] : [];
    for (let k = i; k < tokens.length && k < i + clause.settings.objectKindWindow && tokens[k].pos !== 'ADP' && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'PUNCT'; k++) if (tokens[k].pos === 'NOUN') nouns.push(tokens[k].lower);
    const kind = cue.objectKind === 'military' ? DEPLOYABLE_NOUNS : AID_NOUNS;
    if (!nouns.some((n) => kind.has(n))) return undefined;
  }
  let qualifier: string[] = [];
  if (object) {
    const direct = coordinatedActors(clause, i);
    if (cue.direct) found.push(...direct.entities);
    if (cue.targetInObject && found.length === 0) found.push(...direct.mentions);
    if (cue.direct && found.length === 0) {
      qualifier = direct.qualifiers;
      // "condemned the sanctions imposed by the European Union"
      for (let k = direct.end + 1; k < tokens.length && k <= direct.end + 3 && qualifier.length === 0; k++) {
        if (tokens[k].lower === W.by) qualifier = coordinatedActors(clause, k + 1).entities;
        if (tokens[k].pos !== 'VERB' && tokens[k].lower !== W.by) break;
      }
    }
    i = direct.end + 1;
  }
  if (cue.objectKind) {
    // "provide technical and security assistance": adjectives coordinated before the noun.
    while (i < tokens.length && tokens[i].pos !== 'ADP' && tokens[i].pos !== 'VERB' && tokens[i].pos !== 'PUNCT') i++;
  }
  // Prepositional objects, in the phrases right after the verb or its object.
  let weak: string[] = [];
  for (let hops = 0; hops < clause.settings.verbPrepositionHops && found.length === 0 && i < tokens.length; hops++) {
    while (tokens[i] && tokens[i].pos === 'ADV' && !clause.slots[i]) i++;
    const preposition = tokens[i];
    if (!preposition || isClauseBreak(preposition) && preposition.lower !== W.for) break;
    if (preposition.pos !== 'ADP' && preposition.lower !== W.for && preposition.lower !== W.out) break;
    let k = i + 1;
    if (tokens[k]?.lower === W.of && preposition.lower === W.out) k++;
    const phrase = coordinatedActors(clause, k);
    const prep = preposition.lower === W.out && tokens[i + 1]?.lower === W.of ? 'of' : preposition.lower;
    if (cue.preps?.includes(prep)) found.push(...(cue.targetInObject && phrase.entities.length === 0 ? phrase.mentions : phrase.entities));
    else if ((prep === 'at' || prep === 'in') && weak.length === 0) weak = phrase.entities.length > 0 ? phrase.entities : phrase.mentions;
    if (phrase.end < k) break;
    i = phrase.end + 1;
  }
  if (found.length > 0) return { entities: found, weak: false };
  // That-clause: "insisted that Ankara's military withdraw", "warned that it would deal with ... Turkish forces".
  if (cue.complement) {
    let k = verb + 1;
    while (k < tokens.length && k <= verb + clause.settings.complementizerWindow && tokens[k].lower !== W.that) k++;
    if (tokens[k]?.lower === W.that) {
      for (let m = k + 1; m < tokens.length && m < k + clause.settings.complementWindow; m++) {
        if ((CLAUSE_BREAKS.has(tokens[m].text) && tokens[m].text !== '"') || COMPLEMENT_STOPS.has(tokens[m].lower)) break;
        if (!isNpToken(clause, m)) continue;
        const end = npEndRight(clause, m);
        const before = tokens[m - 1];
        const actors = actorsOfPhrase(clause, m, end).filter((e) => !source.includes(e));
        if (actors.length > 0 && !(before && LOCATIVE_PREPOSITIONS.has(before.lower))) return { entities: actors, weak: false };
        m = end;
      }
    }
  }
  if (qualifier.length > 0) return { entities: qualifier, weak: true };
  if (weak.length > 0 && object && WEAK_LOCATIVE_TARGETS.has(cue.predicate)) return { entities: weak, weak: true };
  return { entities: [], weak: false };
}

function isPassive(clause: Clause, verb: number): boolean {
  const token = clause.tokens[verb];
  if (SHAPES.gerund.test(token.lower)) return false;
  for (let k = verb - 1; k >= 0 && k >= verb - 3; k--) {
    const previous = clause.tokens[k];
    if (BE_FORMS.has(previous.lower)) return true;
    if (previous.pos !== 'ADV' && !NEGATORS.has(previous.lower)) return false;
  }
  return false;
}

function agentOf(clause: Clause, verb: number): string[] {
  for (let k = verb + 1; k < clause.tokens.length && k <= verb + clause.settings.agentWindow; k++) {
    const token = clause.tokens[k];
    if (isClauseBreak(token)) break;
    if (token.lower === W.by) return coordinatedActors(clause, k + 1).entities;
  }
  return [];
}

/** True when the clause of token `i` stands under a denial ("denied that it had attacked"). */
function isDenied(clause: Clause, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - clause.settings.denialWindow; k--) {
    const token = clause.tokens[k];
    if (DENIAL_VERBS.has(token.lemma) && token.pos === 'VERB') return true;
    if (token.text === '.' || token.text === ';') return false;
  }
  return false;
}

function conditionalAfter(clause: Clause, i: number, modality: Modality): Modality {
  for (let k = i + 1; k < clause.tokens.length && k <= i + clause.settings.conditionWindow; k++) {
    const token = clause.tokens[k];
    if (CONDITIONALS.has(token.lower)) return modality === 'asserted' || modality === 'intended' ? 'conditional' : modality;
    if (CLAUSE_BREAKS.has(token.text) || token.text === '.') break;
  }
  return modality;
}

function pairs(sources: readonly string[], targets: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const s of sources) for (const t of targets) if (s !== t) out.push([s, t]);
  return out;
}

function isUnderDemandOrThreat(clause: Clause, verb: number): boolean {
  const { tokens } = clause;
  for (let k = verb - 1; k >= 0 && k >= verb - clause.settings.demandWindow; k--) {
    const token = tokens[k];
    if (token.text === '.' || token.text === ';' || token.pos === 'CCONJ' || (token.pos === 'VERB' && !clause.slots[k])) return false;
    if (token.lower === W.that || token.lower === W.to) {
      for (let v = k - 1; v >= 0 && v >= k - clause.settings.demandVerbWindow; v--) {
        if (tokens[v].pos === 'VERB' && !clause.slots[v]) return DEMAND_OR_THREAT_VERBS.has(tokens[v].lemma);
      }
      return false;
    }
  }
  return false;
}

/** For "threatened to strike X": the threat against X, not the strike. */
function chainOnly(clause: Clause, verb: number, cues: readonly VerbCue[], subjects: Subjects): SentenceRelation[] {
  const chain = subjects.chainCue;
  if (!chain) return [];
  for (const cue of cues) {
    const found = targetsOf(clause, verb, cue, subjects.entities);
    if (!found || found.entities.length === 0) continue;
    return pairs(subjects.entities, found.entities).map(([source, target]) => ({ source, target, predicate: chain.predicate, modality: 'asserted', confidence: clause.settings.chainOnlyConfidence, reason: `verb.chain:${cueId(chain)}` }));
  }
  return [];
}

function verbRelations(clause: Clause, verb: number): SentenceRelation[] {
  const token = clause.tokens[verb];
  const cues = VERB_CUES_BY_LEMMA.get(token.lemma) ?? VERB_CUES_BY_LEMMA.get(token.lower);
  if (!cues || clause.slots[verb]) return [];
  const out: SentenceRelation[] = [];
  const passive = isPassive(clause, verb);
  const subjects = subjectsOf(clause, verb);
  if (subjects.negated || isDenied(clause, verb)) return [];
  // What someone demands or threatens has not happened: "demanded that peacekeepers leave", "threatened to strike".
  if (isUnderDemandOrThreat(clause, verb)) {
    return subjects.chainCue?.predicate === 'threatens' ? chainOnly(clause, verb, cues, subjects) : [];
  }
  const modality = conditionalAfter(clause, verb, subjects.modality);
  for (const cue of cues) {
    let sources: string[];
    let targets: string[];
    let confidence = subjects.indirect ? clause.settings.indirectVerbConfidence : clause.settings.verbConfidence;
    if (passive) {
      sources = agentOf(clause, verb);
      targets = subjects.entities;
      const movesForces = subjects.head !== undefined && MILITARY_NOUNS.has(subjects.head) && subjects.entities.length > 0;
      if (movesForces || targets.length === 0) {
        // "Russian troops were withdrawn from Kherson", "supplies were delivered to Gaza by the WHO".
        const found = targetsOf(clause, verb, { ...cue, direct: false }, sources);
        if (movesForces) sources = subjects.entities;
        targets = found?.entities ?? [];
      }
    } else {
      sources = subjects.entities;
      const found = targetsOf(clause, verb, cue, sources);
      if (!found) continue;
      targets = found.entities;
      if (found.weak) confidence -= clause.settings.weakTargetPenalty;
      // "A and B agreed", "A and B held talks": the coordinated subjects relate to each other.
      if (targets.length === 0 && predicateDefinition(cue.predicate).symmetric && sources.length > 1) {
        for (let k = 1; k < sources.length; k++) out.push({ source: sources[0], target: sources[k], predicate: cue.predicate, modality, confidence, reason: `verb.reciprocal:${cueId(cue)}` });
        break;
      }
    }
    if (sources.length === 0 || targets.length === 0) continue;
    for (const [source, target] of pairs(sources, targets)) {
      out.push({ source, target, predicate: cue.predicate, modality, confidence, reason: `${passive ? 'verb.passive' : 'verb.active'}:${cueId(cue)}` });
      if (subjects.chainCue) out.push({ source, target, predicate: subjects.chainCue.predicate, modality: 'asserted', confidence: confidence - clause.settings.chainCuePenalty, reason: `verb.chain:${cueId(subjects.chainCue)}` });
    }
    break;
  }
  return out;
}

/** Sources of a nominal cue: "by X", "X's request", "US invasion", or the subject of its light verb. */
function nominalSources(clause: Clause, noun: number): { entities: string[]; subjects?: Subjects } {
  const { tokens } = clause;
  const start = npStartLeft(clause, noun);
  for (let k = noun - 1; k >= start; k--) {
    const slot = clause.slots[k];
    if (slot) return { entities: [slot.entity] };
  }
  for (let k = noun + 1; k < tokens.length && k <= noun + clause.settings.nominalAgentWindow; k++) {
    if (tokens[k].lower === W.by) return { entities: coordinatedActors(clause, k + 1).entities };
    // "the withdrawal of Rwandan troops": forces named after "of" are the source.
    if (tokens[k].lower === W.of && k === noun + 1) {
      const phrase = phraseAt(clause, k + 1);
      if (phrase && MILITARY_NOUNS.has(tokens[phrase.end].lower)) return { entities: actorsOfPhrase(clause, phrase.start, phrase.end) };
    }
    if (tokens[k].pos !== 'ADJ') break;
  }
  // "The arrest of X by Kyrgyz security services": the agent after the noun's own prepositional phrase.
  if (tokens[noun + 1]?.lower === W.of) {
    const object = phraseAt(clause, noun + 2);
    if (object && tokens[object.end + 1]?.lower === W.by) return { entities: coordinatedActors(clause, object.end + 2).entities };
  }
  // "An agreement was signed by Armenia and Azerbaijan".
  for (let k = noun + 1; k < tokens.length && k <= noun + clause.settings.nominalAgentWindow; k++) {
    if (BE_FORMS.has(tokens[k].lower) && tokens[k + 1]?.pos === 'VERB') {
      const agents = agentOf(clause, k + 1);
      if (agents.length > 0) return { entities: agents };
    }
  }
  // "held talks with", "came back into power in": the subject of the verb that governs the phrase.
  for (let v = start - 1; v >= 0 && v >= start - clause.settings.governingVerbWindow; v--) {
    const token = tokens[v];
    if (token.pos === 'VERB' && !clause.slots[v]) {
      if (!LIGHT_VERBS.has(token.lemma) && !tokens.slice(v + 1, start).every((t) => t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'PART')) break;
      const subjects = subjectsOf(clause, v);
      return { entities: subjects.entities, subjects };
    }
    if (token.pos !== 'ADP' && token.pos !== 'ADV' && token.pos !== 'PART' && token.pos !== 'DET' && token.pos !== 'ADJ') break;
  }
  return { entities: [] };
}

/** "talks between Egypt and Ethiopia": the two sides. */
function betweenPair(clause: Clause, noun: number): [string, string] | undefined {
  let k = noun + 1;
  while (clause.tokens[k]?.pos === 'ADJ') k++;
  if (clause.tokens[k]?.lower !== W.between) return undefined;
  const sides = coordinatedActors(clause, k + 1).entities;
  return sides.length >= 2 && sides[0] !== sides[1] ? [sides[0], sides[1]] : undefined;
}

function nominalRelations(clause: Clause, noun: number): SentenceRelation[] {
  const token = clause.tokens[noun];
  const cues: NounCue[] | undefined = NOUN_CUES_BY_NOUN.get(token.lower);
  if (!cues || clause.slots[noun] || isDenied(clause, noun)) return [];
  const out: SentenceRelation[] = [];
  const between = betweenPair(clause, noun);
  if (between && cues.some((c) => predicateDefinition(c.predicate).symmetric)) {
    const cue = cues.find((c) => predicateDefinition(c.predicate).symmetric) as NounCue;
    return [{ source: between[0], target: between[1], predicate: cue.predicate, modality: 'asserted', confidence: clause.settings.nominalConfidence, reason: `noun.between:${cue.noun}` }];
  }
  const { entities: sources, subjects } = nominalSources(clause, noun);
  if (sources.length === 0 || subjects?.negated) return [];
  const modality = conditionalAfter(clause, noun, subjects?.modality ?? 'asserted');
  for (const cue of cues) {
    let i = noun + 1;
    const targets: string[] = [];
    for (let hops = 0; hops < clause.settings.nounPrepositionHops && i < clause.tokens.length; hops++) {
      const preposition = clause.tokens[i];
      if (preposition.pos !== 'ADP' && preposition.lower !== W.for) break;
      const phrase = coordinatedActors(clause, i + 1);
      // "criticism of Morocco's normalisation": the owner of the thing when the phrase names no one.
      if (cue.preps.includes(preposition.lower)) targets.push(...(phrase.entities.length > 0 ? phrase.entities : phrase.qualifiers));
      if (targets.length > 0 || phrase.end <= i) break;
      i = phrase.end + 1;
    }
    // "A and B held talks", "A and B reached an agreement".
    if (targets.length === 0 && predicateDefinition(cue.predicate).symmetric && sources.length > 1) {
      for (let k = 1; k < sources.length; k++) out.push({ source: sources[0], target: sources[k], predicate: cue.predicate, modality, confidence: clause.settings.nominalConfidence, reason: `noun.reciprocal:${cue.noun}` });
    }
    for (const [source, target] of pairs(sources, targets)) out.push({ source, target, predicate: cue.predicate, modality, confidence: clause.settings.nominalConfidence, reason: `noun.prep:${cue.noun}` });
    if (out.length > 0) break;
  }
  return out;
}

/** All relations stated by the clauses of one sentence. */
export function sentenceRelations(sentence: Sentence, slots: ReadonlyArray<Slot | undefined>, settings: ExtractorSettings = DEFAULT_EXTRACTOR_SETTINGS): SentenceRelation[] {
  const clause: Clause = { tokens: sentence.tokens, slots, settings };
  const out: SentenceRelation[] = [];
  sentence.tokens.forEach((token, i) => {
    if (token.pos === 'VERB' && i === 0 && SHAPES.gerund.test(token.lower)) out.push(...nominalRelations(clause, i));
    else if (token.pos === 'VERB') out.push(...verbRelations(clause, i));
    else if (token.pos === 'NOUN' || (token.pos === 'PROPN' && i === 0)) out.push(...nominalRelations(clause, i));
  });
  return out;
}
