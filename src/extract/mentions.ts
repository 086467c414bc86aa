// Stage 3: mentions. Finds the names in each sentence (proper-noun chunks, gazetteer names, demonyms,
// capitals) and splits each chunk into its parts: the owner ("Turkish", "Turkey's"), the title
// ("Defense Minister") and the name ("Hulusi Akar"). Names no list knows are typed from their shape
// and cue words; what is left unknown is settled in resolution from the rest of the document.
import type { EntityType } from '../domain/ontology.js';
import type { Sentence, Token } from './nlp.js';
import { GLUEABLE_PREFIXES, lookupName, type GazetteerEntry } from './gazetteer.js';
import {
  ACTOR_NOUNS, EQUIPMENT_NOUNS, FACILITY_HEADS, MILITARY_NOUNS, HONORIFICS, LOCATION_HEADS, LOCATIVE_PREPOSITIONS, LOWERCASE_FACILITY_HEADS,
  NAME_PARTICLES, NON_ENTITY_HEADS, NOT_NAME_WORDS, ORGANIZATION_HEADS,
} from './lang/en/cues.js';
import { COMPOUND_TITLES, TITLE_HEADS, TITLE_MODIFIERS, type TitleRole } from './lang/en/titles.js';
import { COMPASS_ADJECTIVES, NAME_CONNECTORS, ORDINALS, SHAPES, W } from './lang/en/grammar.js';

export type MentionKind = 'name' | 'demonym' | 'capital' | 'pronoun' | 'description';

export interface Title {
  role: TitleRole;
  text: string;
}

/** Where a mention stands: tokens first..last (inclusive) of a sentence, offsets in the normalised text. */
export interface MentionSpan {
  sentence: number;
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

export interface NameMention extends MentionSpan {
  /** Index of this mention in the document's mention list. */
  id: number;
  kind: MentionKind;
  /** 'unknown' until resolution types it from context. */
  entityType: EntityType | 'unknown';
  /** The name that identifies the entity: the mention without title, article and possessive. */
  name: string;
  /** ISO alpha-3 when the mention denotes a state (name, demonym, capital used for the government). */
  countryCode?: string;
  /** The canonical label for gazetteer organisations. */
  gazetteerLabel?: string;
  /** A capital or other city the mention names, as a location ("Kabul" in "Kabul airport"). */
  city?: string;
  /** A title of office given to this (person) mention in the same chunk. */
  title?: Title;
  /** Mention id of the owner: the state or organisation a title, organisation or facility belongs to. */
  owner?: number;
  /** Mention id of the place a facility is named after ("Kabul" for "Kabul airport"). */
  place?: number;
  /** False for mentions that only modify another word and cannot act ("Afghan refugees"). */
  actor: boolean;
}

export interface SentenceMentions {
  sentence: Sentence;
  mentions: NameMention[];
}

// "al-Burhan", "bin-Salman": a lower-case particle joined to a capitalised name counts as capitalised.
const isCapitalised = (token: Token) => /^[A-Z]/.test(token.text) || /^[0-9]+[A-Z]/.test(token.text) || SHAPES.nameParticle.test(token.text);

/** Splits tokens where an abbreviation is glued to the next word ("USNational" → "US" "National"). */
export function splitGluedTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    // Only a run of capitals followed by a capitalised word can be glued ("USNational").
    if (!/^[A-Z]{2,}[A-Z][a-z]/.test(token.text)) { out.push(token); continue; }
    const prefix = GLUEABLE_PREFIXES.find((p) => token.text.length > p.length + 2 && token.text.startsWith(p) && /^[A-Z][a-z]/.test(token.text.slice(p.length)));
    if (!prefix) { out.push(token); continue; }
    const rest = token.text.slice(prefix.length);
    out.push({ ...token, text: prefix, lower: prefix.toLowerCase(), lemma: prefix.toLowerCase(), end: token.start + prefix.length });
    out.push({ ...token, text: rest, lower: rest.toLowerCase(), lemma: rest.toLowerCase(), start: token.start + prefix.length });
  }
  return out;
}

/** Document-level facts that help decide whether a capitalised word starting a sentence is a name. */
export interface NameEvidence {
  /** Words seen capitalised inside a sentence (not first) in the document. */
  capitalisedInside: ReadonlySet<string>;
  /** Words seen written in lower case in the document. */
  lowerCase: ReadonlySet<string>;
}

export function collectNameEvidence(sentences: readonly Sentence[]): NameEvidence {
  const capitalisedInside = new Set<string>();
  const lowerCase = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.headline) continue;
    sentence.tokens.forEach((token, i) => {
      if (i > 0 && isCapitalised(token) && !/^["'(]$/.test(sentence.tokens[i - 1].text)) capitalisedInside.add(token.text);
      if (/^[a-z]/.test(token.text)) lowerCase.add(token.text);
    });
  }
  return { capitalisedInside, lowerCase };
}

function titleRoleOf(words: readonly string[]): TitleRole | undefined {
  const joined = words.join(' ').toLowerCase();
  for (const [compound, role] of Object.entries(COMPOUND_TITLES)) if (joined.endsWith(compound)) return role;
  return TITLE_HEADS[words[words.length - 1].toLowerCase()];
}

const isTitleHead = (word: string) => TITLE_HEADS[word.toLowerCase()] !== undefined;


/** The last token of a lower-case title that starts at `from` and is followed by a name
 *  ("spokesman" in "Kremlin spokesman Dmitry Peskov", "foreign minister" in "Kenya's foreign minister Ann Mwangi"). */
function lowercaseTitleEnd(tokens: readonly Token[], from: number, evidence: NameEvidence, headline: boolean): number | undefined {
  let k = from;
  let head: number | undefined;
  while (k < tokens.length && k < from + 4 && !isCapitalised(tokens[k]) && (TITLE_MODIFIERS.has(tokens[k].lower) || isTitleHead(tokens[k].lower))) {
    if (isTitleHead(tokens[k].lower)) head = k;
    k++;
  }
  if (head === undefined || head !== k - 1 || k >= tokens.length) return undefined;
  return isNameWord(tokens, k, evidence, headline) && tokens[k].pos === 'PROPN' ? head : undefined;
}

function isNameWord(tokens: readonly Token[], i: number, evidence: NameEvidence, headline: boolean): boolean {
  const token = tokens[i];
  if (!isCapitalised(token) || token.pos === 'PUNCT' || token.pos === 'SYM') return false;
  if (token.pos === 'PRON' || token.pos === 'DET') return false;
  const lower = token.lower;
  const gazetteer = lookupName(token.text);
  if (NOT_NAME_WORDS.has(lower) && !gazetteer) return false;
  // "M23-held", "Soviet-era", "Iran-backed" qualify a noun; they are not names.
  if (!gazetteer && /-[a-z]+$/.test(token.text)) return false;
  // A lone capitalised adjective ("Western", "Islamist") is not a name unless a name follows.
  if (!gazetteer && (token.pos === 'ADJ' || COMPASS_ADJECTIVES.has(lower) || ORDINALS.has(lower)) && !(tokens[i + 1] && isCapitalised(tokens[i + 1]))) return false;
  const sentenceInitial = i === 0 || /^["'(]$/.test(tokens[i - 1].text) || tokens[i - 1].text === ':';
  if (!sentenceInitial && !headline) return true;
  if (gazetteer || isTitleHead(lower) || evidence.capitalisedInside.has(token.text)) return true;
  if (headline) return false;
  // A capitalised first word is a name when it starts a longer name or acts ("Arnor attacked").
  const next = tokens[i + 1];
  if (!next) return false;
  if (isCapitalised(next) && !NOT_NAME_WORDS.has(next.lower)) return token.pos === 'PROPN' || token.pos === 'ADJ';
  // "Officials said", "Gunmen attacked": a common noun, written in lower case elsewhere.
  if (evidence.lowerCase.has(lower) || ACTOR_NOUNS.has(lower) || MILITARY_NOUNS.has(lower) || SHAPES.peopleNoun.test(lower)) return false;
  // "Hamas militants said", "Kestrel spokesman Ivo Marr said": a name qualifying an actor or a title.
  if (token.pos === 'PROPN' && (ACTOR_NOUNS.has(next.lower) || lowercaseTitleEnd(tokens, i + 1, evidence, headline) !== undefined)) return true;
  return token.pos === 'PROPN' && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === "'s");
}

/** Maximal runs of name words, with the connectors that may stand inside a name. */
function nameChunks(tokens: readonly Token[], evidence: NameEvidence, headline: boolean): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const titleStart = lowercaseTitleEnd(tokens, i, evidence, headline);
    if (!isNameWord(tokens, i, evidence, headline) && titleStart === undefined) { i++; continue; }
    let last = titleStart ?? i;
    let j = i + 1;
    while (j < tokens.length) {
      if (isNameWord(tokens, j, evidence, headline) && tokens[j].pos !== 'PART') { last = j; j++; continue; }
      const titleEnd = lowercaseTitleEnd(tokens, j, evidence, headline);
      if (titleEnd !== undefined) { last = titleEnd + 1; j = titleEnd + 2; continue; }
      const token = tokens[j];
      // "Ministry of Defense", "Bank of the South", "von der Leyen"
      const connector = NAME_CONNECTORS.has(token.lower) || NAME_PARTICLES.has(token.lower);
      if (connector) {
        let k = j + 1;
        if (tokens[k]?.lower === W.the && token.lower !== W.the) k++;
        while (k < tokens.length && NAME_PARTICLES.has(tokens[k].lower)) k++;
        const chunkHasHead = tokens.slice(i, last + 1).some((t) => ORGANIZATION_HEADS.has(t.lower) || FACILITY_HEADS.has(t.lower) || LOCATION_HEADS.has(t.lower));
        const afterTitle = token.lower === W.of && isTitleHead(tokens[last].lower);
        const allowed = NAME_PARTICLES.has(token.lower) || chunkHasHead || afterTitle;
        if (allowed && k < tokens.length && isNameWord(tokens, k, evidence, headline) && !lookupName(tokens[k].text)?.kind.startsWith('demonym')) {
          last = k; j = k + 1; continue;
        }
      }
      break;
    }
    // A place name followed by a lower-case facility word: "Kabul airport".
    const after = tokens[last + 1];
    if (after && LOWERCASE_FACILITY_HEADS.has(after.lower) && !headline && lookupName(tokens[last].text)?.kind !== 'demonym') last++;
    chunks.push([i, last]);
    i = last + 1;
  }
  return chunks;
}

/** The longest gazetteer name starting at token `from` and ending at or before `to`. */
function longestGazetteerMatch(sentence: Sentence, tokens: readonly Token[], from: number, to: number): { last: number; entry: GazetteerEntry } | undefined {
  for (let last = Math.min(to, from + 7); last >= from; last--) {
    const surface = sentence.text.slice(tokens[from].start - sentence.start, tokens[last].end - sentence.start);
    const entry = lookupName(surface);
    if (entry) return { last, entry };
  }
  return undefined;
}

/** Where a title starts at `from`: its last token, when the title words are followed by a name. */
function titleAt(tokens: readonly Token[], from: number, to: number): number | undefined {
  let head: number | undefined;
  for (let k = from; k <= to; k++) {
    const lower = tokens[k].lower;
    if (isTitleHead(lower)) { head = k; continue; }
    if (head !== undefined) {
      // "Secretary of State", "Minister of Foreign Affairs": the office after "of".
      if (lower === W.of && k < to && TITLE_MODIFIERS.has(tokens[k + 1].lower)) {
        let m = k + 1;
        while (m < to && TITLE_MODIFIERS.has(tokens[m + 1].lower)) m++;
        if (m < to) return m;
      }
      break;
    }
    if (!TITLE_MODIFIERS.has(lower)) return undefined;
  }
  if (head === undefined) return undefined;
  return head;
}

function headWordOf(tokens: readonly Token[], first: number, last: number): Token {
  for (let k = first + 1; k <= last; k++) if (NAME_CONNECTORS.has(tokens[k].lower)) return tokens[k - 1];
  return tokens[last];
}

function typeFromHead(tokens: readonly Token[], first: number, last: number): EntityType | undefined {
  const head = headWordOf(tokens, first, last).lower;
  if (FACILITY_HEADS.has(head)) return 'facility';
  if (ORGANIZATION_HEADS.has(head)) return 'organization';
  if (LOCATION_HEADS.has(head)) return 'location';
  const words = tokens.slice(first, last + 1).map((t) => t.lower);
  if (words.some((w) => FACILITY_HEADS.has(w))) return 'facility';
  if (words.some((w) => ORGANIZATION_HEADS.has(w))) return 'organization';
  return undefined;
}

interface MentionDraft extends Omit<NameMention, 'id' | 'owner' | 'place'> {
  /** First token of the chunk the mention came from (before any title). */
  chunkFirst?: number;
  ownerDraft?: MentionDraft;
  placeDraft?: MentionDraft;
}

function draft(sentence: Sentence, tokens: readonly Token[], first: number, last: number, fields: Partial<MentionDraft> & Pick<MentionDraft, 'kind' | 'entityType'>): MentionDraft {
  const start = tokens[first].start;
  const end = tokens[last].end;
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  return { sentence: sentence.index, first, last, start, end, text, name: text, actor: true, ...fields };
}

function gazetteerDraft(sentence: Sentence, tokens: readonly Token[], first: number, last: number, entry: GazetteerEntry): MentionDraft {
  switch (entry.kind) {
    case 'country':
    case 'seat':
      return draft(sentence, tokens, first, last, { kind: 'name', entityType: 'country', countryCode: entry.code });
    case 'demonym':
      return draft(sentence, tokens, first, last, { kind: 'demonym', entityType: 'country', countryCode: entry.code });
    case 'capital':
      return draft(sentence, tokens, first, last, { kind: 'capital', entityType: 'country', countryCode: entry.code, city: entry.city });
    case 'organization':
      return draft(sentence, tokens, first, last, { kind: 'name', entityType: 'organization', gazetteerLabel: entry.label });
  }
}

/** Splits one name chunk into owner, title and name parts. */
function chunkMentions(sentence: Sentence, tokens: readonly Token[], first: number, last: number): MentionDraft[] {
  const out: MentionDraft[] = [];
  let p = first;
  let owner: MentionDraft | undefined;
  let title: Title | undefined;
  let personCue = false;
  while (p <= last) {
    const match = longestGazetteerMatch(sentence, tokens, p, last);
    if (match && !(title || personCue)) {
      const mention = gazetteerDraft(sentence, tokens, p, match.last, match.entry);
      const titleAfter = match.last < last ? titleAt(tokens, match.last + 1, last) : undefined;
      const restType = match.last < last && (titleAfter === undefined || titleAfter >= last) ? typeFromHead(tokens, match.last + 1, last) : undefined;
      if (restType && restType !== 'location') {
        // "Turkish Armed Forces", "Kabul International Airport": the whole chunk names the body or place,
        // the state or city is its owner or place.
        const whole = draft(sentence, tokens, p, last, { kind: 'name', entityType: restType });
        mention.actor = false;
        if (restType === 'facility' && mention.kind === 'capital') {
          whole.placeDraft = { ...mention, entityType: 'location', name: mention.city ?? mention.text };
          out.push(whole.placeDraft);
        } else if (restType === 'facility') {
          whole.placeDraft = mention;
          out.push(mention);
        } else {
          whole.ownerDraft = mention;
          out.push(mention);
        }
        out.push(whole);
        return out;
      }
      out.push(mention);
      owner = mention;
      p = match.last + 1;
      continue;
    }
    if (HONORIFICS.has(tokens[p].lower)) { personCue = true; p++; continue; }
    const titleEnd = titleAt(tokens, p, last);
    if (titleEnd !== undefined && titleEnd < last) {
      // "Chinese Foreign Ministry spokesperson Mao Lin": the ministry is a body of its own, owned like the person.
      const bodyHead = tokens.slice(p, titleEnd).findIndex((t) => /^[A-Z]/.test(t.text) && ORGANIZATION_HEADS.has(t.lower));
      if (bodyHead >= 0 && !isTitleHead(tokens[p + bodyHead].lower)) {
        const body = draft(sentence, tokens, p, p + bodyHead, { kind: 'name', entityType: 'organization', actor: false });
        if (owner) body.ownerDraft = owner;
        out.push(body);
        p += bodyHead + 1;
        continue;
      }
      const words = tokens.slice(p, titleEnd + 1).map((t) => t.text);
      const role = titleRoleOf(words);
      if (role) title = { role, text: words.join(' ') };
      if (owner) owner.actor = false;
      p = titleEnd + 1;
      personCue = true;
      continue;
    }
    // "Hamas leader Ismail Haniyeh", "Kestrel Party Chairman Ivo Marr": a body's name, then a title.
    if (!owner && !personCue) {
      for (let q = p + 1; q < last; q++) {
        if (ORGANIZATION_HEADS.has(tokens[q].lower)) continue;
        const end = titleAt(tokens, q, last);
        if (end === undefined || end >= last) continue;
        const body = draft(sentence, tokens, p, q - 1, { kind: 'name', entityType: typeFromHead(tokens, p, q - 1) ?? 'organization', actor: false });
        out.push(body);
        owner = body;
        p = q;
        break;
      }
      if (owner) continue;
    }
    // A title with no name after it ("the US Secretary said") names no entity of its own.
    if (titleEnd !== undefined && titleEnd === last && !personCue) return out;
    // Treaties, laws and plans are not actors or places.
    if (NON_ENTITY_HEADS.has(headWordOf(tokens, p, last).lower) && last > p) return out;
    // "Leopard tanks", "Challenger 2 tanks", "Patriot missiles": a model of equipment, unless a list knows the name.
    let after = last + 1;
    if (tokens[after]?.pos === 'NUM') after++;
    if (EQUIPMENT_NOUNS.has(tokens[after]?.lower ?? '') && !lookupName(sentence.text.slice(tokens[p].start - sentence.start, tokens[last].end - sentence.start))) return out;
    // Everything left is one name.
    const type = typeFromHead(tokens, p, last);
    const mention = draft(sentence, tokens, p, last, { kind: 'name', entityType: personCue && !type ? 'person' : type ?? 'unknown' });
    if (title && mention.entityType === 'person') mention.title = title;
    if (owner) {
      if (type === 'facility' || type === 'location') mention.placeDraft = owner;
      else mention.ownerDraft = owner;
      // A modifier before a name ("NATO chief", "Russian Foreign Minister X") does not act itself.
      owner.actor = false;
    }
    out.push(mention);
    return out;
  }
  return out;
}

/** Marks demonyms and capitals that act: "Turkish troops", "Ankara's military", "Moscow said". */
function settleActorRoles(tokens: readonly Token[], mentions: MentionDraft[]): void {
  for (const mention of mentions) {
    if (!mention.actor) continue;
    const previous = tokens[mention.first - 1];
    if (mention.kind === 'demonym') {
      // "Turkish officials", "the Turkish president" act; "Afghan refugees" does not.
      // "Russian and Syrian aircraft": a demonym coordinated with another that qualifies an actor.
      let tail = mention.last + 1;
      while (tokens[tail]?.lower === W.and && lookupName(tokens[tail + 1]?.text ?? '')?.kind === 'demonym') tail += 2;
      const nextWords = tokens.slice(tail, tail + 3).map((t) => t.lower);
      mention.actor = nextWords.some((w, i) => (ACTOR_NOUNS.has(w) || isTitleHead(w)) && nextWords.slice(0, i).every((x) => !/^[.,;:]$/.test(x)));
    }
    if (mention.kind === 'capital') {
      // A capital after a locative preposition is the city; otherwise it stands for the government.
      if (previous && LOCATIVE_PREPOSITIONS.has(previous.lower)) {
        mention.entityType = 'location';
        mention.name = mention.city ?? mention.text;
      }
    }
  }
}

function resolveDrafts(drafts: MentionDraft[], firstId: number): NameMention[] {
  const ids = new Map<MentionDraft, number>();
  drafts.forEach((d, i) => ids.set(d, firstId + i));
  return drafts.map((d, i) => {
    const { ownerDraft, placeDraft, chunkFirst: _chunkFirst, ...rest } = d;
    const mention: NameMention = { ...rest, id: firstId + i };
    if (ownerDraft && ids.has(ownerDraft)) mention.owner = ids.get(ownerDraft);
    if (placeDraft && ids.has(placeDraft)) mention.place = ids.get(placeDraft);
    return mention;
  });
}

/** Tokens of a wire dateline at the start of a sentence: "BRUSSELS, Oct 14 (Reuters) -", "BEIJING/MANILA (AP) -". */
export function datelineLength(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length && k < 6 && (/^[A-Z][A-Z.'-]+$/.test(tokens[k].text) || tokens[k].text === '/')) k++;
  if (k === 0) return 0;
  let m = k;
  while (m < tokens.length && m < k + 8 && tokens[m].text !== '-') m++;
  if (tokens[m]?.text !== '-' || !tokens.slice(k, m).some((t) => t.text === '(')) return 0;
  return m + 1;
}

/** Finds the name mentions of one sentence. Token indices refer to `sentence.tokens` after glued-token splitting. */
export function findSentenceMentions(sentence: Sentence, evidence: NameEvidence, firstId: number): NameMention[] {
  const tokens = sentence.tokens;
  const drafts: MentionDraft[] = [];
  const datelineEnd = datelineLength(tokens);
  for (const [first, last] of nameChunks(tokens, evidence, sentence.headline)) {
    // The dateline says where the story was filed, not who acts in it; its agency ("(Reuters)") still counts.
    if (last < datelineEnd && tokens[first - 1]?.text !== '(') continue;
    for (const mention of chunkMentions(sentence, tokens, first, last)) {
      mention.chunkFirst = first;
      drafts.push(mention);
    }
  }
  settleActorRoles(tokens, drafts);
  // Possessives: "Turkey's Defense Ministry", "Russia's Foreign Minister Sergei Lavrov".
  for (let k = 0; k + 1 < drafts.length; k++) {
    const possessor = drafts[k];
    const possessed = drafts[k + 1];
    if (tokens[possessor.last + 1]?.text === "'s" && (possessed.chunkFirst ?? possessed.first) === possessor.last + 2 && possessed.ownerDraft === undefined) {
      if (possessed.entityType === 'organization' || possessed.entityType === 'facility') possessed.ownerDraft = possessor;
      else if (possessed.kind === 'demonym' || possessed.entityType === 'country') continue;
      else if (possessed.title || possessed.entityType === 'person') possessed.ownerDraft = possessor;
      possessor.actor = possessor.entityType === 'unknown' ? true : possessor.actor;
    }
  }
  return resolveDrafts(drafts, firstId);
}

/** Prepares a sentence for mention finding: splits glued abbreviations. */
export function prepareSentence(sentence: Sentence): Sentence {
  return { ...sentence, tokens: splitGluedTokens(sentence.tokens) };
}
