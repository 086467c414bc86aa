// The public API: text (or pre-split words) → sentences of words with tags, a dependency tree and
// entity labels. `parseText` keeps exact character offsets into the input text.
import { models as sharedModels, type Models } from './models.js';
import { capitalisedRuns, recogniseSentence, type DocumentMemory } from './ner.js';
import { labelTree, parseHeads } from './parser.js';
import { tagSentence } from './tagger.js';
import { splitSentences } from './tokenize.js';
import { wordAttributes } from './words.js';

export interface AnalysedWord {
  text: string;
  /** Offsets into the analysed text (-1 when words were given without text). */
  start: number;
  end: number;
  upos: string;
  xpos: string;
  /** Index of the head word in the sentence, -1 for the root (-2 when parsing was skipped). */
  head: number;
  deprel: string;
  /** BIO2 entity label: "O", "B-PER", "I-ORG", … */
  ner: string;
}

export interface AnalysedSentence { start: number; end: number; words: AnalysedWord[] }

export interface AnalyseOptions { tag?: boolean; parse?: boolean; ner?: boolean }

/** A document's running state: the entity-type memory shared by its sentences. */
export function newDocument(): DocumentMemory {
  return new Map();
}

/** Analyses one sentence given as words. Steps left out by `options` leave "_"/-1/"O". */
export function analyseWords(
  forms: readonly string[], memory: DocumentMemory = newDocument(), options: AnalyseOptions = {}, m: Models = sharedModels(),
): AnalysedWord[] {
  const w = wordAttributes(forms, m.clusters);
  const tags = tagSentence(m.tagger2, w, tagSentence(m.tagger, w));
  const heads = options.parse === false ? new Int32Array(forms.length).fill(-2) : parseHeads(m.parser, w, tags);
  const labels = options.parse === false ? undefined : labelTree(m.labeller, heads, w, tags);
  const entities = options.ner === false ? undefined : recogniseSentence(m.ner, { w, tags, gazetteer: m.gazetteer.match(w), memory, runs: capitalisedRuns(w) });
  return forms.map((text, i) => {
    const [upos, xpos] = m.tagger.classes[tags[i]].split('|');
    return {
      text, start: -1, end: -1, upos, xpos,
      head: heads[i], deprel: labels ? m.labeller.classes[labels[i]] : '_',
      ner: entities ? m.ner.classes[entities[i]] : 'O',
    };
  });
}

/** Splits, tokenises and analyses a text as one document. */
export function parseText(text: string, options: AnalyseOptions = {}, m: Models = sharedModels()): AnalysedSentence[] {
  const memory = newDocument();
  return splitSentences(text).map((sentence) => {
    const words = analyseWords(sentence.tokens.map((token) => token.text), memory, options, m);
    sentence.tokens.forEach((token, i) => { words[i].start = token.start; words[i].end = token.end; });
    return { start: sentence.start, end: sentence.end, words };
  });
}
