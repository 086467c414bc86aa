// Benchmark 1: extraction throughput on ≥ 2 MB of news text, against two baselines run in the same
// process on the same documents: wink-nlp tokenisation + POS tagging alone (the floor of our
// pipeline, which is built on it) and compromise's people/places/organisations detection.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../src/extract/index.js';
import { type CorpusDocument, corpusBytes, corpusWords, generateCorpus } from './corpus.js';
import { formatNumber, median, ratio } from './stats.js';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

interface Contender {
  name: string;
  /** Processes one document and returns how many things it found (so the work is not optimised away). */
  process: (doc: CorpusDocument) => number;
}

function winkTagger(): Contender {
  const wink = winkNLP(model, ['sbd', 'pos']);
  const its = wink.its;
  return {
    name: 'wink-nlp tokens + POS (baseline)',
    process: (doc) => {
      const tokens = wink.readDoc(doc.text).tokens();
      const words = tokens.out() as string[];
      const tags = tokens.out(its.pos) as string[];
      return words.length + tags.length;
    },
  };
}

function compromiseEntities(): Contender {
  return {
    name: 'compromise people/places/orgs (baseline)',
    process: (doc) => {
      const view = nlp(doc.text);
      return view.people().out('array').length + view.places().out('array').length + view.organizations().out('array').length;
    },
  };
}

function newsgraphExtractor(): Contender {
  return {
    name: 'newsgraph extractDocument',
    process: (doc) => {
      const result = extractDocument(doc.text, doc.id);
      return result.entities.length + result.relations.length;
    },
  };
}

function timeContender(contender: Contender, corpus: readonly CorpusDocument[]): { ms: number; found: number } {
  let found = 0;
  const start = performance.now();
  for (const doc of corpus) found += contender.process(doc);
  return { ms: performance.now() - start, found };
}

export const extractionBenchmark: Benchmark = {
  name: 'extraction',
  title: 'Extraction throughput',
  async run(context: BenchContext): Promise<BenchResult> {
    const corpus = generateCorpus({ minBytes: context.quick ? 100_000 : 2_000_000 });
    const bytes = corpusBytes(corpus);
    const words = corpusWords(corpus);
    const runs = context.quick ? 1 : 3;
    context.log(`corpus: ${corpus.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${words} words; ${runs} run(s)`);

    const contenders = [newsgraphExtractor(), winkTagger(), compromiseEntities()];
    const warmUp = corpus.slice(0, context.quick ? 10 : 60);
    for (const contender of contenders) timeContender(contender, warmUp);

    const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
    const found = new Map<string, number>();
    for (let run = 0; run < runs; run++) {
      // Rotate the order so that no contender always runs first (or last) on a noisy machine.
      for (let i = 0; i < contenders.length; i++) {
        const contender = contenders[(i + run) % contenders.length];
        const { ms, found: n } = timeContender(contender, corpus);
        times.get(contender.name)?.push(ms);
        found.set(contender.name, n);
        context.log(`run ${run + 1}: ${contender.name} ${(ms / 1000).toFixed(2)} s`);
      }
    }

    const seconds = (name: string): number => median(times.get(name) ?? []) / 1000;
    const [ours, wink, compromise] = contenders.map((c) => seconds(c.name));
    const ofWink = ratio(wink, ours); // fraction of the tagger's speed (speed ∝ 1/time)
    const overCompromise = ratio(compromise, ours);
    const row = (c: Contender, s: number, vs: string): string[] => [
      c.name, formatNumber(words / s), formatNumber(bytes / 1e6 / s), formatNumber((s * 1000) / corpus.length), vs,
    ];
    return {
      name: 'extraction',
      title: `Extraction throughput: ${corpus.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${words.toLocaleString('en-US')} words (median of ${runs})`,
      tables: [{
        title: 'Throughput (same process, same text)',
        columns: ['pipeline', 'words/s', 'MB/s', 'ms/doc', 'newsgraph vs this'],
        rows: [
          row(contenders[0], ours, '—'),
          row(contenders[1], wink, `${formatNumber(ofWink * 100, 0)}% of its speed`),
          row(contenders[2], compromise, `${formatNumber(overCompromise)}× its speed`),
        ],
      }],
      targets: [
        { target: 'extraction ≥ 40% of wink-nlp tagging speed', value: `${formatNumber(ofWink * 100, 0)}%`, met: ofWink >= 0.4 },
        { target: 'extraction ≥ 5× compromise', value: `${formatNumber(overCompromise)}×`, met: overCompromise >= 5 },
      ],
      notes: [`newsgraph found ${found.get(contenders[0].name)} entities + relations in the corpus`],
      data: {
        documents: corpus.length, bytes, words, runs,
        seconds: { newsgraph: ours, winkTagging: wink, compromise },
        wordsPerSecond: { newsgraph: words / ours, winkTagging: words / wink, compromise: words / compromise },
        fractionOfWink: ofWink,
        multipleOfCompromise: overCompromise,
      },
    };
  },
};
