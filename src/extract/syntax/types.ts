// The input of the dependency stage: one sentence as a plain token array, in the shape a dependency
// parser writes (Universal Dependencies), so any parser's output plugs in — the models' `parse`
// command (CoNLL-U) or hand-built trees in tests.

export interface DepToken {
  text: string;
  /** Character offsets into the text the sentence comes from (end exclusive). */
  start: number;
  end: number;
  lemma?: string;
  /** Universal POS tag (VERB, NOUN, PROPN, AUX, ADP, …). */
  upos: string;
  xpos?: string;
  /** CoNLL-U HEAD: 1-based position of the head token in the sentence, 0 for the root. */
  head: number;
  /** Universal dependency relation, with its subtype ("nsubj:pass", "obl:agent", "nmod:poss"). */
  deprel: string;
}

/** One step down the tree from a word: a dependent with this relation (subtype optional: "obl" matches
 *  "obl:agent"), and, for obliques and nominal modifiers, a case marker among `case`
 *  ('cue' = the prepositions the lexicon cue lists). */
export interface DepStep {
  /** Go down to a dependent with this relation… */
  deprel?: string;
  /** …or up to the head, when the current word hangs from it by this relation ("talks" is the obj of "held"). */
  up?: string;
  case?: readonly string[] | 'cue';
  /** Only when the cue takes its direct object as the target ("attacked X", not "withdrew troops"). */
  direct?: boolean;
  /** Only when the cue's target may be the subject of its that-clause ("insisted that Ankara withdraw"). */
  complement?: boolean;
}

/** A path from the trigger to an argument: steps taken in order. */
export type DepPath = readonly DepStep[];

/** When a clause has no subject of its own, where it comes from: "urged Kenya to withdraw" (xcomp →
 *  the object of "urged"), "met X and criticised Y" (conj → the first verb's subject), "Canada, which
 *  opposes…" (acl:relcl → the noun the clause modifies, `self`). */
export interface SubjectSource {
  deprel: string;
  from: ReadonlyArray<string | 'self'>;
}

/** A relation pattern over the tree, read by the matcher (src/extract/syntax/matcher.ts). */
export interface DepPattern {
  /** Kept as the relation's reason ("dep.passive"). */
  reason: string;
  /** What the trigger word must be: a verb or noun cue of the lexicon, in this voice. */
  match: { cue: 'verb' | 'noun'; voice?: 'active' | 'passive' };
  /** 'cue': the cue's own predicate. */
  relation: 'cue';
  /** Alternative steps from the trigger to each argument; the first that finds an entity wins. */
  roles: { source: readonly DepPath[]; target: readonly DepPath[] };
}
