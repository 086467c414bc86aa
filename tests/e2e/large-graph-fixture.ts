// The 10,000-node / 50,000-edge test graph, stored through the real store. The store takes documents
// with their extraction; a synthetic graph is turned into one such extraction so the server rebuilds
// the very same nodes and edges (evidence then points at that one document).
import type { ExtractionResult } from '../../src/domain/extraction.js';
import type { KnowledgeGraph } from '../../src/graph/model.js';
import type { GraphStore } from '../../src/store/index.js';

export function graphAsExtraction(graph: KnowledgeGraph, doc: string): ExtractionResult {
  return {
    doc,
    entities: graph.mapNodes((key, a) => ({
      key, label: a.label, entityType: a.entityType, aliases: a.aliases, mentions: a.mentions, ...(a.country ? { country: a.country } : {}),
    })),
    mentions: [],
    relations: graph.mapEdges((_edge, a, source, target) => ({
      source, target, predicate: a.predicate, modality: a.modality, confidence: a.confidence, evidence: { ...a.evidence[0], doc },
    })),
  };
}

export function storeGraph(store: GraphStore, graph: KnowledgeGraph, title: string): void {
  store.ingestExtraction({ text: `${title}\n(synthetic corpus of ${graph.order} entities and ${graph.size} relations)`, title }, graphAsExtraction(graph, 'synthetic'));
}
