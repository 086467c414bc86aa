// The graphology helper packages are CommonJS whose typings declare `export default`. Under NodeNext,
// TypeScript types their default import as the whole module ({ default: fn }) while bundlers hand over
// module.exports (fn itself); `cjsDefault` accepts both so types and runtime agree.
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import noverlapModule from 'graphology-layout-noverlap';

function cjsDefault<T>(imported: { default: T }): T {
  const inner = (imported as { default?: T }).default;
  return inner ?? (imported as unknown as T);
}

export const louvain = cjsDefault(louvainModule);
export const pagerank = cjsDefault(pagerankModule);
export const forceAtlas2 = cjsDefault(forceAtlas2Module);
export const FA2Layout = cjsDefault(FA2LayoutModule);
export const noverlap = cjsDefault(noverlapModule);
