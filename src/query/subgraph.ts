// Sub-graphs as graphology JSON: the graph restricted to a relation filter, and ego networks.
import type { SerializedGraph } from 'graphology-types';
import type { PredicateId } from '../domain/ontology.js';
import {
  createKnowledgeGraph, type EntityAttributes, type GraphAttributes, type KnowledgeGraph, type RelationAttributes,
} from '../graph/model.js';
import { hasDateFilter, matchingRelations, type RelationFilter } from './relations.js';

export type GraphJson = SerializedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

function isEmptyFilter(filter: RelationFilter): boolean {
  return !filter.sources && !filter.targets && !filter.entities?.length && !filter.predicates && filter.cameo === undefined && !hasDateFilter(filter) &&
    !filter.types && !filter.modalities && filter.minDegree === undefined;
}

const KNOWLEDGE_GRAPH_OPTIONS = createKnowledgeGraph().export().options;

type EdgeChoice = { edge: string; evidence?: RelationAttributes['evidence'] };

/** What a sub-graph is made of: its nodes, its edges (evidence trimmed and reweighted by a date filter), and the documents they cite. */
interface SubgraphVisitor {
  node(node: string): void;
  edge(edge: string, source: string, target: string, attributes: RelationAttributes): void;
}

/**
 * Visits the listed nodes and edges (edges with their endpoints) once each, and collects copies of the
 * documents the evidence cites: the whole map made every sub-graph as large as the corpus, and copies
 * because addExtraction adds to the live graph's map in place.
 */
function visitSubgraph(graph: KnowledgeGraph, nodes: Iterable<string>, edges: Iterable<EdgeChoice>, visit: SubgraphVisitor): GraphAttributes['documents'] {
  const allDocuments = graph.getAttribute('documents');
  const documents: GraphAttributes['documents'] = {};
  const seen = new Set<string>();
  const addNode = (node: string) => { if (!seen.has(node)) { seen.add(node); visit.node(node); } };
  for (const node of nodes) addNode(node);
  for (const { edge, evidence } of edges) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    addNode(source);
    addNode(target);
    const attrs = graph.getEdgeAttributes(edge);
    for (const { doc } of evidence ?? attrs.evidence) if (!Object.hasOwn(documents, doc) && Object.hasOwn(allDocuments, doc)) documents[doc] = { ...allDocuments[doc] };
    visit.edge(edge, source, target, evidence ? { ...attrs, evidence, weight: evidence.length } : { ...attrs });
  }
  return documents;
}

/**
 * The listed nodes and edges as graphology JSON, exactly as graph.export() of a graph holding only them
 * would give, without building that graph (the copy and its garbage were most of an ego network's cost).
 */
function subgraphJson(graph: KnowledgeGraph, nodes: Iterable<string>, edges: Iterable<EdgeChoice>): GraphJson {
  const nodeJson: GraphJson['nodes'] = [];
  const edgeJson: GraphJson['edges'] = [];
  const documents = visitSubgraph(graph, nodes, edges, {
    node: (node) => nodeJson.push({ key: node, attributes: { ...graph.getNodeAttributes(node) } }),
    edge: (key, source, target, attributes) => edgeJson.push({ key, source, target, attributes }),
  });
  return { options: { ...KNOWLEDGE_GRAPH_OPTIONS }, attributes: { documents }, nodes: nodeJson, edges: edgeJson };
}

/** A new graph holding only the relations that match the filter, their endpoints and the documents they cite. */
export function relationSubgraph(graph: KnowledgeGraph, filter: RelationFilter): KnowledgeGraph {
  const sub = createKnowledgeGraph();
  const chosen: EdgeChoice[] = isEmptyFilter(filter) ? graph.edges().map((edge) => ({ edge })) : matchingRelations(graph, filter);
  const documents = visitSubgraph(graph, [], chosen, {
    node: (node) => sub.addNode(node, { ...graph.getNodeAttributes(node) }),
    edge: (key, source, target, attributes) => sub.addDirectedEdgeWithKey(key, source, target, attributes),
  });
  sub.setAttribute('documents', documents);
  return sub;
}

/** The whole graph, or only the relations that match the filter (and their endpoints). */
export function filteredGraph(graph: KnowledgeGraph, filter: RelationFilter): GraphJson {
  if (isEmptyFilter(filter)) return graph.export();
  return subgraphJson(graph, [], matchingRelations(graph, filter));
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
  const json = subgraphJson(graph, seen, edgesAmong(graph, seen, follows));
  return { ...json, attributes: { ...json.attributes, center, depth: options.depth, truncated } as GraphAttributes };
}

/**
 * The followed edges between nodes of the set. A node with more out-edges than the set has members is
 * looked up pair by pair, so that a hub next to the center does not cost a scan of all its edges.
 */
function edgesAmong(graph: KnowledgeGraph, nodes: ReadonlySet<string>, follows: (edge: string) => boolean): EdgeChoice[] {
  const found: EdgeChoice[] = [];
  for (const node of nodes) {
    if (graph.outDegree(node) <= nodes.size) {
      graph.forEachOutEdge(node, (edge, _attrs, _source, target) => { if (nodes.has(target) && follows(edge)) found.push({ edge }); });
      continue;
    }
    for (const other of nodes) {
      if (graph.hasDirectedEdge(node, other)) graph.forEachOutEdge(node, other, (edge) => { if (follows(edge)) found.push({ edge }); });
    }
  }
  return found;
}
