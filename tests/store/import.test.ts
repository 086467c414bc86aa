import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKnowledgeGraph, relationKey, type KnowledgeGraph } from '../../src/graph/model.js';
import { GraphStore } from '../../src/store/index.js';
import { KABUL_TEXT, kabulExtraction, SECOND_TEXT, secondExtraction } from './fixtures.js';

const dirs: string[] = [];
const stores: GraphStore[] = [];

function openStore(): GraphStore {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-import-'));
  dirs.push(dir);
  const store = GraphStore.open(dir);
  stores.push(store);
  return store;
}

let source: GraphStore;
beforeEach(() => {
  source = openStore();
  source.ingestExtraction({ text: KABUL_TEXT, title: 'Kabul', published: '2021-08-25' }, kabulExtraction());
  source.ingestExtraction({ text: SECOND_TEXT, title: 'Ankara', published: '2021-09-10' }, secondExtraction());
});
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What a reader sees of a graph: nodes with names and counts, edges with their evidence. */
function view(graph: KnowledgeGraph) {
  return {
    nodes: graph.mapNodes((key, a) => [key, a.label, a.entityType, [...a.aliases].sort(), a.mentions, a.country ?? null]).sort(),
    edges: graph.mapEdges((key, a) => [key, a.modality, a.evidence.map((e) => [e.doc, e.start, e.end, e.text])]).sort(),
    documents: graph.getAttribute('documents'),
  };
}

describe('GraphStore.importGraph', () => {
  it('stores a whole graph so that it comes back the same, with evidence at its offsets', () => {
    const target = openStore();
    // Kabul airport has no relation: files carry no mentions, so it is kept by the "imported file" document.
    expect(source.graph.degree('kabul-airport')).toBe(0);
    expect(target.importGraph(source.graph)).toEqual({ entities: source.graph.order, relations: source.graph.size, documents: 3 });
    const { documents, ...rest } = view(target.graph);
    const { documents: sourceDocuments, ...sourceRest } = view(source.graph);
    expect(rest).toEqual(sourceRest);
    expect(Object.entries(documents).filter(([id]) => !id.startsWith('import-'))).toEqual(Object.entries(sourceDocuments));
    for (const edge of target.graph.edges()) {
      for (const e of target.graph.getEdgeAttribute(edge, 'evidence')) expect(target.getDocument(e.doc)?.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('adds nothing when the same graph is imported again', () => {
    const before = view(source.graph);
    expect(source.importGraph(source.graph)).toEqual({ entities: 0, relations: 0, documents: 0 });
    expect(view(source.graph)).toEqual(before);
    expect(source.documentCount()).toBe(2);
  });

  it('keeps relations without evidence and lone entities in an "imported file" document', () => {
    const foreign = createKnowledgeGraph();
    foreign.addNode('n1', { label: 'Erdogan', entityType: 'person', aliases: [], mentions: 2 });
    foreign.addNode('n2', { label: 'Greece', entityType: 'country', aliases: [], mentions: 1 });
    foreign.addNode('n3', { label: 'Lonely Island', entityType: 'location', aliases: [], mentions: 1 });
    foreign.addDirectedEdgeWithKey('e1', 'n1', 'n2', { predicate: 'threatens', label: 'threatens', cameo: '13', modality: 'asserted', confidence: 0.6, evidence: [] });
    const outcome = source.importGraph(foreign);
    expect(outcome).toEqual({ entities: 2, relations: 1, documents: 1 });
    // Erdogan is resolved by name to the stored entity; the others are new.
    const key = relationKey('recep-tayyip-erdogan', 'threatens', 'n2');
    const [evidence] = source.graph.getEdgeAttribute(key, 'evidence');
    expect(evidence.text).toBe('Imported relation: Erdogan threatens Greece.');
    expect(source.getDocument(evidence.doc)?.title).toBe('Imported graph file');
    expect(source.graph.getNodeAttribute('n3', 'label')).toBe('Lonely Island');
    source.deleteDocument(evidence.doc);
    expect(source.graph.hasNode('n3')).toBe(false);
    expect(source.graph.hasEdge(key)).toBe(false);
  });

  it('stores nothing when one document of the graph cannot be stored', () => {
    const target = openStore();
    const broken = source.graph.copy();
    const edge = broken.edges()[broken.size - 1];
    broken.updateEdgeAttribute(edge, 'evidence', (list) => (list ?? []).map((e) => ({ ...e, sentence: null as unknown as number })));
    expect(() => target.importGraph(broken)).toThrow();
    expect(target.documentCount()).toBe(0);
    expect(target.graph.order).toBe(0);
  });
});
