// Benchmark 4: GEXF export of a 100,000-edge graph: time and peak memory of our streaming writer
// (src/formats) against graphology-gexf's `write` on the same graph in the same process. Both write
// to a file; both get positioned nodes, so neither runs a layout.
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { write as graphologyGexfWrite } from 'graphology-gexf';
import { writeGexf } from '../src/formats/gexf-write.js';
import { seedPositions } from '../src/graph/layout.js';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { measure, measureAsync, type Measured } from './memory.js';
import { formatMB, formatNumber, median, ratio } from './stats.js';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

interface Figures { ms: number; peakBytes: number; outputBytes: number }

function figures(m: Measured<unknown>, file: string): Figures {
  return { ms: m.ms, peakBytes: m.peakBytes, outputBytes: statSync(file).size };
}

export const gexfBenchmark: Benchmark = {
  name: 'gexf',
  title: 'GEXF export',
  async run(context: BenchContext): Promise<BenchResult> {
    const nodes = context.quick ? 2_000 : 20_000;
    const edges = context.quick ? 10_000 : 100_000;
    const runs = context.quick ? 1 : 3;
    const graph = syntheticGraph({ nodes, edges, seed: 13 });
    seedPositions(graph, 1);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-gexf-'));
    const oursFile = join(dir, 'ours.gexf');
    const theirsFile = join(dir, 'graphology-gexf.gexf');
    const ours: Figures[] = [];
    const theirs: Figures[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        const writeOurs = async (): Promise<void> => {
          const m = await measureAsync(() => writeGexf(graph, createWriteStream(oursFile), { lastModified: '2025-12-31' }));
          ours.push(figures(m, oursFile));
        };
        const writeTheirs = (): void => {
          const m = measure(() => writeFileSync(theirsFile, graphologyGexfWrite(graph)));
          theirs.push(figures(m, theirsFile));
        };
        // Alternate which goes first.
        if (run % 2 === 0) { await writeOurs(); writeTheirs(); } else { writeTheirs(); await writeOurs(); }
        context.log(`run ${run + 1}: ours ${formatNumber(ours[run].ms)} ms, graphology-gexf ${formatNumber(theirs[run].ms)} ms`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const summarise = (list: Figures[]): Figures => ({
      ms: median(list.map((f) => f.ms)),
      peakBytes: median(list.map((f) => f.peakBytes)),
      outputBytes: list[list.length - 1].outputBytes,
    });
    const o = summarise(ours);
    const t = summarise(theirs);
    const speedup = ratio(t.ms, o.ms);
    const row = (name: string, f: Figures, vs: string): string[] => [
      name, formatNumber(f.ms), formatNumber(f.outputBytes / 1e6 / (f.ms / 1000)), formatMB(f.outputBytes), formatMB(f.peakBytes),
      `${formatNumber(ratio(f.peakBytes, f.outputBytes) * 100, 0)}%`, vs,
    ];
    return {
      name: 'gexf',
      title: `GEXF export: ${nodes.toLocaleString('en-US')} nodes / ${edges.toLocaleString('en-US')} edges to a file (median of ${runs})`,
      tables: [{
        title: 'Time and peak memory (JS heap + buffers above the level before the export)',
        columns: ['writer', 'ms', 'MB/s out', 'output', 'peak memory', 'peak / output', 'speed'],
        rows: [
          row('newsgraph writeGexf (streaming)', o, `${formatNumber(speedup)}×`),
          row('graphology-gexf write + writeFile (baseline)', t, '1.00×'),
        ],
      }],
      targets: [
        { target: 'GEXF export ≥ 3× faster than graphology-gexf', value: `${formatNumber(speedup)}×`, met: speedup >= 3 },
        { target: 'GEXF peak memory < output size', value: `${formatMB(o.peakBytes)} vs ${formatMB(o.outputBytes)}`, met: o.peakBytes < o.outputBytes },
      ],
      notes: ['our output carries more per element (GEXF 1.3 attvalues, colours, sizes) than graphology-gexf writes'],
      data: { nodes, edges, runs, ours: { ...o }, graphologyGexf: { ...t }, speedup },
    };
  },
};
