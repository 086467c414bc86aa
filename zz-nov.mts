import { syntheticGraph } from '/work/main/src/graph/synthetic.js';
import noverlapModule from 'graphology-layout-noverlap';
const noverlap = (noverlapModule as any).default ?? noverlapModule;
const g = syntheticGraph({ nodes: 10000, edges: 50000, seed: 1 });
g.forEachNode((n) => g.mergeNodeAttributes(n, { x: Math.random() * 100, y: Math.random() * 100, size: 5 }));
for (const it of [1, 3]) { const t = Date.now(); noverlap.assign(g, { maxIterations: it, settings: { ratio: 1.2, margin: 1 } }); console.log(it, Date.now() - t); }
