import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../src/nlp/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-nlp-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const CONLLU = [
  '# sent_id = s1', '# text = Obama visited Paris.',
  '1\tObama\t_\t_\t_\t_\t_\t_\t_\t_', '2\tvisited\t_\t_\t_\t_\t_\t_\t_\t_', '3\tParis\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No', '4\t.\t_\t_\t_\t_\t_\t_\t_\t_', '',
].join('\n');

describe('parse and ner commands', () => {
  it('parse writes predicted UPOS, XPOS, HEAD and DEPREL in CoNLL-U', () => {
    const out = join(dir, 'out.conllu');
    const result = run('parse', file('in.conllu', CONLLU), '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = readFileSync(out, 'utf8').split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split('\t'));
    expect(rows.map((r) => r[1])).toEqual(['Obama', 'visited', 'Paris', '.']);
    expect(rows.map((r) => r[3])).toEqual(['PROPN', 'VERB', 'PROPN', 'PUNCT']);
    expect(rows.map((r) => r[6])).toEqual(['2', '0', '2', '2']);
    expect(rows.map((r) => r[7])).toEqual(['nsubj', 'root', 'obj', 'punct']);
    expect(rows[2][9]).toBe('SpaceAfter=No');
  });

  it('ner rewrites the tag column with BIO2 labels', () => {
    const iob = '# newdoc id = d1\n# sent_id = s1\n1\tObama\tO\t-\t-\n2\tvisited\tO\t-\t-\n3\tParis\tO\t-\t-\n4\t.\tO\t-\t-\n\n';
    const result = run('ner', file('in.iob2', iob));
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split('\t')[2])).toEqual(['B-PER', 'O', 'B-LOC', 'O']);
  });

  it('reject malformed CoNLL-U with one line naming the line number, and write nothing', () => {
    const bad = CONLLU.replace('2\tvisited\t_\t_\t_\t_\t_\t_\t_\t_', '2\tvisited\t_\t_\t_');
    const out = join(dir, 'bad.conllu');
    const result = run('parse', file('bad-in.conllu', bad), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^parse: .*bad-in\.conllu:4: expected 10 tab-separated columns, found 5\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('reject malformed IOB2 lines and unreadable files', () => {
    const badTag = run('ner', file('bad.iob2', '# sent_id = s1\n1\tObama\tB-PER\n2\tvisited\tX-Y\n\n'));
    expect(badTag.status).toBe(1);
    expect(badTag.stderr).toMatch(/^ner: .*bad\.iob2:3: bad tag "X-Y"/);
    const badIndex = run('ner', file('bad2.iob2', '1\tObama\tO\n3\tvisited\tO\n'));
    expect(badIndex.stderr).toMatch(/bad2\.iob2:2: word index "3" out of order/);
    const missing = run('parse', join(dir, 'missing.conllu'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^parse: cannot read /);
  });
});
