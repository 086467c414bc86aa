// `newsgraph query` as a user runs it, over a store of two hand-extracted articles (so that the answers
// do not depend on extraction quality).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../src/store/index.js';
import { KABUL_TEXT, kabulExtraction, SECOND_TEXT, secondExtraction } from '../store/fixtures.js';
import { errorLines, newsgraph } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-query-'));
const data = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  const store = GraphStore.open(data);
  store.ingestExtraction({ text: KABUL_TEXT, title: 'Kabul airport', published: '2021-08-25' }, kabulExtraction());
  store.ingestExtraction({ text: SECOND_TEXT, title: 'Ankara', published: '2021-09-10' }, secondExtraction());
  store.close();
});

const query = (...args: string[]) => newsgraph('query', '--data', data, ...args);

interface RelationJson { source: { label: string }; predicate: string; target: { label: string }; evidence: Array<{ text: string }> }

describe('newsgraph query', () => {
  it('relations: filtered by name and predicate, as JSON with evidence', () => {
    const run = query('relations', '--target', 'Turkey', '--predicate', 'requests', '--json');
    expect(run.status, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { total: number; relations: RelationJson[] };
    expect(answer.total).toBe(1);
    expect(answer.relations[0]).toMatchObject({ source: { label: 'Taliban' }, predicate: 'requests', target: { label: 'Turkey' } });
    expect(answer.relations[0].evidence[0].text).toBe('The Taliban asked Turkey for technical assistance at Kabul airport.');
  });

  it('relations as readable lines, with the sentence that states each', () => {
    const run = query('relations', '--source', 'Erdogan', '--predicate', 'criticizes');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Recep Tayyip Erdogan —criticizes→ Taliban');
    expect(run.stdout).toContain('“President Tayyip Erdoğan criticized the Taliban in Ankara.” [Ankara]');
    expect(run.stdout).toContain('(1 of 1)');
  });

  it('entities, entity, neighbors, paths and ontology', () => {
    expect(query('entities', 'turk').stdout).toMatch(/^turkey {2}Turkey \(country/m);
    expect(query('entity', 'Biden').stdout).toMatch(/^Joe Biden \(person, USA\)/);
    const neighbors = JSON.parse(query('neighbors', 'Taliban', '--json').stdout) as { nodes: Array<{ key: string }> };
    expect(neighbors.nodes.map((n) => n.key).sort()).toEqual(['recep-tayyip-erdogan', 'taliban', 'turkey']);
    expect(query('paths', 'Taliban', 'Joe Biden', '--max-length', '2').stdout).toMatch(/^Taliban — Recep Tayyip Erdogan — Joe Biden \(2 hops\)/m);
    expect(query('ontology').stdout).toMatch(/^requests {9}02 {6}1 {2}requests$/m);
  });

  it('a name that matches nothing: one line, exit 1', () => {
    const run = query('entity', 'Atlantis');
    expect(run.status).toBe(1);
    expect(errorLines(run)).toEqual(["newsgraph query: entity: no entity with id or name 'Atlantis'"]);
  });

  it('a bad parameter or query: one line, exit 2', () => {
    for (const args of [['relations', '--limit', '0'], ['relations', '--predicate', 'hugs'], ['neighbors', 'Taliban', '--depth', '9'], ['weather'], []]) {
      const run = query(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(errorLines(run), args.join(' ')).toHaveLength(1);
    }
  });

  it('no store: one line, exit 1', () => {
    const run = newsgraph('query', '--data', join(dir, 'empty'), 'ontology');
    expect(run.status).toBe(1);
    expect(errorLines(run)[0]).toMatch(/no graph stored/);
  });
});
