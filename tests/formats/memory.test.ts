// The GEXF export of a 100,000-edge graph must stream: the heap may grow by a small fraction of the
// file, never by the file. Measured in a child process, on memory only (no timing assertions).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface ProbeResult {
  nodes: number;
  edges: number;
  fileBytes: number;
  baselineHeap: number;
  peakHeapGrowth: number;
  peakLiveGrowth: number;
}

const PROBE = join(dirname(fileURLToPath(import.meta.url)), 'memory-probe.ts');

function probe(edges: number, mode: 'with-layout' | 'writer', gcEvery: number): ProbeResult {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-memory-'));
  const file = join(dir, 'graph.gexf');
  try {
    const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', PROBE, file, String(edges), mode, String(gcEvery)], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`memory probe failed: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const measured = JSON.parse(result.stdout.trim().split('\n').pop() as string) as ProbeResult;
    expect(statSync(file).size).toBe(measured.fileBytes);
    return measured;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

describe('GEXF export memory', () => {
  it('streams a 100,000-edge graph with peak heap growth well below the file size', () => {
    const result = probe(100_000, 'with-layout', 50);
    console.info(`GEXF 1.3 dynamic, ${result.nodes} nodes / ${result.edges} edges (layout included): file ${mb(result.fileBytes)}, `
      + `peak live heap growth ${mb(result.peakLiveGrowth)}, peak heap growth with garbage ${mb(result.peakHeapGrowth)}`);
    expect(result.edges).toBe(100_000);
    expect(result.fileBytes).toBeGreaterThan(50e6);
    // What the export keeps alive: positions and key snapshots, a few bytes per node and edge.
    expect(result.peakLiveGrowth).toBeLessThan(result.fileBytes / 10);
    // Even counting garbage not yet collected, far from holding the file.
    expect(result.peakHeapGrowth).toBeLessThan(result.fileBytes / 2);
  }, 300_000);
});
