// The seed article through the real command and the contract's scorer (vendored under
// tests/fixtures/seed): the extraction contract end to end. It never skips: everything it needs is in
// the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drops, ratchet, readFloors } from './floors.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures/seed');
const SCORER = join(FIXTURES, 'score-graph.mjs');
const GOLD = join(FIXTURES, 'seed-article.gold.json');
const FLOORS = readFloors('seed');

describe('seed article against the gold graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps entity and relation F1 within one point of their floors (${FLOORS.entityF1}, ${FLOORS.relationF1}) and finds every required relation`, () => {
    const graph = join(dir, 'graph.json');
    execFileSync('npm', ['run', '-s', 'extract', '--', 'seeds/turkey-taliban-kabul-airport.txt', '--out', graph], { cwd: ROOT, stdio: 'pipe' });
    const score = spawnSync(process.execPath, [SCORER, graph, GOLD], { cwd: ROOT, encoding: 'utf8' });
    const report = `${score.stdout}${score.stderr}`;
    expect(score.status, report).toBe(0);
    const summary = /entities P=\S+ R=\S+ F1=([\d.]+).* relations P=\S+ R=\S+ F1=([\d.]+)/.exec(report);
    expect(summary, report).not.toBeNull();
    const measured = { entityF1: Number(summary?.[1]), relationF1: Number(summary?.[2]) };
    expect(drops(FLOORS, measured), report).toEqual([]);
    ratchet('seed', FLOORS, measured);
    const required = /(\d+)\/(\d+) required found/.exec(report);
    expect(required, report).not.toBeNull();
    expect(Number(required?.[1]), report).toBe(Number(required?.[2]));
    expect(report).toMatch(/relations missed \(0\)/);
  });
});
