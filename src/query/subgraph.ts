// Sub-graphs as graphology JSON: the graph restricted to a relation filter, and ego networks.
import type { SerializedGraph } from 'graphology-types';
import type { PredicateId } from '../ontology.js';
import {
  createKnowledgeGraph, type EntityAttributes, type GraphAttributes, type KnowledgeGraph, type RelationAttributes,
} from '../graph/model.js';
import { hasDateFilter, matchingRelations, type RelationFilter } from './relations.js';

export type GraphJson = SerializedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

function isEmptyFilter(filter: RelationFilter): boolean {
  return !filter.sources && !filter.targets && !filter.entities?.length && !filter.predicates && filter.cameo === undefined && !hasDateFilter(filter) &&
    !filter.types && !filter.modalities && filter.minDegree === undefined;
}

/**
 * Copies the listed nodes (and edges, with possibly trimmed evidence) into a new graph, with only the
 * documents its evidence cites: the whole map made every sub-graph as large as the corpus. A copy, since
 * addExtraction adds to the live graph's map in place.
 */
function copyInto(graph: KnowledgeGraph, nodes: Iterable<string>, edges: Iterable<{ edge: string; evidence?: RelationAttributes['evidence'] }>): KnowledgeGraph {
  const sub = createKnowledgeGraph();
  const allDocuments = graph.getAttribute('documents');
  const documents: GraphAttributes['documents'] = {};
  sub.setAttribute('documents', documents);
  for (const node of nodes) if (!sub.hasNode(node)) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const { edge, evidence } of edges) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    for (const node of [source, target]) if (!sub.hasNode(node)) sub.addNode(node, { ...graph.getNodeAttributes(node) });
    const attrs = graph.getEdgeAttributes(edge);
    for (const { doc } of evidence ?? attrs.evidence) if (!(doc in documents) && doc in allDocuments) documents[doc] = { ...allDocuments[doc] };
    sub.addDirectedEdgeWithKey(edge, source, target, evidence ? { ...attrs, evidence, weight: evidence.length } : { ...attrs });
  }
  return sub;
}

/** The whole graph, or only the relations that match the filter (and their endpoints). */
export function filteredGraph(graph: KnowledgeGraph, filter: RelationFilter): GraphJson {
  if (isEmptyFilter(filter)) return graph.export();
  return copyInto(graph, [], matchingRelations(graph, filter)).export();
}

export interface EgoOptions {
  depth: number;
  predicates?: ReadonlySet<PredicateId>;
  /** Stop growing once this many nodes are in (the answer says it was truncated). */
  maxNodes: number;
}

/** Nodes within `depth` hops of the center (following edges both ways), with the edges among them. */
export function egoNetwork(graph: KnowledgeGraph, center: string, options: EgoOptions): GraphJson {
  const follows = (edge: string) => !options.predicates || options.predicates.has(graph.getEdgeAttribute(edge, 'predicate'));
  const seen = new Set([center]);
  let frontier = [center];
  let truncated = false;
  for (let level = 0; level < options.depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of graph.edges(node)) {
        if (!follows(edge)) continue;
        const other = graph.opposite(node, edge);
        if (seen.has(other)) continue;
        if (seen.size >= options.maxNodes) { truncated = true; break; }
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const edges = [...seen].flatMap((node) => graph.outEdges(node))
    .filter((edge) => follows(edge) && seen.has(graph.target(edge))).map((edge) => ({ edge }));
  const json = copyInto(graph, seen, edges).export();
  return { ...json, attributes: { ...json.attributes, center, depth: options.depth, truncated } as GraphAttributes };
}
