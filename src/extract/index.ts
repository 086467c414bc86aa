// The extractor: news text → typed, evidenced relations between resolved entities.
//   text → sentences/tokens → name mentions → entities → coreference → relations
// Each stage is a function of its own module; this file only runs them in order and maps offsets
// back to the original text.
import type { EntityType } from '../domain/ontology.js';
import type { Evidence, ExtractedEntity, ExtractedRelation, ExtractionResult, Mention } from '../domain/extraction.js';
import { COUNTRY_BY_CODE } from './lang/en/countries.js';
import { ORGANIZATIONS } from './lang/en/organizations.js';

const OUTLET_LABELS = new Set(ORGANIZATIONS.filter((o) => o.outlet).map((o) => o.label));
import { normalizeText, originalRange, type NormalizedText } from './text.js';
import { analyzeText, type Sentence } from './nlp.js';
import { collectNameEvidence, findSentenceMentions, prepareSentence, type NameMention } from './mentions.js';
import { resolveEntities } from './resolve.js';
import { resolveCoreference, type CorefMention, type EntityFacts } from './coref.js';
import { sentenceRelations, type Slot } from './relations.js';
import { resolveSettings, type ExtractorSettings } from './settings.js';
import { dependencyRelations } from './dependency.js';
import { appositionRelations, membershipRelations, placeRelations, structuralRelations } from './standing.js';

export type { ExtractionResult } from '../domain/extraction.js';

function sentenceEvidence(doc: string, original: string, normalized: NormalizedText, sentence: Sentence): Evidence {
  const { start, end } = originalRange(normalized, sentence.start, sentence.end);
  return { doc, sentence: sentence.index, start, end, text: original.slice(start, end) };
}

function slotsOf(sentence: Sentence, names: readonly NameMention[], coreferent: readonly CorefMention[], entityOfMention: ReadonlyMap<number, string>): Array<Slot | undefined> {
  const slots: Array<Slot | undefined> = new Array(sentence.tokens.length).fill(undefined);
  for (const mention of names) {
    const entity = entityOfMention.get(mention.id);
    if (!entity) continue;
    for (let k = mention.first; k <= mention.last; k++) slots[k] = { entity, first: mention.first, last: mention.last, actor: mention.actor, person: mention.entityType === 'person' };
  }
  for (const mention of coreferent) {
    for (let k = mention.first; k <= mention.last; k++) slots[k] = { entity: mention.entity, first: mention.first, last: mention.last, actor: true, person: mention.entityType === 'person' };
  }
  return slots;
}

/** Extracts entities, mentions and relations from one document. `doc` names it in evidence and mentions. */
export function extractDocument(text: string, doc: string, options: Partial<ExtractorSettings> = {}): ExtractionResult {
  const settings = resolveSettings(options);
  const normalized = normalizeText(text);
  const sentences = analyzeText(normalized.text).map(prepareSentence);
  const evidence = collectNameEvidence(sentences);

  const names: NameMention[] = [];
  for (const sentence of sentences) names.push(...findSentenceMentions(sentence, evidence, names.length));
  const { entities, entityOfMention } = resolveEntities(names, sentences);
  const facts = new Map<string, EntityFacts>(entities.map((e) => [e.key, e]));
  const coreferent = resolveCoreference(sentences, names, entityOfMention, facts, settings);

  const namesBySentence = groupBySentence(names);
  const corefBySentence = groupBySentence(coreferent);
  const people = new Set(entities.filter((e) => e.entityType === 'person').map((e) => e.key));
  // Capitals named as places often stand for their government ("a sharp response from La Paz"): no located_in.
  const isCapital = (e: ExtractedEntity) => e.country !== undefined && (COUNTRY_BY_CODE.get(e.country)?.capitals ?? []).includes(e.label);
  const placeFacts = new Map(entities.map((e) => [e.key, { entityType: e.entityType, country: e.country, capital: isCapital(e) }]));
  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const evidenceOf = new Map<number, Evidence>();
  const add = (relation: Omit<ExtractedRelation, 'evidence'> & { reason: string }, sentence: Sentence) => {
    const key = `${relation.source}|${relation.predicate}|${relation.target}|${sentence.index}`;
    if (seen.has(key) || relation.source === relation.target) return;
    seen.add(key);
    let evidence = evidenceOf.get(sentence.index);
    if (!evidence) { evidence = sentenceEvidence(doc, text, normalized, sentence); evidenceOf.set(sentence.index, evidence); }
    const { reason, ...fact } = relation;
    relations.push({ ...fact, evidence: { ...evidence, reason } });
  };
  for (const relation of structuralRelations(names, entityOfMention)) {
    add({ source: relation.source, target: relation.target, predicate: relation.predicate, modality: 'asserted', confidence: settings.structuralConfidence, reason: relation.reason }, sentences[relation.sentence]);
  }
  const slotsOfSentence = (sentence: Sentence) => slotsOf(sentence, namesBySentence.get(sentence.index) ?? [], corefBySentence.get(sentence.index) ?? [], entityOfMention);
  const parsed = settings.dependencyRelations === 1 ? dependencyRelations(normalized.text, sentences, slotsOfSentence) : undefined;
  for (const sentence of sentences) {
    const slots = slotsOfSentence(sentence);
    for (const relation of [...membershipRelations(sentence, slots), ...appositionRelations(sentence, slots, people), ...placeRelations(sentence, slots, placeFacts)]) {
      add({ source: relation.source, target: relation.target, predicate: relation.predicate, modality: 'asserted', confidence: settings.phraseStandingConfidence, reason: relation.reason }, sentence);
    }
    for (const relation of sentenceRelations(sentence, slots, settings)) add(relation, sentence);
    for (const relation of parsed?.get(sentence.index) ?? []) add({ ...relation, confidence: settings.verbConfidence }, sentence);
  }

  // News agencies and outlets that only report ("told Reuters", "the BBC reported") are the document's
  // sources. They stay entities (a mention is a mention; the explorer does not draw a node without relations).
  const related = new Set(relations.flatMap((r) => [r.source, r.target]));
  const sources = entities.filter((e) => OUTLET_LABELS.has(e.label) && !related.has(e.key)).map((e) => e.label);

  const typeOf = new Map<string, EntityType>(entities.map((e) => [e.key, e.entityType]));
  const mentions: Mention[] = [];
  for (const mention of names) {
    const entity = entityOfMention.get(mention.id);
    if (entity) mentions.push(mentionRecord(doc, text, normalized, mention.start, mention.end, entity, typeOf));
  }
  for (const mention of coreferent) mentions.push(mentionRecord(doc, text, normalized, mention.start, mention.end, mention.entity, typeOf));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const mentionCount = new Map<string, number>();
  for (const mention of mentions) mentionCount.set(mention.entity, (mentionCount.get(mention.entity) ?? 0) + 1);
  for (const entity of entities) entity.mentions = mentionCount.get(entity.key) ?? 0;

  return { doc, entities, mentions, relations, ...(sources.length > 0 ? { sources } : {}) };
}

function mentionRecord(doc: string, original: string, normalized: NormalizedText, start: number, end: number, entity: string, typeOf: ReadonlyMap<string, EntityType>): Mention {
  const range = originalRange(normalized, start, end);
  return { doc, start: range.start, end: range.end, text: original.slice(range.start, range.end), entityType: typeOf.get(entity) ?? 'organization', entity };
}

function groupBySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(item.sentence);
    if (list) list.push(item);
    else map.set(item.sentence, [item]);
  }
  return map;
}
