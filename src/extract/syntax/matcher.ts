// The dependency stage: relation patterns (data, lang/en/dep-patterns.ts) matched over one parsed
// sentence. A trigger is a cue word of the lexicon; a pattern says along which dependency paths its
// source and target hang; arguments spread over coordination and apposition, clauses without a
// subject take it from their controller or the noun they modify, and negation, modality and
// embedding under a demand or a denial are read off the clause the trigger heads.
import type { Modality } from '../../domain/extraction.js';
import type { PredicateId } from '../../domain/ontology.js';
import type { DepPath, DepPattern, DepStep, DepToken, SubjectSource } from './types.js';

/** A cue as the matcher needs it: its predicate, whether its object is the target, its prepositions. */
export interface DepCue { predicate: PredicateId; direct?: boolean; preps?: readonly string[]; complement?: boolean }

/** Everything language-specific the matcher reads (lang/en provides it; tests may hand-build one). */
export interface DepLanguage {
  patterns: readonly DepPattern[];
  subjectSources: readonly SubjectSource[];
  verbCues(lemma: string): readonly DepCue[];
  nounCues(lemma: string): readonly DepCue[];
  passiveMarkers: ReadonlySet<string>;
  spreadingRelations: ReadonlySet<string>;
  modifierRelations: ReadonlySet<string>;
  complementRelations: ReadonlySet<string>;
  caseRelation: string;
  negators: ReadonlySet<string>;
  possibilityModals: ReadonlySet<string>;
  futureModals: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  /** Verbs whose complement is wanted or denied, not done ("demanded that…", "denied that…"). */
  unassertingVerbs: ReadonlySet<string>;
  /** Verbs whose complement is not done ("refused to…"). */
  negatingVerbs: ReadonlySet<string>;
  /** Verbs whose complement is intended ("plans to…"). */
  intendingVerbs: ReadonlySet<string>;
  /** Heads that stand for the entity modifying them ("Turkish troops", "Hamas militants"). */
  actorHeads: ReadonlySet<string>;
}

export interface DepRelation {
  source: string;
  target: string;
  predicate: PredicateId;
  modality: Modality;
  reason: string;
}

/** Entity of a token (0-based), from the sentence's mentions. */
export type EntityAt = (index: number) => string | undefined;

interface Tree {
  tokens: readonly DepToken[];
  children: number[][];
  entityAt: EntityAt;
  lang: DepLanguage;
}

const lemmaOf = (token: DepToken): string => (token.lemma ?? token.text).toLowerCase();
const headOf = (tree: Tree, i: number): number => tree.tokens[i].head - 1;

/** "obl" matches "obl" and "obl:agent"; "obl:agent" matches only itself. */
const relationFits = (actual: string, wanted: string): boolean => actual === wanted || (!wanted.includes(':') && actual.startsWith(`${wanted}:`));

function caseMarkers(tree: Tree, i: number): string[] {
  return tree.children[i].filter((c) => tree.tokens[c].deprel === tree.lang.caseRelation).map((c) => lemmaOf(tree.tokens[c]));
}

function takeStep(tree: Tree, from: readonly number[], step: DepStep, cue: DepCue): number[] {
  if ((step.direct && !cue.direct) || (step.complement && !cue.complement)) return [];
  if (step.up !== undefined) {
    const wanted = step.up;
    return from.filter((i) => relationFits(tree.tokens[i].deprel, wanted) && headOf(tree, i) >= 0).map((i) => headOf(tree, i));
  }
  const wanted = step.deprel ?? '';
  const cases = step.case === 'cue' ? cue.preps ?? [] : step.case;
  return from.flatMap((i) => tree.children[i].filter((c) => relationFits(tree.tokens[c].deprel, wanted) &&
    (cases === undefined || caseMarkers(tree, c).some((m) => cases.includes(m)))));
}

/** The entities a word stands for, spread over the words coordinated with it or renaming it. */
function entitiesOf(tree: Tree, i: number, seen = new Set<number>()): string[] {
  if (seen.has(i)) return [];
  seen.add(i);
  const token = tree.tokens[i];
  const own = tree.entityAt(i) ?? (tree.lang.actorHeads.has(lemmaOf(token)) || tree.lang.actorHeads.has(token.text.toLowerCase())
    ? tree.children[i].map((c) => tree.entityAt(c)).find((e) => e !== undefined)
    : undefined);
  const out = own ? [own] : [];
  for (const c of tree.children[i]) {
    if (tree.lang.spreadingRelations.has(tree.tokens[c].deprel.split(':')[0])) {
      // An apposition renames the same entity: "Anna Berg, the Greens' deputy leader" is one person.
      if (tree.tokens[c].deprel.startsWith('appos') && out.length > 0) continue;
      out.push(...entitiesOf(tree, c, seen));
    }
  }
  return [...new Set(out)];
}

function followPaths(tree: Tree, trigger: number, paths: readonly DepPath[], cue: DepCue): string[] {
  for (const path of paths) {
    let at: number[] = [trigger];
    for (const step of path) at = takeStep(tree, at, step, cue);
    const entities = at.flatMap((i) => (tree.lang.relativePronouns.has(lemmaOf(tree.tokens[i])) ? [] : entitiesOf(tree, i)));
    if (entities.length > 0) return entities;
  }
  return [];
}

/** The subject a clause without one takes from the clause or noun it hangs from. */
function inheritedSubject(tree: Tree, i: number, depth = 0): string[] {
  if (depth > 3) return [];
  const head = headOf(tree, i);
  if (head < 0) return [];
  const rule = tree.lang.subjectSources.find((r) => relationFits(tree.tokens[i].deprel, r.deprel));
  if (!rule) return [];
  for (const from of rule.from) {
    if (from === 'self') {
      const own = entitiesOf(tree, head);
      if (own.length > 0) return own;
      continue;
    }
    const found = tree.children[head].filter((c) => relationFits(tree.tokens[c].deprel, from) && c !== i)
      .flatMap((c) => (tree.lang.relativePronouns.has(lemmaOf(tree.tokens[c])) ? [] : entitiesOf(tree, c)));
    if (found.length > 0) return found;
  }
  return inheritedSubject(tree, head, depth + 1);
}

interface ClauseState { negated: boolean; unasserted: boolean; modality: Modality }

/** Negation and modality of the clause a word heads, and of the clauses it is the complement of. */
function clauseState(tree: Tree, trigger: number): ClauseState {
  const { lang } = tree;
  const state: ClauseState = { negated: false, unasserted: false, modality: 'asserted' };
  const readModifiers = (i: number) => {
    for (const c of tree.children[i]) {
      if (!lang.modifierRelations.has(tree.tokens[c].deprel.split(':')[0])) continue;
      const lemma = lemmaOf(tree.tokens[c]);
      if (lang.negators.has(lemma)) state.negated = true;
      if (lang.possibilityModals.has(lemma)) state.modality = 'possible';
      else if (lang.futureModals.has(lemma) && state.modality === 'asserted') state.modality = 'intended';
    }
  };
  let i = trigger;
  readModifiers(i);
  // A noun cue takes the state of the verb it is the object of ("did not hold talks").
  if (relationFits(tree.tokens[i].deprel, 'obj') && headOf(tree, i) >= 0) { i = headOf(tree, i); readModifiers(i); }
  while (lang.complementRelations.has(tree.tokens[i].deprel.split(':')[0]) && headOf(tree, i) >= 0) {
    const head = headOf(tree, i);
    const lemma = lemmaOf(tree.tokens[head]);
    if (lang.unassertingVerbs.has(lemma)) state.unasserted = true;
    if (lang.negatingVerbs.has(lemma)) state.negated = true;
    if (lang.intendingVerbs.has(lemma) && state.modality === 'asserted') state.modality = 'intended';
    readModifiers(head);
    i = head;
  }
  return state;
}

function childrenOf(tokens: readonly DepToken[]): number[][] {
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((t, i) => { if (t.head > 0 && t.head <= tokens.length) children[t.head - 1].push(i); });
  return children;
}

/** Relations stated by one parsed sentence. */
export function matchRelations(tokens: readonly DepToken[], entityAt: EntityAt, lang: DepLanguage): DepRelation[] {
  const tree: Tree = { tokens, children: childrenOf(tokens), entityAt, lang };
  const out: DepRelation[] = [];
  tokens.forEach((token, i) => {
    if (entityAt(i) !== undefined) return;
    const kind = token.upos === 'VERB' ? 'verb' : token.upos === 'NOUN' ? 'noun' : undefined;
    if (!kind) return;
    const lookup = kind === 'verb' ? lang.verbCues : lang.nounCues;
    // Lexicon entries are lemmas, with some plural nouns listed as such ("talks", "sanctions").
    const cues = lookup(lemmaOf(token)).length > 0 ? lookup(lemmaOf(token)) : lookup(token.text.toLowerCase());
    if (cues.length === 0) return;
    const state = clauseState(tree, i);
    if (state.negated || state.unasserted) return;
    const passive = tree.children[i].some((c) => lang.passiveMarkers.has(tokens[c].deprel));
    for (const pattern of lang.patterns) {
      if (pattern.match.cue !== kind) continue;
      if (pattern.match.voice && pattern.match.voice !== (passive ? 'passive' : 'active')) continue;
      let found = false;
      for (const cue of cues) {
        let sources = followPaths(tree, i, pattern.roles.source, cue);
        if (sources.length === 0 && kind === 'verb' && !passive) sources = inheritedSubject(tree, i);
        const targets = followPaths(tree, i, pattern.roles.target, cue);
        for (const source of sources) {
          for (const target of targets) {
            if (source !== target) out.push({ source, target, predicate: cue.predicate, modality: state.modality, reason: `${pattern.reason}:${lemmaOf(token)}` });
          }
        }
        if (sources.length > 0 && targets.length > 0) { found = true; break; }
      }
      if (found) break;
    }
  });
  return out;
}
