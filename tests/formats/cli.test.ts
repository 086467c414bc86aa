import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGexf } from '../../src/formats/gexf-read.js';
import { gexfChunks } from '../../src/formats/gexf-write.js';
import { collectChunks } from '../../src/formats/stream.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { GraphStore } from '../../src/store/index.js';
import { sampleGraph } from './fixtures.js';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/newsgraph.js');
const TEXT = 'Turkey offered to secure Kabul airport.';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let data: string;
let counts: { order: number; size: number; documents: number };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-cli-'));
  data = join(dir, 'data');
  const store = GraphStore.open(data);
  const result: ExtractionResult = {
    doc: 'doc',
    entities: [
      { key: 'turkey', label: 'Turkey', entityType: 'country', aliases: [], mentions: 1, country: 'TUR' },
      { key: 'kabul-airport', label: 'Kabul airport', entityType: 'facility', aliases: [], mentions: 1 },
    ],
    mentions: [],
    relations: [{ source: 'turkey', target: 'kabul-airport', predicate: 'offers', modality: 'asserted', confidence: 0.9, evidence: { doc: 'doc', sentence: 0, start: 0, end: TEXT.length, text: TEXT } }],
  };
  store.ingestExtraction({ text: TEXT, published: '2021-06-14' }, result);
  counts = { order: store.graph.order, size: store.graph.size, documents: store.documentCount() };
  store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph export', () => {
  it('writes a GEXF file of the stored graph, and nothing else beside it', async () => {
    const out = join(dir, 'out', 'graph.gexf');
    mkdirSync(dirname(out));
    const run = cli('export', '--format', 'gexf', '--dynamic', '--out', out, '--data', data);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/exported 2 entities and 1 relations/);
    const graph = await readGexf(readFileSync(out));
    expect([graph.order, graph.size]).toEqual([counts.order, counts.size]);
    expect(readFileSync(out, 'utf8')).toContain('<spell start="2021-06-14"');
    expect(readdirSync(dirname(out))).toEqual(['graph.gexf']);
  });

  it('writes nodes.csv and edges.csv into a directory', () => {
    const out = join(dir, 'neo4j');
    const run = cli('export', '--format', 'csv', '--out', out, '--data', data);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8').split('\n')[0]).toMatch(/^id:ID,:LABEL,/);
    expect(readFileSync(join(out, 'edges.csv'), 'utf8').split('\n')[1]).toMatch(/^turkey,kabul-airport,OFFERS,/);
  });

  it('explains a bad invocation in one line', () => {
    const run = cli('export', '--format', 'pdf', '--out', join(dir, 'x'), '--data', data);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--format: 'pdf' is not one of gexf, graphml, json, csv/);
  });
});

describe('newsgraph import', () => {
  it('reads back a CSV directory it exported, adding nothing new', () => {
    const run = cli('import', join(dir, 'neo4j'), '--data', data);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/0 new entities, 0 new relations, 0 new documents/);
  });

  it('refuses a malformed file with its line and leaves the store as it was', () => {
    const broken = collectChunks(gexfChunks(sampleGraph())).replace('</nodes>', '</nodez>');
    const line = broken.split('\n').findIndex((l) => l.includes('</nodez>')) + 1;
    const file = join(dir, 'broken.gexf');
    writeFileSync(file, broken);
    const run = cli('import', file, '--data', data);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(new RegExp(`broken.gexf: line ${line}: malformed XML`));
    const store = GraphStore.open(data);
    try {
      expect({ order: store.graph.order, size: store.graph.size, documents: store.documentCount() }).toEqual(counts);
    } finally {
      store.close();
    }
  });

  it('merges a Gephi file into the store', () => {
    const file = join(dir, 'sample.gexf');
    writeFileSync(file, collectChunks(gexfChunks(sampleGraph(), { version: '1.2draft', dynamic: true })));
    const run = cli('import', file, '--data', data);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/imported .*sample\.gexf: 3 new entities, 4 new relations, 3 new documents/);
    const store = GraphStore.open(data);
    try {
      expect(store.graph.order).toBe(counts.order + 3);
      expect(store.graph.filterNodes((_n, a) => a.label === 'Taliban')).toHaveLength(1);
    } finally {
      store.close();
    }
  });

  it('says which file is missing', () => {
    const run = cli('import', join(dir, 'nope.gexf'), '--data', data);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no such file/);
    expect(existsSync(join(dir, 'nope.gexf'))).toBe(false);
  });
});
