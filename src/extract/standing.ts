// Standing relations read off the structure of names: a title between an owner and a person
// ("Turkish Defense Minister Hulusi Akar" → official of Turkey), a body owned by a state ("Turkey's
// Defense Ministry" → part of Turkey), a facility named after its place ("Kabul airport" → located
// in Kabul), and membership phrases ("NATO member Turkey", "X, a member of Y").
import type { PredicateId } from '../ontology.js';
import type { Sentence } from './nlp.js';
import type { NameMention } from './mentions.js';
import type { Slot } from './relations.js';

export interface StandingRelation {
  source: string;
  target: string;
  predicate: PredicateId;
  sentence: number;
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
        out.push({ source: entity, target: owner, predicate: mention.title.role === 'leader' ? 'leader_of' : 'official_of', sentence: mention.sentence });
      } else if (mention.entityType === 'person' && ownerMention) {
        out.push({ source: entity, target: owner, predicate: 'member_of', sentence: mention.sentence });
      } else if (mention.entityType === 'organization') {
        out.push({ source: entity, target: owner, predicate: 'part_of', sentence: mention.sentence });
      } else if (mention.entityType === 'facility' || mention.entityType === 'location') {
        out.push({ source: entity, target: owner, predicate: 'located_in', sentence: mention.sentence });
      }
    }
    if (place && place !== entity) out.push({ source: entity, target: place, predicate: 'located_in', sentence: mention.sentence });
  }
  return out;
}

const MEMBER_WORDS = new Set(['member', 'members', 'ally']);

/** "NATO member Turkey", "Turkey, a NATO member,", "Poland, a member of the EU". */
export function membershipRelations(sentence: Sentence, slots: ReadonlyArray<Slot | undefined>): StandingRelation[] {
  const out: StandingRelation[] = [];
  const tokens = sentence.tokens;
  tokens.forEach((token, i) => {
    if (!MEMBER_WORDS.has(token.lower)) return;
    const before = slots[i - 1];
    const after = slots[i + 1];
    if (before && after && before.entity !== after.entity) {
      out.push({ source: after.entity, target: before.entity, predicate: 'member_of', sentence: sentence.index });
      return;
    }
    // "X, a member of Y" / "X is a member of Y"
    if (tokens[i + 1]?.lower === 'of') {
      let k = i + 2;
      while (tokens[k] && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k++;
      const group = slots[k];
      let m = i - 1;
      while (m >= 0 && (tokens[m].pos === 'DET' || tokens[m].pos === 'ADJ' || tokens[m].text === ',' || tokens[m].pos === 'AUX')) m--;
      const memberSlot = m >= 0 ? slots[m] : undefined;
      if (group && memberSlot && group.entity !== memberSlot.entity) out.push({ source: memberSlot.entity, target: group.entity, predicate: 'member_of', sentence: sentence.index });
    }
  });
  return out;
}
