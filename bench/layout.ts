// Benchmark 5: ForceAtlas2 iterations per second, synchronous in Node, on a 10,000-node /
// 50,000-edge graph, through the app's own layout path (src/graph/layout.ts: Barnes–Hut settings
// inferred from the graph). Baseline in the same run: the same layout with exact O(n²) repulsion.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from '../src/graph/interop.js';
import { layoutGraph, seedPositions } from '../src/graph/layout.js';
import type { KnowledgeGraph } from '../src/graph/model.js';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { formatNumber, median, ratio } from './stats.js';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

/** Median seconds per iteration over `runs` calls of `iterations` iterations each (setup included: users pay it too). */
function secondsPerIteration(iterations: number, runs: number, layout: (iterations: number) => void): number {
  layout(1); // warm-up: JIT and first-call allocations are not what we measure
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    layout(iterations);
    times.push(performance.now() - start);
  }
  return median(times) / 1000 / iterations;
}

function resetPositions(graph: KnowledgeGraph): void {
  graph.updateEachNodeAttributes((_n, attrs) => { const { x: _x, y: _y, ...rest } = attrs; return rest; });
  seedPositions(graph, 1);
}

export const layoutBenchmark: Benchmark = {
  name: 'layout',
  title: 'Layout: ForceAtlas2 (synchronous, Node)',
  async run(context: BenchContext): Promise<BenchResult> {
    const nodes = context.quick ? 3_000 : 10_000;
    const edges = context.quick ? 15_000 : 50_000;
    const runs = context.quick ? 1 : 3;
    const graph = syntheticGraph({ nodes, edges, seed: 5 });
    context.log(`graph ${nodes} nodes / ${edges} edges`);

    resetPositions(graph);
    const inferred = forceAtlas2.inferSettings(graph);
    const oursIterations = context.quick ? 10 : 20;
    const ours = secondsPerIteration(oursIterations, runs, (iterations) => layoutGraph(graph, { iterations, noverlap: false }));
    context.log(`Barnes–Hut ${formatNumber(1 / ours)} it/s`);

    resetPositions(graph);
    const exactIterations = 3;
    const exact = secondsPerIteration(exactIterations, runs, (iterations) =>
      forceAtlas2.assign(graph, { iterations, settings: { ...inferred, barnesHutOptimize: false }, getEdgeWeight: 'weight' }));
    context.log(`exact ${formatNumber(1 / exact)} it/s`);

    const speedup = ratio(1 / ours, 1 / exact);
    return {
      name: 'layout',
      title: `Layout: ForceAtlas2 on ${nodes.toLocaleString('en-US')} nodes / ${edges.toLocaleString('en-US')} edges (median of ${runs})`,
      tables: [{
        title: 'Iterations per second',
        columns: ['variant', 'iterations per call', 'iterations/s', 'ms/iteration', 'vs exact'],
        rows: [
          [`app layout (${inferred.barnesHutOptimize ? 'Barnes–Hut' : 'exact'}, inferred settings)`, String(oursIterations), formatNumber(1 / ours), formatNumber(ours * 1000), `${formatNumber(speedup)}×`],
          ['baseline: exact repulsion (no Barnes–Hut)', String(exactIterations), formatNumber(1 / exact), formatNumber(exact * 1000), '1.00×'],
        ],
      }],
      targets: [],
      notes: [`settings: ${JSON.stringify(inferred)}; edge weight = evidence count`],
      data: {
        nodes, edges, runs,
        iterationsPerSecond: 1 / ours,
        exactIterationsPerSecond: 1 / exact,
        speedupOverExact: speedup,
      },
    };
  },
};
