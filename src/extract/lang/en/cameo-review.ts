// Hand review of the generated CAMEO verb lexicon (cameo-verbs.ts): which predicates it may add cues
// for, and lemmas dropped because in news English they mostly mean something else.
import type { PredicateId } from '../../../domain/ontology.js';

export const CAMEO_REVIEW: { explicitOnly: boolean; predicates: ReadonlySet<PredicateId>; dropped: ReadonlySet<string> } = {
  /** Block-level codes spread a code over loose synonyms ("respect", "found" → cooperation): only verbs coded themselves. */
  explicitOnly: true,
  predicates: new Set<PredicateId>([
    'requests', 'offers', 'consults', 'agrees_with', 'cooperates_with', 'aids', 'investigates', 'demands', 'criticizes',
    'rejects', 'threatens', 'protests', 'deploys_to', 'sanctions', 'coerces', 'attacks', 'fights',
  ]),
  dropped: new Set<string>([]),
};
