// Relation patterns over the dependency tree (Universal Dependencies labels), read by
// src/extract/syntax/matcher.ts. The cue word and its predicate come from the lexicon; these say
// where its source and target hang. Each pattern's `reason` is kept on the relations it yields.
import type { DepPattern, SubjectSource } from '../../syntax/types.js';
import type { DepLanguage } from '../../syntax/matcher.js';
import { CHAIN_VERBS, DEMAND_OR_THREAT_VERBS, DENIAL_VERBS, FUTURE_MODALS, NEGATING_CHAIN_VERBS, NOUN_CUES, POSSIBILITY_MODALS, VERB_CUES } from './lexicon.js';
import { NEGATORS, RELATIVE_PRONOUNS } from './grammar.js';
import { ACTOR_NOUNS, MILITARY_NOUNS } from './cues.js';

const AGENT = ['by'];

export const DEP_PATTERNS: readonly DepPattern[] = [
  {
    // "Peru attacked Chile", "Kenya withdrew from Somalia", "Chile insisted that Peru withdraw" (→ Peru).
    reason: 'dep.active',
    match: { cue: 'verb', voice: 'active' },
    relation: 'cue',
    roles: {
      source: [[{ deprel: 'nsubj' }]],
      target: [[{ deprel: 'obj', direct: true }], [{ deprel: 'obl', case: 'cue' }], [{ deprel: 'ccomp', complement: true }, { deprel: 'nsubj' }]],
    },
  },
  {
    // "Chile was attacked by Peru", "Drozd was arrested by the KGB".
    reason: 'dep.passive',
    match: { cue: 'verb', voice: 'passive' },
    relation: 'cue',
    roles: {
      source: [[{ deprel: 'obl:agent' }], [{ deprel: 'obl', case: AGENT }]],
      target: [[{ deprel: 'nsubj:pass' }], [{ deprel: 'obl', case: 'cue' }]],
    },
  },
  {
    // "Russia's invasion of Ukraine", "the arrest of X by Y", "EU sanctions on Russia",
    // "Kenya held talks with Uganda" (the source is the subject of the verb whose object the noun is).
    reason: 'dep.noun',
    match: { cue: 'noun' },
    relation: 'cue',
    roles: {
      source: [[{ deprel: 'nmod:poss' }], [{ deprel: 'nmod', case: AGENT }], [{ deprel: 'compound' }], [{ deprel: 'amod' }], [{ up: 'obj' }, { deprel: 'nsubj' }]],
      target: [[{ deprel: 'nmod', case: 'cue' }], [{ up: 'obj' }, { deprel: 'obl', case: 'cue' }]],
    },
  },
];

/** Where a clause without a subject takes one from (control, coordination, relative clauses). */
export const SUBJECT_SOURCES: readonly SubjectSource[] = [
  { deprel: 'xcomp', from: ['obj', 'nsubj'] },
  { deprel: 'conj', from: ['nsubj'] },
  { deprel: 'acl:relcl', from: ['self'] },
  { deprel: 'acl', from: ['self'] },
];

/** Relations that mark a passive clause. */
export const PASSIVE_MARKERS: ReadonlySet<string> = new Set(['nsubj:pass', 'aux:pass']);
/** Relations along which an argument spreads to the words coordinated with it or renaming it. */
export const SPREADING_RELATIONS: ReadonlySet<string> = new Set(['conj', 'appos']);
/** Relations of the function words that mark negation and modality on a clause. */
export const MODIFIER_RELATIONS: ReadonlySet<string> = new Set(['advmod', 'aux', 'neg', 'det']);
/** Relations by which a clause is the content of another's verb ("urged X to…", "demanded that…"). */
export const COMPLEMENT_RELATIONS: ReadonlySet<string> = new Set(['xcomp', 'ccomp']);
/** The case-marker relation. */
export const CASE_RELATION = 'case';

/** English for the dependency matcher: the patterns above, the lexicon's cues and the grammar's words. */
export function englishDepLanguage(): DepLanguage {
  const verbCues = groupBy(VERB_CUES.filter((c) => c.particle === undefined && c.objectKind === undefined), (c) => c.lemma);
  const nounCues = groupBy(NOUN_CUES, (c) => c.noun);
  return {
    patterns: DEP_PATTERNS,
    subjectSources: SUBJECT_SOURCES,
    verbCues: (lemma) => verbCues.get(lemma) ?? [],
    nounCues: (lemma) => nounCues.get(lemma) ?? [],
    passiveMarkers: PASSIVE_MARKERS,
    spreadingRelations: SPREADING_RELATIONS,
    modifierRelations: MODIFIER_RELATIONS,
    complementRelations: COMPLEMENT_RELATIONS,
    caseRelation: CASE_RELATION,
    negators: NEGATORS,
    possibilityModals: POSSIBILITY_MODALS,
    futureModals: FUTURE_MODALS,
    relativePronouns: RELATIVE_PRONOUNS,
    unassertingVerbs: new Set([...DEMAND_OR_THREAT_VERBS, ...DENIAL_VERBS]),
    negatingVerbs: NEGATING_CHAIN_VERBS,
    intendingVerbs: new Set(Object.entries(CHAIN_VERBS).filter(([, m]) => m === 'intended').map(([lemma]) => lemma)),
    actorHeads: new Set([...ACTOR_NOUNS, ...MILITARY_NOUNS]),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
