// What an export iterates: the nodes and edges present when it started. A streamed export spans many
// event-loop turns, during which the store may add documents to the live graph; iterating a snapshot
// of the keys keeps the file consistent (no edge to a node that was never written, counts that match)
// at the cost of one array of keys, not a copy of the graph.
import type { EntityAttributes, KnowledgeGraph, RelationAttributes } from '../graph/model.js';

export interface GraphSnapshot {
  nodes: readonly string[];
  edges: readonly string[];
}

export function snapshotOf(graph: KnowledgeGraph): GraphSnapshot {
  return { nodes: graph.nodes(), edges: graph.edges() };
}

export function* snapshotNodes(graph: KnowledgeGraph, snapshot: GraphSnapshot): Generator<{ node: string; attributes: EntityAttributes }> {
  for (const node of snapshot.nodes) {
    if (graph.hasNode(node)) yield { node, attributes: graph.getNodeAttributes(node) };
  }
}

export function* snapshotEdges(graph: KnowledgeGraph, snapshot: GraphSnapshot): Generator<{ edge: string; attributes: RelationAttributes; source: string; target: string }> {
  for (const edge of snapshot.edges) {
    if (graph.hasEdge(edge)) yield { edge, attributes: graph.getEdgeAttributes(edge), source: graph.source(edge), target: graph.target(edge) };
  }
}
