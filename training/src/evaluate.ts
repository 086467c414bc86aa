// Scores models on every dev/test split of the corpora directory and prints one table.
import type { Models } from '../../src/nlp/models.js';
import { analyseWords, newDocument } from '../../src/nlp/pipeline.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { readNerSet, readTreebank, type NerDocument, type TreeSentence } from './corpora.js';
import { ratio, SpanScore, universalRelation, type Counts } from './metrics.js';

export interface TreebankScore { upos: number; xpos: number; uas: number; las: number; uposOwnTokens: number; tokensF1: number; words: number }
export interface NerScore { p: number; r: number; f1: number; byType: Record<string, number> }

/** Character spans of gold words found in order in the sentence text (undefined where not found). */
function goldSpans(sentence: TreeSentence): Array<[number, number] | undefined> {
  let cursor = 0;
  return sentence.forms.map((form) => {
    while (cursor < sentence.text.length && /\s/.test(sentence.text[cursor])) cursor++;
    const at = sentence.text.startsWith(form, cursor) ? cursor : sentence.text.indexOf(form, cursor);
    if (at < 0 || at - cursor > 3) return undefined;
    cursor = at + form.length;
    return [at, at + form.length];
  });
}

export function scoreTreebank(sentences: readonly TreeSentence[], m: Models): TreebankScore {
  const upos: Counts = { correct: 0, total: 0 };
  const xpos: Counts = { correct: 0, total: 0 };
  const uas: Counts = { correct: 0, total: 0 };
  const las: Counts = { correct: 0, total: 0 };
  let ownMatches = 0, ownTagged = 0, ownTokens = 0, goldWords = 0, tokenMatches = 0;
  for (const sentence of sentences) {
    const words = analyseWords(sentence.forms, newDocument(), { ner: false }, m);
    words.forEach((word, i) => {
      const [goldUpos, goldXpos] = sentence.tags[i].split('|');
      upos.total++; xpos.total++; uas.total++; las.total++;
      if (word.upos === goldUpos) upos.correct++;
      if (word.xpos === goldXpos) xpos.correct++;
      if (word.head + 1 === sentence.heads[i]) {
        uas.correct++;
        if (universalRelation(word.deprel) === universalRelation(sentence.labels[i])) las.correct++;
      }
    });
    if (!sentence.text) continue;
    const own = tokenize(sentence.text);
    const tagged = analyseWords(own.map((t) => t.text), newDocument(), { parse: false, ner: false }, m);
    const gold = new Map<string, string>();
    goldSpans(sentence).forEach((span, i) => { if (span) gold.set(`${span[0]}:${span[1]}`, sentence.tags[i].split('|')[0]); });
    goldWords += sentence.forms.length;
    ownTokens += own.length;
    own.forEach((token, i) => {
      const goldTag = gold.get(`${token.start}:${token.end}`);
      if (goldTag === undefined) return;
      tokenMatches++;
      if (goldTag === tagged[i].upos) ownMatches++;
      ownTagged++;
    });
  }
  return {
    upos: ratio(upos), xpos: ratio(xpos), uas: ratio(uas), las: ratio(las),
    uposOwnTokens: (2 * ownMatches) / (goldWords + ownTokens || 1),
    tokensF1: (2 * tokenMatches) / (goldWords + ownTokens || 1),
    words: upos.total,
  };
}

export function scoreNer(documents: readonly NerDocument[], m: Models): NerScore {
  const score = new SpanScore();
  for (const document of documents) {
    const memory = newDocument();
    for (const sentence of document.sentences) {
      const words = analyseWords(sentence.forms, memory, { parse: false }, m);
      score.add(sentence.labels, words.map((w) => w.ner));
    }
  }
  const total = score.prf();
  const byType: Record<string, number> = {};
  for (const type of ['PER', 'ORG', 'LOC']) byType[type] = score.prf(type).f1;
  return { ...total, byType };
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

export function evaluateAll(corpora: string, m: Models, splits: 'dev' | 'all' = 'all'): string {
  const lines: string[] = [];
  lines.push('| treebank | words | UPOS | XPOS | UAS | LAS | UPOS own tokens (F1) | tokens F1 |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  const treebanks = splits === 'dev' ? ['ewt-dev', 'gum-dev'] as const : ['ewt-dev', 'ewt-test', 'gum-dev', 'gum-test'] as const;
  for (const name of treebanks) {
    const s = scoreTreebank(readTreebank(corpora, name), m);
    lines.push(`| ${name} | ${s.words} | ${pct(s.upos)} | ${pct(s.xpos)} | ${pct(s.uas)} | ${pct(s.las)} | ${pct(s.uposOwnTokens)} | ${pct(s.tokensF1)} |`);
  }
  lines.push('');
  lines.push('| entity set | P | R | F1 | F1 PER | F1 ORG | F1 LOC |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  const sets = splits === 'dev' ? ['uner-dev', 'gum-ner-dev'] as const : ['uner-dev', 'uner-test', 'gum-ner-dev', 'gum-ner-test'] as const;
  for (const name of sets) {
    const s = scoreNer(readNerSet(corpora, name), m);
    lines.push(`| ${name} | ${s.p.toFixed(3)} | ${s.r.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.byType.PER.toFixed(3)} | ${s.byType.ORG.toFixed(3)} | ${s.byType.LOC.toFixed(3)} |`);
  }
  return lines.join('\n');
}
