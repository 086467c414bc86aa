// The seed article through the real command and the contract's scorer (vendored under
// tests/fixtures/seed): the extraction contract end to end. It never skips: everything it needs is in
// the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures/seed');
const SCORER = join(FIXTURES, 'score-graph.mjs');
const GOLD = join(FIXTURES, 'seed-article.gold.json');

describe('seed article against the gold graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('meets entity F1 ≥ 0.9 and relation F1 ≥ 0.8 and finds every required relation', () => {
    const graph = join(dir, 'graph.json');
    execFileSync('npm', ['run', '-s', 'extract', '--', 'seeds/turkey-taliban-kabul-airport.txt', '--out', graph], { cwd: ROOT, stdio: 'pipe' });
    const score = spawnSync(process.execPath, [SCORER, graph, GOLD, '--min-entity-f1', '0.9', '--min-relation-f1', '0.8'], { cwd: ROOT, encoding: 'utf8' });
    const report = `${score.stdout}${score.stderr}`;
    expect(score.status, report).toBe(0);
    const required = /(\d+)\/(\d+) required found/.exec(report);
    expect(required, report).not.toBeNull();
    expect(Number(required?.[1]), report).toBe(Number(required?.[2]));
    expect(report).toMatch(/relations missed \(0\)/);
  });
});
