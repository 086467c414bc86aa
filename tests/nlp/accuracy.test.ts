// Quality floor of the shipped models on 300 sentences of EWT dev (vendored): stored figures that fail
// on a real drop, and that must be raised when the models get better (ratchet).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConllu, readIob2 } from '../../src/nlp/formats.js';
import { models } from '../../src/nlp/models.js';
import { nerDocuments, treeSentences } from '../../training/src/corpora.js';
import { scoreNer, scoreTreebank } from '../../training/src/evaluate.js';

const FIXTURES = new URL('../fixtures/nlp/', import.meta.url);
/** Measured with the shipped weights; a drop of more than 0.3 points fails, a gain of more than 1 point asks for a raise. */
const FLOOR = { upos: 0.9607, uas: 0.8298, las: 0.7937, entityF1: 0.6180 };
const DROP = 0.003;
const RAISE = 0.01;

function check(name: keyof typeof FLOOR, measured: number): void {
  expect(measured, `${name} fell below its stored floor`).toBeGreaterThanOrEqual(FLOOR[name] - DROP);
  expect(measured, `${name} is well above its stored floor: raise FLOOR.${name} to ${measured.toFixed(4)}`).toBeLessThanOrEqual(FLOOR[name] + RAISE);
}

describe('accuracy floor on an EWT dev slice', () => {
  it('tags and parses at least as well as when the floor was stored', () => {
    const score = scoreTreebank(treeSentences(readConllu(readFileSync(new URL('ewt-dev-slice.conllu', FIXTURES), 'utf8'))), models());
    check('upos', score.upos);
    check('uas', score.uas);
    check('las', score.las);
  });

  it('recognises entities at least as well as when the floor was stored', () => {
    const score = scoreNer(nerDocuments(readIob2(readFileSync(new URL('uner-dev-slice.iob2', FIXTURES), 'utf8'))), models());
    check('entityF1', score.f1);
  });
});
