// The extractor's settings: every confidence it gives and every window (in tokens or sentences) it
// looks across, in one place, in sigma's shape (interface + defaults + validate + resolve). The
// language pack (lang/en/) holds the words; these hold the numbers.

export interface ExtractorSettings {
  /** Confidence of a standing relation read off one name ("Turkey's Defense Ministry" → part_of). */
  structuralConfidence: number;
  /** Confidence of a standing relation read off a phrase ("NATO member Turkey", "X, the minister of Y"). */
  phraseStandingConfidence: number;
  /** Confidence of a verb relation whose subject stands next to the verb. */
  verbConfidence: number;
  /** ...whose subject is reached through a pronoun or a relative clause. */
  indirectVerbConfidence: number;
  /** Taken off when the only target is where the event happened ("bombed towns in Idlib"). */
  weakTargetPenalty: number;
  /** Taken off the chain cue's own relation ("offered to send aid to X" → offers). */
  chainCuePenalty: number;
  /** Confidence of "threatened to strike X" → threatens. */
  chainOnlyConfidence: number;
  /** Confidence of a relation read off a noun ("talks with X", "the arrest of X by Y"). */
  nominalConfidence: number;

  /** Tokens walked left from a verb to its subject. */
  subjectWindow: number;
  /** Tokens walked left from "and" to the verb whose subject a coordinated verb shares. */
  coordinatedVerbWindow: number;
  /** Tokens between a noun phrase and the verb that governs it ("has hundreds of troops", "held talks with"). */
  governingVerbWindow: number;
  /** Tokens after a verb searched for the noun of its object kind ("send technical and security assistance"). */
  objectKindWindow: number;
  /** Prepositional phrases after a verb's object searched for its target. */
  verbPrepositionHops: number;
  /** ...after a noun cue. */
  nounPrepositionHops: number;
  /** Tokens between a verb and the complementizer of its that-clause. */
  complementizerWindow: number;
  /** Tokens of a that-clause searched for its subject. */
  complementWindow: number;
  /** Tokens after a passive verb searched for its "by" agent. */
  agentWindow: number;
  /** Tokens before a cue searched for a denial verb ("denied that it had attacked"). */
  denialWindow: number;
  /** Tokens after a cue searched for "if"/"unless". */
  conditionWindow: number;
  /** Tokens before a cue searched for the "that"/"to" of a demand or threat. */
  demandWindow: number;
  /** Tokens before that "that"/"to" searched for the demanding verb. */
  demandVerbWindow: number;
  /** Tokens after a noun cue searched for its "by" agent or "of" forces. */
  nominalAgentWindow: number;
  /** Tokens before a speech verb searched for its speaker (X said). */
  speakerBeforeWindow: number;
  /** Tokens after a speech verb searched for its speaker ("…", said X). */
  speakerAfterWindow: number;
  /** Sentences back a pronoun may reach for its antecedent. */
  pronounSentenceWindow: number;
  /** Tokens between "the" and the head noun of a description ("the armed group"). */
  descriptionWindow: number;
  /** 1: also read relations off the dependency parse (src/nlp models + lang/en/dep-patterns.ts); 0: off. */
  dependencyRelations: number;
}

export const DEFAULT_EXTRACTOR_SETTINGS: Readonly<ExtractorSettings> = Object.freeze({
  structuralConfidence: 0.9,
  phraseStandingConfidence: 0.8,
  verbConfidence: 0.85,
  indirectVerbConfidence: 0.7,
  weakTargetPenalty: 0.2,
  chainCuePenalty: 0.1,
  chainOnlyConfidence: 0.75,
  nominalConfidence: 0.7,

  subjectWindow: 14,
  coordinatedVerbWindow: 20,
  governingVerbWindow: 4,
  objectKindWindow: 6,
  verbPrepositionHops: 4,
  nounPrepositionHops: 3,
  complementizerWindow: 3,
  complementWindow: 30,
  agentWindow: 8,
  denialWindow: 12,
  conditionWindow: 12,
  demandWindow: 10,
  demandVerbWindow: 6,
  nominalAgentWindow: 3,
  speakerBeforeWindow: 3,
  speakerAfterWindow: 4,
  pronounSentenceWindow: 2,
  descriptionWindow: 4,
  dependencyRelations: 0,
});

const CONFIDENCES = ['structuralConfidence', 'phraseStandingConfidence', 'verbConfidence', 'indirectVerbConfidence', 'weakTargetPenalty', 'chainCuePenalty', 'chainOnlyConfidence', 'nominalConfidence'] as const;

/** Throws a package-prefixed error on a setting out of its range. */
export function validateSettings(settings: ExtractorSettings): void {
  for (const [name, value] of Object.entries(settings) as Array<[keyof ExtractorSettings, unknown]>) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`newsgraph/extract: setting "${name}" must be a finite number`);
    const isConfidence = (CONFIDENCES as readonly string[]).includes(name);
    if (isConfidence && (value < 0 || value > 1)) throw new Error(`newsgraph/extract: setting "${name}" must be between 0 and 1, got ${value}`);
    if (!isConfidence && (value < 0 || !Number.isInteger(value))) throw new Error(`newsgraph/extract: setting "${name}" must be a whole number ≥ 0, got ${value}`);
  }
}

/** The defaults overridden by the given settings, validated. */
export function resolveSettings(settings: Partial<ExtractorSettings> = {}): ExtractorSettings {
  const resolved: ExtractorSettings = { ...DEFAULT_EXTRACTOR_SETTINGS, ...settings };
  validateSettings(resolved);
  return resolved;
}
