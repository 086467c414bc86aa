// Hand-built extraction results for store and query tests, with real offsets into a real text, so
// these tests do not depend on the extractor.
import type { EntityType, PredicateId } from '../../src/domain/ontology.js';
import type { ExtractionResult, Modality } from '../../src/domain/extraction.js';

export interface EntitySpec { key: string; label: string; type: EntityType; aliases?: string[]; country?: string }
export interface RelationSpec { source: string; predicate: PredicateId; target: string; sentence: number; modality?: Modality; confidence?: number }

/** Sentences are the text's lines; mentions are every occurrence of an entity's label or alias. */
export function extraction(doc: string, text: string, entities: EntitySpec[], relations: RelationSpec[]): ExtractionResult {
  const lines = text.split('\n');
  const starts = lines.map((_, i) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0));
  const mentions = entities.flatMap((e) => [e.label, ...(e.aliases ?? [])].flatMap((name) => occurrences(text, name).map((start) => ({
    doc, start, end: start + name.length, text: name, entityType: e.type, entity: e.key,
  }))));
  return {
    doc,
    entities: entities.map((e) => ({
      key: e.key, label: e.label, entityType: e.type, aliases: e.aliases ?? [],
      mentions: Math.max(1, mentions.filter((m) => m.entity === e.key).length), ...(e.country ? { country: e.country } : {}),
    })),
    mentions,
    relations: relations.map((r) => ({
      source: r.source, target: r.target, predicate: r.predicate, modality: r.modality ?? 'asserted', confidence: r.confidence ?? 0.8,
      evidence: { doc, sentence: r.sentence, start: starts[r.sentence], end: starts[r.sentence] + lines[r.sentence].length, text: lines[r.sentence] },
    })),
  };
}

function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) found.push(i);
  return found;
}

export const KABUL_TEXT = [
  'The Taliban asked Turkey for technical assistance at Kabul airport.',
  'Turkish President Recep Tayyip Erdogan met Joe Biden in Brussels.',
  'Erdogan and Biden agreed that Turkey would secure the airport.',
].join('\n');

export const KABUL_ENTITIES: EntitySpec[] = [
  { key: 'taliban', label: 'Taliban', type: 'organization' },
  { key: 'turkey', label: 'Turkey', type: 'country', aliases: ['Turkish'], country: 'TUR' },
  { key: 'kabul-airport', label: 'Kabul airport', type: 'facility', country: 'AFG' },
  { key: 'recep-tayyip-erdogan', label: 'Recep Tayyip Erdogan', type: 'person', aliases: ['Erdogan'], country: 'TUR' },
  { key: 'joe-biden', label: 'Joe Biden', type: 'person', aliases: ['Biden'], country: 'USA' },
];

export const KABUL_RELATIONS: RelationSpec[] = [
  { source: 'taliban', predicate: 'requests', target: 'turkey', sentence: 0 },
  { source: 'recep-tayyip-erdogan', predicate: 'leader_of', target: 'turkey', sentence: 1 },
  { source: 'recep-tayyip-erdogan', predicate: 'consults', target: 'joe-biden', sentence: 1 },
  { source: 'joe-biden', predicate: 'agrees_with', target: 'recep-tayyip-erdogan', sentence: 2 },
];

export function kabulExtraction(doc = 'kabul'): ExtractionResult {
  return extraction(doc, KABUL_TEXT, KABUL_ENTITIES, KABUL_RELATIONS);
}

export const SECOND_TEXT = [
  'President Tayyip Erdoğan criticized the Taliban in Ankara.',
  'The United States withdrew from Afghanistan.',
].join('\n');

export function secondExtraction(doc = 'second'): ExtractionResult {
  return extraction(doc, SECOND_TEXT, [
    // Another document names him differently: the store must resolve him to the same entity.
    { key: 'erdogan', label: 'Erdoğan', type: 'person', aliases: ['Tayyip Erdoğan'] },
    { key: 'taliban', label: 'Taliban', type: 'organization' },
    { key: 'united-states', label: 'United States', type: 'country', country: 'USA' },
    { key: 'afghanistan', label: 'Afghanistan', type: 'country', country: 'AFG' },
  ], [
    { source: 'erdogan', predicate: 'criticizes', target: 'taliban', sentence: 0 },
    { source: 'united-states', predicate: 'withdraws_from', target: 'afghanistan', sentence: 1 },
  ]);
}
