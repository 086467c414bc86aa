import { describe, expect, it } from 'vitest';
import { readConllu, readIob2, writeConllu, writeIob2 } from '../../src/nlp/formats.js';

const word = (id: string, form: string, head = '0'): string => [id, form, '_', 'X', '_', '_', head, 'dep', '_', '_'].join('\t');

describe('CoNLL-U and IOB2 readers', () => {
  it('round-trip sentences, keeping multiword-token and empty-node lines', () => {
    const text = ['# sent_id = 1', '1-2\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_', word('1', 'do'), word('2', "n't", '1'), '2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_', ''].join('\n');
    const sentences = readConllu(`${text}\n`);
    expect(sentences[0].words.map((w) => w.form)).toEqual(['do', "n't"]);
    expect(writeConllu(sentences)).toBe(`${text}\n`);
    const iob = '# newdoc id = d\n1\tParis\tB-LOC\t-\t-\n2\tis\tO\t-\t-\n\n';
    expect(writeIob2(readIob2(iob))).toBe(iob);
  });

  it('name the line of each kind of error', () => {
    const error = (text: string): string => { try { readConllu(text); return ''; } catch (e) { return (e as Error).message; } };
    expect(error(`${word('1', 'a')}\n${word('3', 'b')}\n`)).toBe('line 2: word id 3 out of order (expected 2)');
    expect(error(`${word('1', 'a')}\n${word('2', 'b', '7')}\n\n`)).toBe('line 2: head 7 outside its sentence of 2 words');
    expect(error(`${word('1', 'a', 'x')}\n`)).toBe('line 1: bad head "x"');
    expect(error(`${word('1', 'a')}\n# late comment\n`)).toBe('line 2: comment inside a sentence');
    expect(() => readIob2('1\tParis\tB-LOC\n2\tis\n')).toThrow('line 2: expected at least 3 tab-separated columns');
  });
});
