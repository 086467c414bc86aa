// `npm run train [-- --corpora DIR --seed N --out DIR]`: rebuilds every model from the corpora,
// deterministically (same seed and corpora → byte-identical files), and prints the accuracy table.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeBundle } from '../../src/nlp/binary.js';
import { linearSections, type LinearSections } from '../../src/nlp/linear.js';
import { loadClusters, loadModels, parseGazetteer } from '../../src/nlp/models.js';
import { tagSentence } from '../../src/nlp/tagger.js';
import { capitalisedRuns } from '../../src/nlp/ner.js';
import { wordAttributes, type WordAttributes, type WordClusters } from '../../src/nlp/words.js';
import { LinearModel } from '../../src/nlp/linear.js';
import type { Gazetteer } from '../../src/nlp/gazetteer.js';
import { readDocred, readNerSet, readTreebank, type NerDocument, type TreeSentence } from './corpora.js';
import { evaluateAll } from './evaluate.js';
import { buildGazetteer } from './gazetteer.js';
import type { Perceptron } from './perceptron.js';
import { seededRandom, type Random } from './random.js';
import { trainLabeller, trainParser, trainRecogniser, trainTagger, type Log, type TreeExample } from './trainers.js';

export interface TrainOptions {
  seed: number;
  tagEpochs: number;
  parseEpochs: number;
  labelEpochs: number;
  nerEpochs: number;
  /** Folds for jackknifed tags on the parser's training data (1 = use the final tagger's tags). */
  folds: number;
  /** Averaged weights smaller than this fraction of a model's largest weight are dropped from the shipped file. */
  prune: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { seed: 1, tagEpochs: 6, parseEpochs: 12, labelEpochs: 6, nerEpochs: 8, folds: 2, prune: 0.018 };

export interface TrainingData { trees: TreeSentence[]; entities: NerDocument[] }

function toModel(perceptron: Perceptron, classes: readonly string[], prune: number): { model: LinearModel; sections: ReturnType<Perceptron['export']> } {
  const sections = perceptron.export(perceptron.keysByRow(), prune);
  return { model: new LinearModel(classes, sections.keys, sections.counts, sections.classes, sections.weights), sections };
}

function classList(values: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
}

/** Trains all models on `data` and writes them to `outDir` (clusters.bin and gazetteer.txt must be there). */
export function trainModels(data: TrainingData, outDir: string, options: TrainOptions, log: Log): void {
  const clusters: WordClusters = loadClusters(outDir);
  const gazetteer: Gazetteer = parseGazetteer(readFileText(`${outDir}/gazetteer.txt`));
  const random = seededRandom(options.seed);
  const started = Date.now();
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;

  // Tagger.
  const tagClasses = classList(data.trees.flatMap((s) => s.tags));
  if (tagClasses.length > 255) throw new Error(`too many tag classes (${tagClasses.length})`);
  const tagIndex = new Map(tagClasses.map((t, i) => [t, i]));
  const tagged = data.trees.map((s) => ({ w: wordAttributes(s.forms, clusters), gold: Uint32Array.from(s.tags, (t) => tagIndex.get(t) ?? 0) }));
  log(`tagger: ${tagged.length} sentences, ${tagClasses.length} tags`);
  const tagger = toModel(trainTagger(tagged, tagClasses.length, options.tagEpochs, random, log), tagClasses, options.prune);
  log(`tagger done (${elapsed()})`);

  // Tags for the parser's training data: jackknifed, so the parser learns from realistic tagger errors.
  const predictedTags: Uint32Array[] = tagged.map(() => new Uint32Array(0));
  if (options.folds <= 1) {
    tagged.forEach((s, i) => { predictedTags[i] = tagSentence(tagger.model, s.w); });
  } else {
    for (let fold = 0; fold < options.folds; fold++) {
      const train = tagged.filter((_, i) => i % options.folds !== fold);
      const foldModel = toModel(trainTagger(train, tagClasses.length, Math.max(1, options.tagEpochs - 2), random, () => {}), tagClasses, options.prune).model;
      tagged.forEach((s, i) => { if (i % options.folds === fold) predictedTags[i] = tagSentence(foldModel, s.w); });
      log(`  jackknife fold ${fold + 1}/${options.folds} tagged (${elapsed()})`);
    }
  }

  // Second tagging pass, trained on the jackknifed first-pass tags it will see at run time.
  const tagger2 = toModel(
    trainTagger(tagged.map((s, i) => ({ ...s, ahead: predictedTags[i] })), tagClasses.length, options.tagEpochs, random, log),
    tagClasses, options.prune,
  );
  const tagBoth = (w: WordAttributes): Uint32Array => tagSentence(tagger2.model, w, tagSentence(tagger.model, w));
  log(`second tagging pass done (${elapsed()})`);

  // Parser and labeller.
  const labels = classList(data.trees.flatMap((s) => s.labels));
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const trees: TreeExample[] = data.trees.map((s, i) => ({
    w: tagged[i].w, tags: predictedTags[i],
    heads: Int32Array.from(s.heads, (h) => h - 1),
    labels: Uint32Array.from(s.labels, (l) => labelIndex.get(l) ?? 0),
  }));
  log(`parser: ${labels.length} labels`);
  const parser = toModel(trainParser(trees, options.parseEpochs, random, log), ['shift', 'left', 'right'], options.prune);
  const labeller = toModel(trainLabeller(trees, labels.length, options.labelEpochs, random, log), labels, options.prune);
  log(`parser and labeller done (${elapsed()})`);

  const ner = trainNer(data.entities, clusters, gazetteer, tagBoth, options, random, log);
  log(`recogniser done (${elapsed()})`);

  const meta = (extra: object): object => ({ format: 1, seed: options.seed, options, ...extra });
  writeBundle(`${outDir}/tagger.bin`, meta({ kind: 'tagger', classes: tagClasses }), [
    ...linearSections('tag', tagger.sections), ...linearSections('tag2', tagger2.sections),
  ]);
  writeBundle(`${outDir}/parser.bin`, meta({ kind: 'parser', labels }), [
    ...linearSections('parse', parser.sections), ...linearSections('label', labeller.sections),
  ]);
  writeNer(outDir, ner.sections, options);
  log(`weights written to ${outDir} (${elapsed()}): tagger ${tagger.sections.keys.length} + ${tagger2.sections.keys.length} features, parser ${parser.sections.keys.length}, labeller ${labeller.sections.keys.length}, recogniser ${ner.sections.keys.length}`);
}

const NER_CLASSES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

function trainNer(
  entities: readonly NerDocument[], clusters: WordClusters, gazetteer: Gazetteer, tag: (w: WordAttributes) => Uint32Array,
  options: TrainOptions, random: Random, log: Log,
): { sections: ReturnType<Perceptron['export']> } {
  const nerIndex = new Map(NER_CLASSES.map((l, i) => [l, i]));
  const documents = entities.map((document) => document.sentences.map((sentence) => {
    const w = wordAttributes(sentence.forms, clusters);
    return { w, tags: tag(w), gazetteer: gazetteer.match(w), runs: capitalisedRuns(w), gold: Uint32Array.from(sentence.labels, (l) => nerIndex.get(l) ?? 0) };
  }));
  log(`recogniser: ${documents.length} documents`);
  return toModel(trainRecogniser(documents, NER_CLASSES, options.nerEpochs, random, log), NER_CLASSES, options.prune);
}

function writeNer(outDir: string, sections: LinearSections, options: TrainOptions): void {
  writeBundle(`${outDir}/ner.bin`, { format: 1, seed: options.seed, options, kind: 'ner', classes: NER_CLASSES }, linearSections('ner', sections));
}

/** Retrains only the recogniser, with the tagger already in `outDir` (for tuning its features). */
export function retrainRecogniser(entities: readonly NerDocument[], outDir: string, options: TrainOptions, log: Log): void {
  const m = loadModels(outDir);
  const tag = (w: WordAttributes): Uint32Array => tagSentence(m.tagger2, w, tagSentence(m.tagger, w));
  writeNer(outDir, trainNer(entities, m.clusters, m.gazetteer, tag, options, seededRandom(options.seed + 1), log).sections, options);
}

import { readFileSync } from 'node:fs';
function readFileText(path: string): string { return readFileSync(path, 'utf8'); }

interface CliOptions { corpora: string; out: string; options: TrainOptions; clusters: boolean; evaluate: boolean; docred: boolean; onlyNer: boolean }

function parseArgs(argv: readonly string[]): CliOptions {
  const cli: CliOptions = { corpora: '../shared/corpora', out: 'models', options: { ...DEFAULT_OPTIONS }, clusters: true, evaluate: true, docred: false, onlyNer: false };
  const numeric: Record<string, keyof TrainOptions> = {
    '--seed': 'seed', '--tag-epochs': 'tagEpochs', '--parse-epochs': 'parseEpochs', '--label-epochs': 'labelEpochs',
    '--ner-epochs': 'nerEpochs', '--folds': 'folds', '--prune': 'prune',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--corpora') cli.corpora = argv[++i];
    else if (arg === '--out') cli.out = argv[++i];
    else if (arg === '--keep-clusters') cli.clusters = false;
    else if (arg === '--no-eval') cli.evaluate = false;
    else if (arg === '--docred') cli.docred = true;
    else if (arg === '--only-ner') cli.onlyNer = true;
    else if (arg in numeric) {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value)) throw new Error(`${arg} needs a number`);
      cli.options[numeric[arg]] = value;
    } else throw new Error(`unknown option "${arg}" (known: --corpora DIR --out DIR --seed N --keep-clusters --no-eval --docred --only-ner ${Object.keys(numeric).join(' ')})`);
  }
  return cli;
}

function entitySets(corpora: string, docred: boolean): NerDocument[] {
  return [
    ...readNerSet(corpora, 'uner-train'), ...readNerSet(corpora, 'gum-ner-train'), ...readNerSet(corpora, 'wikigold'),
    ...(docred ? readDocred(corpora) : []),
  ];
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  const corpora = resolve(cli.corpora);
  const out = resolve(cli.out);
  const log: Log = (line) => process.stderr.write(`${line}\n`);
  if (!existsSync(corpora)) throw new Error(`corpora directory ${corpora} not found (--corpora DIR)`);
  mkdirSync(out, { recursive: true });
  if (cli.onlyNer) {
    retrainRecogniser(entitySets(corpora, cli.docred), out, cli.options, log);
    if (cli.evaluate) process.stdout.write(`${evaluateAll(corpora, loadModels(out), 'dev')}\n`);
    return;
  }
  if (cli.clusters || !existsSync(`${out}/clusters.bin`)) {
    const { buildClusters } = await import('./clusters.js');
    buildClusters(`${out}/clusters.bin`, cli.options.seed, 100000);
  }
  writeFileSync(`${out}/gazetteer.txt`, buildGazetteer(corpora));
  const data: TrainingData = {
    trees: [...readTreebank(corpora, 'ewt-train'), ...readTreebank(corpora, 'gum-train')],
    entities: entitySets(corpora, cli.docred),
  };
  trainModels(data, out, cli.options, log);
  if (cli.evaluate) process.stdout.write(`${evaluateAll(corpora, loadModels(out))}\n`);
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('train.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`train: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
