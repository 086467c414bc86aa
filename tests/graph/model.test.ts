import { describe, expect, it } from 'vitest';
import { addExtraction, buildGraph, createKnowledgeGraph, relationKey } from '../../src/graph/model.js';
import { extractDocument } from '../../src/extract/index.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';

const evidence = (doc: string, start: number) => ({ doc, sentence: 0, start, end: start + 10, text: 'some sentence' });

function result(doc: string, overrides: Partial<ExtractionResult> = {}): ExtractionResult {
  return {
    doc,
    entities: [
      { key: 'kenya', label: 'Kenya', entityType: 'country', aliases: ['Kenyan'], mentions: 2, country: 'KEN' },
      { key: 'uganda', label: 'Uganda', entityType: 'country', aliases: [], mentions: 1, country: 'UGA' },
    ],
    mentions: [],
    relations: [{ source: 'kenya', target: 'uganda', predicate: 'criticizes', modality: 'possible', confidence: 0.6, evidence: evidence(doc, 0) }],
    ...overrides,
  };
}

describe('knowledge graph model', () => {
  it('merges the same fact from two documents into one edge with two pieces of evidence', () => {
    const graph = buildGraph([result('a.txt'), result('b.txt')], { 'a.txt': { published: '2024-01-02' }, 'b.txt': { published: '2024-03-04' } });
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    const edge = relationKey('kenya', 'criticizes', 'uganda');
    const attrs = graph.getEdgeAttributes(edge);
    expect(attrs.evidence.map((e) => e.doc)).toEqual(['a.txt', 'b.txt']);
    expect(attrs.weight).toBe(2);
    expect(attrs.label).toBe('criticizes');
    expect(attrs.cameo).toBe('11');
    expect(attrs.confidence).toBeGreaterThan(0.6);
    expect(attrs.firstSeen).toBe('2024-01-02');
    expect(attrs.lastSeen).toBe('2024-03-04');
    expect(graph.getNodeAttribute('kenya', 'mentions')).toBe(4);
    expect(Object.keys(graph.getAttribute('documents'))).toEqual(['a.txt', 'b.txt']);
  });

  it('does not count the same evidence twice when a document is merged again', () => {
    const graph = createKnowledgeGraph();
    addExtraction(graph, result('a.txt'));
    addExtraction(graph, result('a.txt'));
    expect(graph.getEdgeAttribute(relationKey('kenya', 'criticizes', 'uganda'), 'evidence')).toHaveLength(1);
  });

  it('keeps the strongest modality: an asserted statement outranks a possibility', () => {
    const asserted = result('b.txt');
    asserted.relations = asserted.relations.map((r) => ({ ...r, modality: 'asserted', evidence: evidence('b.txt', 5) }));
    const graph = buildGraph([result('a.txt'), asserted]);
    expect(graph.getEdgeAttribute(relationKey('kenya', 'criticizes', 'uganda'), 'modality')).toBe('asserted');
  });

  it('resolves an entity across documents by its names, keeping every surface form', () => {
    const other = result('b.txt', {
      entities: [
        { key: 'republic-of-kenya', label: 'Republic of Kenya', entityType: 'country', aliases: ['Kenya'], mentions: 1 },
        { key: 'uganda', label: 'Uganda', entityType: 'country', aliases: [], mentions: 1 },
      ],
      relations: [{ source: 'republic-of-kenya', target: 'uganda', predicate: 'consults', modality: 'asserted', confidence: 0.8, evidence: evidence('b.txt', 0) }],
    });
    const graph = buildGraph([result('a.txt'), other]);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('kenya', 'aliases')).toContain('Republic of Kenya');
    expect(graph.hasEdge(relationKey('kenya', 'consults', 'uganda'))).toBe(true);
  });

  it('resolves a name to a live node after the node first holding it was dropped', () => {
    const graph = buildGraph([result('a.txt')]);
    graph.dropNode('kenya');
    const again = result('b.txt', { entities: [{ key: 'kenya-2', label: 'Kenyan', entityType: 'country', aliases: [], mentions: 1 }], relations: [] });
    addExtraction(graph, again);
    const renamed = result('c.txt', { entities: [{ key: 'kenya-3', label: 'Kenyan', entityType: 'country', aliases: [], mentions: 1 }], relations: [] });
    addExtraction(graph, renamed);
    expect(graph.hasNode('kenya-2')).toBe(true);
    expect(graph.hasNode('kenya-3')).toBe(false);
    expect(graph.getNodeAttribute('kenya-2', 'mentions')).toBe(2);
  });

  it('builds deterministic keys: the same articles give the same graph', () => {
    const text = 'Kenyan President Daniel Mwangi met Ugandan officials in Nairobi. Kenya later criticised Uganda over the border.';
    const first = buildGraph([extractDocument(text, 'doc.txt')]).export();
    const second = buildGraph([extractDocument(text, 'doc.txt')]).export();
    expect(second).toEqual(first);
    expect(first.nodes.map((n) => n.key)).toContain('kenya');
  });
});
