// Reading the training and evaluation corpora (layout of ../shared/corpora, see docs/models.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, readIob2, type ConlluSentence, type IobSentence } from '../../src/nlp/formats.js';

export interface TreeSentence { forms: string[]; tags: string[]; heads: number[]; labels: string[]; text: string }
export interface NerSentence { forms: string[]; labels: string[] }
export interface NerDocument { sentences: NerSentence[] }

export const TREEBANKS = {
  'ewt-train': 'ud-ewt/en_ewt-ud-train.conllu', 'ewt-dev': 'ud-ewt/en_ewt-ud-dev.conllu', 'ewt-test': 'ud-ewt/en_ewt-ud-test.conllu',
  'gum-train': 'gum-open/train.conllu', 'gum-dev': 'gum-open/dev.conllu', 'gum-test': 'gum-open/test.conllu',
} as const;

export const NER_SETS = {
  'uner-train': 'uner-ewt/en_ewt-ud-train.iob2', 'uner-dev': 'uner-ewt/en_ewt-ud-dev.iob2', 'uner-test': 'uner-ewt/en_ewt-ud-test.iob2',
  'gum-ner-train': 'gum-open/ner/train.iob2', 'gum-ner-dev': 'gum-open/ner/dev.iob2', 'gum-ner-test': 'gum-open/ner/test.iob2',
  wikigold: 'wikigold/wikigold.iob2',
} as const;

function readText(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`corpus file ${path} is missing (see docs/models.md for where to get it)`);
  return readFileSync(path, 'utf8');
}

export function treeSentences(sentences: readonly ConlluSentence[]): TreeSentence[] {
  return sentences.map((sentence) => ({
    forms: sentence.words.map((w) => w.form),
    tags: sentence.words.map((w) => `${w.upos}|${w.xpos}`),
    heads: sentence.words.map((w) => w.head),
    labels: sentence.words.map((w) => w.deprel),
    text: (sentence.comments.find((c) => c.startsWith('# text = ')) ?? '').slice('# text = '.length),
  }));
}

export function readTreebank(dir: string, name: keyof typeof TREEBANKS): TreeSentence[] {
  return treeSentences(readConllu(readText(dir, TREEBANKS[name])));
}

export function nerDocuments(sentences: readonly IobSentence[]): NerDocument[] {
  const documents: NerDocument[] = [];
  for (const sentence of sentences) {
    if (sentence.newDocument || documents.length === 0) documents.push({ sentences: [] });
    documents[documents.length - 1].sentences.push({
      forms: sentence.rows.map((row) => row[1]),
      labels: sentence.rows.map((row) => (row[2] === '_' ? 'O' : row[2])),
    });
  }
  return documents;
}

export function readNerSet(dir: string, name: keyof typeof NER_SETS): NerDocument[] {
  return nerDocuments(readIob2(readText(dir, NER_SETS[name])));
}

interface DocredMention { type: string; pos: [number, number]; sent_id: number }
interface DocredDocument { sents: string[][]; vertexSet: DocredMention[][] }

/** Re-DocRED documents as PER/ORG/LOC BIO2 sentences (other types → O; on overlap the longer mention wins). */
export function readDocred(dir: string): NerDocument[] {
  const documents: NerDocument[] = [];
  for (const file of ['re-docred/dev_revised.json', 're-docred/test_revised.json']) {
    const data = JSON.parse(readText(dir, file)) as DocredDocument[];
    for (const doc of data) {
      const labels = doc.sents.map((sentence) => sentence.map(() => 'O'));
      const mentions = doc.vertexSet.flat()
        .filter((m) => m.type === 'PER' || m.type === 'ORG' || m.type === 'LOC')
        .sort((a, b) => (b.pos[1] - b.pos[0]) - (a.pos[1] - a.pos[0]) || a.sent_id - b.sent_id || a.pos[0] - b.pos[0]);
      for (const mention of mentions) {
        const row = labels[mention.sent_id];
        if (!row) continue;
        const [start, end] = mention.pos;
        if (end <= start || end > row.length || row.slice(start, end).some((l) => l !== 'O')) continue;
        for (let i = start; i < end; i++) row[i] = `${i === start ? 'B' : 'I'}-${mention.type}`;
      }
      documents.push({ sentences: doc.sents.map((forms, i) => ({ forms, labels: labels[i] })) });
    }
  }
  return documents;
}
