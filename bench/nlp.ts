// Benchmark: the trained models (tokenise + tag + parse + entities) on one core, in tokens per second,
// against wink-nlp's tokeniser + POS tagger on the same documents in the same process.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { models } from '../src/nlp/models.js';
import { parseText } from '../src/nlp/pipeline.js';
import { splitSentences } from '../src/nlp/tokenize.js';
import { type CorpusDocument, corpusBytes, generateCorpus } from './corpus.js';
import { formatNumber, median, ratio } from './stats.js';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

interface Contender { name: string; process: (doc: CorpusDocument) => number }

function time(contender: Contender, corpus: readonly CorpusDocument[]): number {
  let sink = 0;
  const start = performance.now();
  for (const doc of corpus) sink += contender.process(doc);
  const ms = performance.now() - start;
  if (sink < 0) throw new Error('unreachable');
  return ms;
}

export const nlpBenchmark: Benchmark = {
  name: 'nlp',
  title: 'Trained models throughput',
  async run(context: BenchContext): Promise<BenchResult> {
    const corpus = generateCorpus({ minBytes: context.quick ? 100_000 : 1_000_000 });
    const tokens = corpus.reduce((sum, doc) => sum + splitSentences(doc.text).reduce((n, s) => n + s.tokens.length, 0), 0);
    const loadStart = performance.now();
    models();
    const loadMs = performance.now() - loadStart;
    const wink = winkNLP(model, ['sbd', 'pos']);
    const contenders: Contender[] = [
      { name: 'newsgraph tokenise + tag + parse + NER', process: (doc) => parseText(doc.text).length },
      { name: 'newsgraph tokenise + tag', process: (doc) => parseText(doc.text, { parse: false, ner: false }).length },
      { name: 'newsgraph tokenise only', process: (doc) => splitSentences(doc.text).length },
      { name: 'wink-nlp tokens + POS (baseline)', process: (doc) => (wink.readDoc(doc.text).tokens().out(wink.its.pos) as string[]).length },
    ];
    const runs = context.quick ? 1 : 3;
    for (const contender of contenders) time(contender, corpus.slice(0, 20));
    const times = contenders.map(() => [] as number[]);
    for (let run = 0; run < runs; run++) {
      contenders.forEach((contender, i) => {
        const ms = time(contender, corpus);
        times[i].push(ms);
        context.log(`run ${run + 1}: ${contender.name} ${(ms / 1000).toFixed(2)} s`);
      });
    }
    const seconds = times.map((t) => median(t) / 1000);
    const full = tokens / seconds[0];
    const vsWink = ratio(seconds[3], seconds[0]);
    return {
      name: 'nlp',
      title: `Trained models: ${corpus.length} documents, ${(corpusBytes(corpus) / 1e6).toFixed(2)} MB, ${tokens.toLocaleString('en-US')} tokens, one core (median of ${runs}); models loaded in ${formatNumber(loadMs, 0)} ms`,
      tables: [{
        title: 'Throughput (same process, same text)',
        columns: ['pipeline', 'tokens/s', 'vs wink-nlp tagging'],
        rows: contenders.map((c, i) => [c.name, formatNumber(tokens / seconds[i], 0), `${formatNumber(ratio(seconds[3], seconds[i]) * 100, 0)}%`]),
      }],
      targets: [
        { target: 'tag + parse + NER ≥ 50,000 tokens/s on one core', value: formatNumber(full, 0), met: full >= 50_000 },
        { target: 'models load in ≤ 1 s', value: `${formatNumber(loadMs, 0)} ms`, met: loadMs <= 1000 },
      ],
      notes: [`full pipeline runs at ${formatNumber(vsWink * 100, 0)}% of wink-nlp tokenisation + tagging speed`],
      data: { documents: corpus.length, tokens, runs, loadMs, seconds, tokensPerSecond: seconds.map((s) => tokens / s) },
    };
  },
};
