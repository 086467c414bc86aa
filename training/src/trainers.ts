// Training loops for the tagger, parser, labeller and recogniser. Each takes sentences already turned
// into word attributes and returns a Perceptron; the feature functions are the runtime ones.
import { BEFORE, MAX_TAGGER_FEATURES, taggerFeatures } from '../../src/nlp/tagger.js';
import {
  MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, ParseState, RIGHT, SHIFT, childrenOf, labelFeatures, parserFeatures,
} from '../../src/nlp/parser.js';
import { MAX_NER_FEATURES, labelAllowed, nerFeatures, remember, type CapitalisedRuns, type DocumentMemory } from '../../src/nlp/ner.js';
import type { WordAttributes } from '../../src/nlp/words.js';
import { Perceptron } from './perceptron.js';
import { shuffle, type Random } from './random.js';

export interface Log { (line: string): void }

interface Tally { correct: number; total: number }

/** `epochs` passes over `count` examples, each in a fresh seeded order; logs the pass's accuracy. */
function runEpochs(
  count: number, epochs: number, random: Random, visit: (index: number, epoch: number, tally: Tally) => void,
  report: (epoch: number, accuracy: string) => void,
): void {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    const tally: Tally = { correct: 0, total: 0 };
    for (const index of order) visit(index, epoch, tally);
    report(epoch, `${(100 * tally.correct / tally.total).toFixed(2)}%`);
  }
}

function bestOf(scores: Float64Array, allowed: (c: number) => boolean): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) if (allowed(c) && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

/** One perceptron step on one decision: predicts, updates towards `gold` when wrong, returns the prediction. */
function learn(model: Perceptron, keys: Uint32Array, count: number, scores: Float64Array, gold: number, allowed: (c: number) => boolean, tally: Tally): number {
  model.score(keys, count, scores);
  const guess = bestOf(scores, allowed);
  model.update(keys, count, gold, guess);
  model.tick();
  if (guess === gold) tally.correct++;
  tally.total++;
  return guess;
}

const ANY = (): boolean => true;

/** A sentence to tag; `ahead` = first-pass tags when training the second pass. */
export interface TaggedExample { w: WordAttributes; gold: Uint32Array; ahead?: Uint32Array }

export function trainTagger(examples: readonly TaggedExample[], classCount: number, epochs: number, random: Random, log: Log): Perceptron {
  const model = new Perceptron(classCount);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(classCount);
  runEpochs(examples.length, epochs, random, (index, _epoch, tally) => {
    const { w, gold, ahead } = examples[index];
    let prev = BEFORE;
    let prev2 = BEFORE;
    for (let i = 0; i < w.length; i++) {
      const guess = learn(model, keys, taggerFeatures(w, i, prev, prev2, keys, ahead), scores, gold[i], ANY, tally);
      prev2 = prev;
      prev = guess;
    }
  }, (epoch, accuracy) => log(`  tagger${examples[0]?.ahead ? ' (second pass)' : ''} epoch ${epoch + 1}/${epochs}: train accuracy ${accuracy}, ${model.featureCount} features`));
  return model;
}

export interface TreeExample { w: WordAttributes; tags: Uint32Array; heads: Int32Array; labels: Uint32Array }

export function trainParser(examples: readonly TreeExample[], epochs: number, random: Random, log: Log): Perceptron {
  const model = new Perceptron(3);
  const keys = new Uint32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(3);
  const costs = new Int32Array(3);
  runEpochs(examples.length, epochs, random, (index, epoch, tally) => {
    const { w, tags, heads } = examples[index];
    const n = w.length;
    const gold = heads.map((h) => (h < 0 ? n : h)); // parser terms: the root is n
    const state = new ParseState(n);
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
    for (let d = 0; d < n; d++) {
      tally.total++;
      if (state.heads[d] === gold[d]) tally.correct++;
    }
  }, (epoch, accuracy) => log(`  parser epoch ${epoch + 1}/${epochs}: train UAS ${accuracy}, ${model.featureCount} features`));
  return model;
}

export function trainLabeller(examples: readonly TreeExample[], classCount: number, epochs: number, random: Random, log: Log): Perceptron {
  const model = new Perceptron(classCount);
  const keys = new Uint32Array(MAX_LABEL_FEATURES);
  const scores = new Float64Array(classCount);
  runEpochs(examples.length, epochs, random, (index, _epoch, tally) => {
    const { w, tags, heads, labels } = examples[index];
    const children = childrenOf(heads);
    for (let d = 0; d < w.length; d++) learn(model, keys, labelFeatures(d, heads, children, w, tags, keys), scores, labels[d], ANY, tally);
  }, (epoch, accuracy) => log(`  labeller epoch ${epoch + 1}/${epochs}: train accuracy ${accuracy}`));
  return model;
}

export interface NerExampleSentence { w: WordAttributes; tags: Uint32Array; gazetteer: Uint32Array; runs: CapitalisedRuns; gold: Uint32Array }

export function trainRecogniser(
  documents: readonly NerExampleSentence[][], classes: readonly string[], epochs: number, random: Random, log: Log,
): Perceptron {
  const model = new Perceptron(classes.length);
  const keys = new Uint32Array(MAX_NER_FEATURES);
  const scores = new Float64Array(classes.length);
  runEpochs(documents.length, epochs, random, (index, _epoch, tally) => {
    const memory: DocumentMemory = new Map();
    for (const { w, tags, gazetteer, runs, gold } of documents[index]) {
      const labels = new Uint32Array(w.length);
      let prev = BEFORE;
      let prev2 = BEFORE;
      for (let i = 0; i < w.length; i++) {
        const count = nerFeatures({ w, tags, gazetteer, memory, runs }, i, prev, prev2, keys);
        const previousLabel = i === 0 ? -1 : labels[i - 1];
        // A gold I- label after a predicted O is taught as B-: the decoder could not output it anyway.
        const target = labelAllowed(classes, gold[i], previousLabel) ? gold[i] : classes.indexOf(`B-${classes[gold[i]].slice(2)}`);
        const guess = learn(model, keys, count, scores, target, (c) => labelAllowed(classes, c, previousLabel), tally);
        labels[i] = guess;
        prev2 = prev;
        prev = guess;
      }
      remember(memory, w, labels, classes);
    }
  }, (epoch, accuracy) => log(`  recogniser epoch ${epoch + 1}/${epochs}: train token accuracy ${accuracy}`));
  return model;
}
