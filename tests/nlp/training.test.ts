import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConllu, readIob2 } from '../../src/nlp/formats.js';
import { DEFAULT_MODEL_DIR, loadModels } from '../../src/nlp/models.js';
import { parseText } from '../../src/nlp/pipeline.js';
import { nerDocuments, treeSentences } from '../../training/src/corpora.js';
import { DEFAULT_OPTIONS, trainModels, type TrainingData } from '../../training/src/train.js';

const FIXTURES = new URL('../fixtures/nlp/', import.meta.url);
const data: TrainingData = {
  trees: treeSentences(readConllu(readFileSync(new URL('ewt-train-tiny.conllu', FIXTURES), 'utf8'))),
  entities: nerDocuments(readIob2(readFileSync(new URL('uner-train-tiny.iob2', FIXTURES), 'utf8'))),
};
const OPTIONS = { ...DEFAULT_OPTIONS, tagEpochs: 3, parseEpochs: 3, labelEpochs: 2, nerEpochs: 2, seed: 7 };
const dirs: string[] = [];

function trainInto(seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-train-'));
  dirs.push(dir);
  for (const file of ['clusters.bin', 'gazetteer.txt']) copyFileSync(join(DEFAULT_MODEL_DIR, file), join(dir, file));
  trainModels(data, dir, { ...OPTIONS, seed }, () => {});
  return dir;
}

afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

describe('training (tiny run on 40 EWT sentences)', () => {
  it('is deterministic: the same seed gives byte-identical weights, another seed does not', () => {
    const first = trainInto(7);
    const second = trainInto(7);
    const other = trainInto(8);
    for (const file of ['tagger.bin', 'parser.bin', 'ner.bin']) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file)))).toBe(true);
    }
    expect(readFileSync(join(other, 'parser.bin')).equals(readFileSync(join(first, 'parser.bin')))).toBe(false);
  });

  it('produces models the runtime loads and runs', () => {
    const dir = trainInto(7);
    const trained = loadModels(dir);
    const sentences = parseText('The company said it would open a store in Boston.', {}, trained);
    expect(sentences).toHaveLength(1);
    expect(sentences[0].words.filter((w) => w.head === -1)).toHaveLength(1);
    expect(trained.tagger.classes).toContain('NOUN|NN');
  });
});
