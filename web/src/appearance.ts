// Structural measures of the drawn graph (degree, PageRank, Louvain community) and how they turn into
// node size, node colour and edge colour. These are rendering choices, computed on what the API sent.
import { communityColor, entityTypeColor, predicateColor } from './colors.js';
import type { DisplayGraph } from './display-graph.js';
import type { ColorMode, SizeMode } from './filters.js';
import { louvain, pagerank } from './vendor.js';

const MIN_NODE_SIZE = 3;
const MAX_NODE_SIZE = 18;

export function computeMetrics(graph: DisplayGraph): void {
  if (graph.order === 0) return;
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
  const communities = graph.size > 0 ? louvain(graph, { getEdgeWeight: null }) : {};
  graph.updateEachNodeAttributes((node, attrs) => ({
    ...attrs,
    degree: graph.degree(node),
    pagerank: ranks[node] ?? 0,
    community: communities[node] ?? 0,
  }));
}

/** Node size by degree or PageRank (square-root scale), colour by entity type or community. */
export function applyNodeAppearance(graph: DisplayGraph, color: ColorMode, size: SizeMode): void {
  let max = 0;
  graph.forEachNode((_node, attrs) => { max = Math.max(max, size === 'degree' ? attrs.degree : attrs.pagerank); });
  graph.updateEachNodeAttributes((_node, attrs) => {
    const value = size === 'degree' ? attrs.degree : attrs.pagerank;
    const scaled = max > 0 ? Math.sqrt(value / max) : 0;
    return {
      ...attrs,
      size: MIN_NODE_SIZE + scaled * (MAX_NODE_SIZE - MIN_NODE_SIZE),
      color: color === 'community' ? communityColor(attrs.community) : entityTypeColor(attrs.entityType),
    };
  });
}

/** Edge colour by CAMEO quad class (cooperation vs. conflict), thickness by amount of evidence. */
export function applyEdgeAppearance(graph: DisplayGraph): void {
  graph.updateEachEdgeAttributes((_edge, attrs) => ({
    ...attrs,
    color: predicateColor(attrs.predicate),
    size: Math.min(6, 2 + Math.log2(Math.max(1, attrs.evidenceCount))),
  }));
}
