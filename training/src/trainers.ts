// Training loops for the tagger, parser, labeller and recogniser. Each takes sentences already turned
// into word attributes and returns a Perceptron; the feature functions are the runtime ones.
import { BEFORE, MAX_TAGGER_FEATURES, taggerFeatures } from '../../src/nlp/tagger.js';
import {
  LEFT, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, ParseState, RIGHT, SHIFT, childrenOf, labelFeatures, parserFeatures,
} from '../../src/nlp/parser.js';
import { MAX_NER_FEATURES, labelAllowed, nerFeatures, remember, type CapitalisedRuns, type DocumentMemory } from '../../src/nlp/ner.js';
import type { WordAttributes } from '../../src/nlp/words.js';
import { Perceptron } from './perceptron.js';
import { shuffle, type Random } from './random.js';

export interface Log { (line: string): void }

function bestOf(scores: Float64Array, allowed: (c: number) => boolean): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) if (allowed(c) && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

/** A sentence to tag; `ahead` = first-pass tags when training the second pass. */
export interface TaggedExample { w: WordAttributes; gold: Uint32Array; ahead?: Uint32Array }

export function trainTagger(examples: readonly TaggedExample[], classCount: number, epochs: number, random: Random, log: Log): Perceptron {
  const model = new Perceptron(classCount);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(classCount);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { w, gold, ahead } = examples[index];
      let prev = BEFORE;
      let prev2 = BEFORE;
      for (let i = 0; i < w.length; i++) {
        const count = taggerFeatures(w, i, prev, prev2, keys, ahead);
        model.score(keys, count, scores);
        const guess = bestOf(scores, () => true);
        model.update(keys, count, gold[i], guess);
        model.tick();
        if (guess === gold[i]) correct++;
        total++;
        prev2 = prev;
        prev = guess;
      }
    }
    log(`  tagger${examples[0]?.ahead ? ' (second pass)' : ''} epoch ${epoch + 1}/${epochs}: train accuracy ${(100 * correct / total).toFixed(2)}%, ${model.featureCount} features`);
  }
  return model;
}

export interface TreeExample { w: WordAttributes; tags: Uint32Array; heads: Int32Array; labels: Uint32Array }

/** Gold heads in parser terms: root = n. */
function goldHeads(heads: Int32Array): Int32Array {
  const n = heads.length;
  return heads.map((h) => (h < 0 ? n : h));
}

export function trainParser(examples: readonly TreeExample[], epochs: number, random: Random, log: Log): Perceptron {
  const model = new Perceptron(3);
  const keys = new Uint32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(3);
  const costs = new Int32Array(3);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { w, tags, heads } = examples[index];
      const gold = goldHeads(heads);
      const state = new ParseState(w.length);
      while (!state.done) {
        const count = parserFeatures(state, w, tags, keys);
        model.score(keys, count, scores);
        let minimum = Infinity;
        for (let move = SHIFT; move <= RIGHT; move++) {
          costs[move] = state.valid(move) ? state.cost(move, gold) : 1 << 20;
          if (costs[move] < minimum) minimum = costs[move];
        }
        const guess = bestOf(scores, (move) => state.valid(move));
        const best = bestOf(scores, (move) => costs[move] === minimum);
        model.update(keys, count, best, guess);
        model.tick();
        // First epoch follows the oracle; later ones mostly follow the model, to learn from its own errors.
        const explore = epoch > 0 && random() < 0.9;
        state.apply(explore ? guess : best);
      }
      for (let d = 0; d < w.length; d++) {
        total++;
        if (state.heads[d] === gold[d]) correct++;
      }
    }
    log(`  parser epoch ${epoch + 1}/${epochs}: train UAS ${(100 * correct / total).toFixed(2)}%, ${model.featureCount} features`);
  }
  return model;
}

export function trainLabeller(examples: readonly TreeExample[], classCount: number, epochs: number, random: Random, log: Log): Perceptron {
  const model = new Perceptron(classCount);
  const keys = new Uint32Array(MAX_LABEL_FEATURES);
  const scores = new Float64Array(classCount);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { w, tags, heads, labels } = examples[index];
      const children = childrenOf(heads);
      for (let d = 0; d < w.length; d++) {
        const count = labelFeatures(d, heads, children, w, tags, keys);
        model.score(keys, count, scores);
        const guess = bestOf(scores, () => true);
        model.update(keys, count, labels[d], guess);
        model.tick();
        if (guess === labels[d]) correct++;
        total++;
      }
    }
    log(`  labeller epoch ${epoch + 1}/${epochs}: train accuracy ${(100 * correct / total).toFixed(2)}%`);
  }
  return model;
}

export interface NerExampleSentence { w: WordAttributes; tags: Uint32Array; gazetteer: Uint32Array; runs: CapitalisedRuns; gold: Uint32Array }

export function trainRecogniser(
  documents: readonly NerExampleSentence[][], classes: readonly string[], epochs: number, random: Random, log: Log,
): Perceptron {
  const model = new Perceptron(classes.length);
  const keys = new Uint32Array(MAX_NER_FEATURES);
  const scores = new Float64Array(classes.length);
  const order = documents.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const memory: DocumentMemory = new Map();
      for (const { w, tags, gazetteer, runs, gold } of documents[index]) {
        const labels = new Uint32Array(w.length);
        let prev = BEFORE;
        let prev2 = BEFORE;
        for (let i = 0; i < w.length; i++) {
          const count = nerFeatures({ w, tags, gazetteer, memory, runs }, i, prev, prev2, keys);
          model.score(keys, count, scores);
          const previousLabel = i === 0 ? -1 : labels[i - 1];
          const guess = bestOf(scores, (c) => labelAllowed(classes, c, previousLabel));
          // A gold I- label after a predicted O is taught as B-: the decoder could not output it anyway.
          const target = labelAllowed(classes, gold[i], previousLabel) ? gold[i] : classes.indexOf(`B-${classes[gold[i]].slice(2)}`);
          model.update(keys, count, target, guess);
          model.tick();
          if (guess === gold[i]) correct++;
          total++;
          labels[i] = guess;
          prev2 = prev;
          prev = guess;
        }
        remember(memory, w, labels, classes);
      }
    }
    log(`  recogniser epoch ${epoch + 1}/${epochs}: train token accuracy ${(100 * correct / total).toFixed(2)}%`);
  }
  return model;
}

export { LEFT };
