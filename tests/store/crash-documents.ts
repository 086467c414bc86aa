// Generated documents for the crash-safety test: large enough that a transaction takes a while, so a
// kill -9 often lands in the middle of one.
import type { PredicateId } from '../../src/domain/ontology.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { extraction, type EntitySpec, type RelationSpec } from './fixtures.js';

const PREDICATES: PredicateId[] = ['requests', 'criticizes', 'consults', 'threatens', 'aids'];
export const SENTENCES_PER_DOCUMENT = 300;

export function crashDocument(i: number): { text: string; result: ExtractionResult } {
  const entities: EntitySpec[] = [];
  const relations: RelationSpec[] = [];
  const lines: string[] = [];
  for (let k = 0; k < SENTENCES_PER_DOCUMENT; k++) {
    const a = `Agency ${k}`;
    const b = `Ministry ${(k + i) % SENTENCES_PER_DOCUMENT}`;
    lines.push(`In report ${i}, ${a} dealt with ${b}.`);
    entities.push({ key: `agency-${k}`, label: a, type: 'organization' });
    if (!entities.some((e) => e.label === b)) entities.push({ key: `ministry-${(k + i) % SENTENCES_PER_DOCUMENT}`, label: b, type: 'organization' });
    relations.push({ source: `agency-${k}`, predicate: PREDICATES[k % PREDICATES.length], target: `ministry-${(k + i) % SENTENCES_PER_DOCUMENT}`, sentence: k });
  }
  const text = lines.join('\n');
  return { text, result: extraction(`crash-${i}`, text, entities, relations) };
}
