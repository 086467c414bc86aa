// Bridges the dependency parser (src/nlp) to the dependency matcher: parses the normalised text,
// lines its words up with the tagger's tokens by offset (for lemmas and the entities on them), and
// matches the English patterns sentence by sentence.
import { parseText } from '../nlp/pipeline.js';
import type { Sentence } from './nlp.js';
import type { Slot } from './relations.js';
import { matchRelations, type DepRelation } from './syntax/matcher.js';
import type { DepToken } from './syntax/types.js';
import { englishDepLanguage } from './lang/en/dep-patterns.js';

let language: ReturnType<typeof englishDepLanguage> | undefined;

/** Relations by sentence index, read off the parse of `text` (the normalised text the sentences index). */
export function dependencyRelations(text: string, sentences: readonly Sentence[], slotsOf: (sentence: Sentence) => ReadonlyArray<Slot | undefined>): Map<number, DepRelation[]> {
  language ??= englishDepLanguage();
  const out = new Map<number, DepRelation[]>();
  const tokenAt = new Map<number, { sentence: Sentence; index: number }>();
  for (const sentence of sentences) sentence.tokens.forEach((token, index) => tokenAt.set(token.start, { sentence, index }));
  const slotCache = new Map<number, ReadonlyArray<Slot | undefined>>();
  for (const parsed of parseText(text, { ner: false })) {
    const aligned = parsed.words.map((w) => tokenAt.get(w.start));
    const home = aligned.find((a) => a !== undefined)?.sentence;
    if (!home) continue;
    let slots = slotCache.get(home.index);
    if (!slots) { slots = slotsOf(home); slotCache.set(home.index, slots); }
    const tokens: DepToken[] = parsed.words.map((w, i) => {
      const token = aligned[i]?.sentence === home ? home.tokens[aligned[i]?.index ?? -1] : undefined;
      return { text: w.text, start: w.start, end: w.end, upos: w.upos, xpos: w.xpos, head: w.head + 1, deprel: w.deprel, ...(token ? { lemma: token.lemma } : {}) };
    });
    const homeSlots = slots;
    const entityAt = (i: number) => (aligned[i]?.sentence === home ? homeSlots[aligned[i]?.index ?? -1]?.entity : undefined);
    const found = matchRelations(tokens, entityAt, language);
    if (found.length > 0) out.set(home.index, [...(out.get(home.index) ?? []), ...found]);
  }
  return out;
}
