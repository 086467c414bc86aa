// `newsgraph extract` as a user runs it: real processes, real files, the extraction contract's outputs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/newsgraph.js');
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, 'extract', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface GraphJson {
  nodes: Array<{ key: string; attributes: { label: string; entityType: string; aliases: string[] } }>;
  edges: Array<{ source: string; target: string; attributes: { predicate: string; cameo: string | null; evidence: Array<{ doc: string; sentence: number; start: number; end: number; text: string }> } }>;
}

const ANDES = file('andes.txt', 'Chilean President Elena Rojas met Peru\u2019s foreign minister in Lima.\nChile withdrew its troops from Bolivia on Monday.\n');
const SAHEL = file('sahel.txt', 'Ghana will send troops to Mali. Nigeria criticized Niger.\n');

describe('newsgraph extract', () => {
  it('writes a merged graph with labelled, typed nodes and evidenced, coded edges', () => {
    const out = join(dir, 'graph.json');
    const run = extract(ANDES, SAHEL, '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as GraphJson;
    const chile = graph.nodes.find((n) => n.key === 'chile');
    expect(chile?.attributes).toMatchObject({ label: 'Chile', entityType: 'country' });
    expect(chile?.attributes.aliases).toContain('Chilean');
    expect(graph.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['elena-rojas', 'peru', 'bolivia', 'ghana', 'mali', 'nigeria', 'niger']));
    const withdrawal = graph.edges.find((e) => e.source === 'chile' && e.target === 'bolivia' && e.attributes.predicate === 'withdraws_from');
    expect(withdrawal?.attributes.cameo).toBe('08');
    const [evidence] = withdrawal?.attributes.evidence ?? [];
    expect(evidence).toMatchObject({ doc: ANDES, sentence: 1, text: 'Chile withdrew its troops from Bolivia on Monday.' });
    expect(readFileSync(ANDES, 'utf8').slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(graph.edges.some((e) => e.source === 'nigeria' && e.target === 'niger' && e.attributes.predicate === 'criticizes')).toBe(true);
  });

  it('writes the graph to standard output without --out', () => {
    const run = extract(SAHEL);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as GraphJson).nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['ghana', 'mali']));
  });

  it('writes one graph per file with --each', () => {
    const out = join(dir, 'each');
    const run = extract(ANDES, SAHEL, '--each', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const andes = JSON.parse(readFileSync(join(out, 'andes.json'), 'utf8')) as GraphJson;
    const sahel = JSON.parse(readFileSync(join(out, 'sahel.json'), 'utf8')) as GraphJson;
    expect(andes.nodes.map((n) => n.key)).toContain('chile');
    expect(andes.nodes.map((n) => n.key)).not.toContain('ghana');
    expect(sahel.nodes.map((n) => n.key)).toContain('ghana');
    expect(sahel.nodes.map((n) => n.key)).not.toContain('chile');
  });

  it('writes mentions whose offsets slice the file text with --mentions', () => {
    const out = join(dir, 'mentions.json');
    const run = extract(ANDES, SAHEL, '--mentions', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const mentions = JSON.parse(readFileSync(out, 'utf8')) as Array<{ doc: string; start: number; end: number; text: string; entityType: string; entity: string }>;
    expect(mentions.length).toBeGreaterThan(8);
    const texts = new Map([[ANDES, readFileSync(ANDES, 'utf8')], [SAHEL, readFileSync(SAHEL, 'utf8')]]);
    for (const m of mentions) {
      expect(Object.keys(m).sort()).toEqual(['doc', 'end', 'entity', 'entityType', 'start', 'text']);
      expect(texts.get(m.doc)?.slice(m.start, m.end)).toBe(m.text);
    }
    expect(mentions.find((m) => m.text === 'Peru')).toMatchObject({ doc: ANDES, entity: 'peru', entityType: 'country' });
  });

  it('gives an empty graph and exit 0 for a text without entities', () => {
    const out = join(dir, 'none.json');
    const run = extract(file('weather.txt', 'It rained all week and the roads were closed.\n'), '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as GraphJson;
    expect(graph.nodes).toEqual([]);
    expect(graph.edges).toEqual([]);
  });

  it('prints usage with --help', () => {
    const run = extract('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/usage: newsgraph extract FILE/);
    expect(run.stdout).toMatch(/--each/);
    expect(run.stdout).toMatch(/--mentions/);
  });
});

describe('newsgraph extract on bad input', () => {
  mkdirSync(join(dir, 'folder'), { recursive: true });
  const cases: Array<[string, string, RegExp]> = [
    ['an empty file', file('empty.txt', ''), /empty/],
    // An ELF header: valid UTF-8 bytes, but control characters no text has.
    ['a binary file', file('program.bin', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0, 0x3e, 0])), /binary/],
    ['invalid UTF-8', file('latin1.txt', new Uint8Array([...Buffer.from('Bogot'), 0xe1, ...Buffer.from(' hosted talks.\n')])), /UTF-8/],
    ['a missing file', join(dir, 'no-such-file.txt'), /no such file/],
    ['a directory', join(dir, 'folder'), /directory/],
  ];

  for (const [name, path, message] of cases) {
    it(`fails on ${name} with one line on stderr and writes nothing`, () => {
      const out = join(dir, `bad-${name.replace(/\W+/g, '-')}.json`);
      const run = extract(ANDES, path, '--out', out);
      expect(run.status).not.toBe(0);
      const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).toContain(path);
      expect(() => readFileSync(out)).toThrow();
    });
  }

  it('fails with a usage error without input files', () => {
    const run = extract('--out', join(dir, 'x.json'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
