// The graphology helper packages, unwrapped from their CommonJS default exports (see cjsDefault).
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import noverlapModule from 'graphology-layout-noverlap';

import { cjsDefault } from '../../src/graph/interop.js';

export const louvain = cjsDefault(louvainModule);
export const pagerank = cjsDefault(pagerankModule);
export const forceAtlas2 = cjsDefault(forceAtlas2Module);
export const FA2Layout = cjsDefault(FA2LayoutModule);
export const noverlap = cjsDefault(noverlapModule);
