// Verb and noun cues → ontology predicates, with the argument frame each cue takes. In the spirit of
// PETRARCH's verb dictionary (a verb, the slots of its actors, a CAMEO code), kept small and generic.
// docs/ontology.md explains the table; src/extract/relations.ts reads it.
import type { PredicateId } from '../../../domain/ontology.js';
import { CAMEO_VERB_CUES } from './cameo-verbs.js';
import { CAMEO_REVIEW } from './cameo-review.js';

/** Which object nouns a cue requires ("send troops" deploys forces, "send aid" provides aid). */
export type ObjectKind = 'military' | 'aid';

export interface VerbCue {
  lemma: string;
  predicate: PredicateId;
  /** A particle that must follow the verb ("pull out", "call on", "crack down on"). */
  particle?: string;
  /** The direct object is the target ("attacked Kenya"). */
  direct?: boolean;
  /** Prepositions that introduce the target ("withdraw from Iraq", "talk with Japan"). */
  preps?: readonly string[];
  /** Without an object, the target is the subject of a that-clause ("insisted that Ankara withdraw"). */
  complement?: boolean;
  /** The cue holds only when the direct object is such a noun. */
  objectKind?: ObjectKind;
  /** The target may be an entity modifying the object noun ("participated in a NATO mission"). */
  targetInObject?: boolean;
  /** Where the cue comes from: the hand list, or the generated CAMEO dictionary (with its code). */
  cameo?: string;
}

export interface NounCue {
  noun: string;
  predicate: PredicateId;
  /** Prepositions after the noun that introduce the target ("talks with X", "attack on X"). */
  preps: readonly string[];
}

const verbs = (predicate: PredicateId, frame: Omit<VerbCue, 'lemma' | 'predicate'>, lemmas: string): VerbCue[] =>
  lemmas.trim().split(/\s+/).map((lemma) => ({ lemma, predicate, ...frame }));

const nouns = (predicate: PredicateId, preps: readonly string[], list: string): NounCue[] =>
  list.trim().split(/\s+/).map((noun) => ({ noun, predicate, preps }));

const VERB_CUES_BY_HAND: readonly VerbCue[] = [
  ...verbs('makes_statement', { preps: ['on', 'about'] }, 'comment remark'),
  ...verbs('requests', { direct: true, preps: ['to', 'from'], complement: false }, 'ask request urge implore beseech petition'),
  ...verbs('requests', { preps: ['to', 'with'] }, 'appeal plead'),
  { lemma: 'call', particle: 'on', predicate: 'requests', direct: true },
  { lemma: 'call', particle: 'upon', predicate: 'requests', direct: true },
  ...verbs('requests', { preps: ['from'] }, 'seek'),
  ...verbs('offers', { direct: true, preps: ['to'] }, 'offer pledge promise'),
  ...verbs('consults', { direct: true, preps: ['with'] }, 'meet visit host consult phone telephone receive'),
  ...verbs('consults', { preps: ['with'] }, 'negotiate talk confer discuss speak'),
  ...verbs('agrees_with', { preps: ['with'] }, 'agree ally reconcile'),
  ...verbs('agrees_with', { direct: true }, 'endorse support back praise welcome recognize recognise thank'),
  ...verbs('cooperates_with', { preps: ['with'] }, 'cooperate collaborate partner work'),
  { lemma: 'team', particle: 'up', predicate: 'cooperates_with', preps: ['with'] },
  ...verbs('aids', { direct: true, preps: ['to'] }, 'aid help assist fund finance arm rescue'),
  ...verbs('aids', { preps: ['to', 'for'], objectKind: 'aid' }, 'provide give grant extend'),
  ...verbs('aids', { preps: ['to', 'for'] }, 'send deliver donate ship'),
  ...verbs('aids', { direct: true, preps: ['with', 'to'] }, 'supply'),
  ...verbs('withdraws_from', { preps: ['from', 'of'] }, 'withdraw retreat evacuate'),
  ...verbs('withdraws_from', { direct: true, preps: ['from'] }, 'leave quit exit abandon'),
  { lemma: 'pull', particle: 'out', predicate: 'withdraws_from', preps: ['of', 'from'] },
  { lemma: 'pull', predicate: 'withdraws_from', preps: ['from', 'of'], objectKind: 'military' },
  ...verbs('investigates', { direct: true, preps: ['into'] }, 'investigate probe examine'),
  ...verbs('demands', { preps: ['from', 'of'], complement: true }, 'demand insist'),
  ...verbs('demands', { direct: true, complement: false }, 'order press pressure'),
  ...verbs('criticizes', { direct: true, preps: ['for'] }, 'criticize criticise condemn accuse blame denounce slam rebuke censure decry deplore lambast chide castigate scold'),
  { lemma: 'hit', particle: 'out', predicate: 'criticizes', preps: ['at'] },
  ...verbs('rejects', { direct: true }, 'reject veto dismiss rebuff spurn oppose snub refuse'),
  { lemma: 'turn', particle: 'down', predicate: 'rejects', direct: true },
  ...verbs('threatens', { direct: true, complement: true }, 'threaten warn'),
  ...verbs('protests', { preps: ['against', 'outside'] }, 'protest demonstrate rally march'),
  ...verbs('protests', { direct: true }, 'boycott picket'),
  ...verbs('deploys_to', { preps: ['to', 'in', 'into', 'at', 'near', 'along'] }, 'deploy station mobilize mobilise'),
  ...verbs('deploys_to', { preps: ['to', 'into'], objectKind: 'military' }, 'send dispatch move'),
  ...verbs('sanctions', { direct: true }, 'sanction expel embargo blacklist'),
  { lemma: 'cut', predicate: 'sanctions', preps: ['with'] },
  { lemma: 'break', particle: 'off', predicate: 'sanctions', preps: ['with'] },
  ...verbs('sanctions', { direct: true, preps: ['with', 'to', 'for'] }, 'suspend freeze downgrade'),
  ...verbs('coerces', { direct: true }, 'arrest detain seize ban confiscate imprison jail deport raid impound'),
  { lemma: 'crack', particle: 'down', predicate: 'coerces', preps: ['on'] },
  ...verbs('attacks', { direct: true, preps: ['on', 'at', 'against'] }, 'attack bomb strike kill assassinate shell shoot ambush target hit abduct kidnap massacre wound injure bombard torpedo'),
  ...verbs('attacks', { preps: ['on', 'at', 'into', 'against'] }, 'fire'),
  ...verbs('fights', { direct: true, preps: ['with', 'against'] }, 'fight battle invade occupy besiege'),
  ...verbs('fights', { preps: ['with'] }, 'clash'),
  ...verbs('participates_in', { preps: ['in'], targetInObject: true }, 'participate'),
  { lemma: 'take', particle: 'part', predicate: 'participates_in', preps: ['in'], targetInObject: true },
  ...verbs('participates_in', { direct: true, targetInObject: true }, 'attend'),
  ...verbs('member_of', { direct: true }, 'join'),
  ...verbs('leader_of', { direct: true }, 'lead head rule chair govern'),
  ...verbs('controls', { direct: true }, 'control capture'),
];

export const NOUN_CUES: readonly NounCue[] = [
  ...nouns('makes_statement', ['on', 'about'], 'comment comments statement remarks'),
  ...nouns('requests', ['to', 'from', 'for'], 'request requests appeal plea call'),
  ...nouns('offers', ['to', 'for'], 'offer pledge promise'),
  ...nouns('consults', ['with', 'to', 'between'], 'talks talk meeting meetings negotiations visit summit consultations call dialogue'),
  ...nouns('agrees_with', ['with', 'between'], 'agreement deal accord pact treaty ceasefire truce support'),
  ...nouns('cooperates_with', ['with', 'between'], 'cooperation partnership collaboration sharing exercises drills'),
  ...nouns('aids', ['to', 'for'], 'aid assistance'),
  ...nouns('withdraws_from', ['from'], 'withdrawal pullout retreat departure'),
  ...nouns('investigates', ['into', 'of'], 'investigation probe inquiry'),
  ...nouns('demands', ['for', 'on', 'of', 'from'], 'demand demands ultimatum'),
  ...nouns('criticizes', ['of'], 'criticism condemnation'),
  ...nouns('rejects', ['of'], 'rejection veto'),
  ...nouns('threatens', ['to', 'against'], 'threat threats warning'),
  ...nouns('protests', ['against', 'with', 'to'], 'protest protests demonstration demonstrations'),
  ...nouns('deploys_to', ['in', 'to', 'at'], 'deployment presence'),
  ...nouns('sanctions', ['on', 'against'], 'sanctions embargo'),
  ...nouns('coerces', ['of', 'on'], 'arrest detention crackdown ban'),
  ...nouns('attacks', ['on', 'against', 'in'], 'attack attacks strike strikes airstrike airstrikes bombing assault raid offensive'),
  ...nouns('fights', ['of', 'with', 'against', 'between'], 'invasion occupation war fighting clashes siege'),
  ...nouns('controls', ['of', 'over'], 'takeover control'),
  ...nouns('controls', ['in'], 'power'),
];

/** Verbs whose infinitive or gerund complement carries the action: "offered to provide", "began withdrawing". */
export const CHAIN_VERBS: Readonly<Record<string, 'asserted' | 'intended'>> = {
  begin: 'asserted', start: 'asserted', continue: 'asserted', keep: 'asserted', resume: 'asserted', try: 'intended',
  want: 'intended', plan: 'intended', intend: 'intended', seek: 'intended', aim: 'intended', hope: 'intended',
  decide: 'asserted', prepare: 'intended', expect: 'intended', vow: 'intended', pledge: 'intended', promise: 'intended',
  offer: 'intended', threaten: 'intended', agree: 'asserted', need: 'intended', wish: 'intended', move: 'asserted',
  attempt: 'intended', go: 'intended', be: 'asserted', have: 'asserted', help: 'asserted', appear: 'asserted',
};

/** Adjectives that make the following infinitive an intention: "is ready to hold talks". */
export const INTENTION_ADJECTIVES = new Set(['ready', 'prepared', 'willing', 'keen', 'eager', 'set', 'determined', 'poised', 'able', 'likely', 'due']);

/** Modal verbs that make a statement a possibility. */
export const POSSIBILITY_MODALS = new Set(['may', 'might', 'could', 'would', 'can', 'should']);
export const FUTURE_MODALS = new Set(['will', "'ll", 'shall']);

/** Verbs whose that-clause is denied, so nothing in it holds ("denied that it had attacked"). */
export const DENIAL_VERBS = new Set(['deny', 'refute', 'dismiss']);

/** Verbs whose to-infinitive is not done ("refused to withdraw", "failed to agree"). */
export const NEGATING_CHAIN_VERBS = new Set(['refuse', 'fail', 'decline', 'stop', 'cease', 'halt', 'avoid']);

/** Verbs whose complement states a demand or request of its object ("urged Iran to"), used as light verbs
 *  for nominal cues: the subject of "hold talks", "launch an attack", "impose sanctions" is the cue's source. */
export const LIGHT_VERBS = new Set([
  'hold', 'have', 'make', 'reach', 'sign', 'launch', 'carry', 'conduct', 'impose', 'issue', 'express', 'give', 'take',
  'keep', 'maintain', 'begin', 'start', 'stage', 'announce', 'mount', 'open', 'resume', 'pay', 'step', 'deliver',
  'extend', 'lodge', 'file', 'hold', 'continue', 'strike', 'seal', 'agree', 'complete', 'end', 'lift',
]);

/** Verbs whose complement states what someone wants, not what happened: "demanded that peacekeepers leave". */
export const DEMAND_OR_THREAT_VERBS: ReadonlySet<string> = new Set(['demand', 'insist', 'urge', 'ask', 'call', 'request', 'order', 'press', 'threaten', 'warn']);
/** Verbs that hold forces somewhere: "has hundreds of troops stationed at X". */
export const FORCE_HOLDING_VERBS: ReadonlySet<string> = new Set(['have', 'keep', 'maintain', 'deploy', 'send', 'station']);
/** Verbs that introduce a quote's speaker: "…", he said. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(['say', 'state', 'tell', 'add', 'announce', 'stress', 'declare', 'write', 'insist', 'warn', 'note', 'explain']);
/** Participles of a leading role in "X, led by Y". */
export const LEADING_VERBS: ReadonlySet<string> = new Set(['led', 'headed', 'chaired', 'commanded', 'founded']);


/** The hand list, reviewed cue by cue. */
const HAND_VERB_CUES = VERB_CUES_BY_HAND;


/** Lemmas the generated lexicon may not claim: the hand list's, and verbs the grammar reads otherwise
 *  (light verbs of nominal cues, chain and reporting verbs: "held talks" is not detention). */
const RESERVED_LEMMAS = new Set([
  ...HAND_VERB_CUES.map((c) => c.lemma), ...LIGHT_VERBS, ...Object.keys(CHAIN_VERBS), ...NEGATING_CHAIN_VERBS, ...DENIAL_VERBS, ...REPORTING_VERBS,
]);

/** CAMEO verbs the hand list lacks, minus those review found to mislead in news text (cameo-review.ts). */
function generatedVerbCues(): VerbCue[] {
  return CAMEO_VERB_CUES
  .filter((c) => !RESERVED_LEMMAS.has(c.lemma) && (c.explicit || !CAMEO_REVIEW.explicitOnly) && !CAMEO_REVIEW.dropped.has(c.lemma) && CAMEO_REVIEW.predicates.has(c.predicate))
  .map((c) => ({ lemma: c.lemma, predicate: c.predicate, ...(c.particle ? { particle: c.particle } : {}), ...(c.direct ? { direct: true } : {}), ...(c.preps.length ? { preps: c.preps } : {}), cameo: c.code }));
}

export const VERB_CUES: readonly VerbCue[] = [...HAND_VERB_CUES, ...generatedVerbCues()];
