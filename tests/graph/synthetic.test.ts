import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { relationKey } from '../../src/graph/model.js';
import { ENTITY_TYPES, PREDICATE_BY_ID } from '../../src/domain/ontology.js';
import { MODALITIES } from '../../src/domain/extraction.js';

const ISO3 = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('syntheticGraph', () => {
  it('returns exactly the requested numbers of nodes and edges', () => {
    const graph = syntheticGraph({ nodes: 500, edges: 2000, seed: 3 });
    expect(graph.order).toBe(500);
    expect(graph.size).toBe(2000);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = syntheticGraph({ nodes: 300, edges: 1200, seed: 42 });
    const b = syntheticGraph({ nodes: 300, edges: 1200, seed: 42 });
    const c = syntheticGraph({ nodes: 300, edges: 1200, seed: 43 });
    expect(JSON.stringify(a.export())).toBe(JSON.stringify(b.export()));
    expect(JSON.stringify(a.export())).not.toBe(JSON.stringify(c.export()));
  });

  it('gives every node valid entity attributes and a mix of types', () => {
    const graph = syntheticGraph({ nodes: 1000, edges: 3000, seed: 5 });
    const seenTypes = new Set<string>();
    graph.forEachNode((_node, attrs) => {
      expect(attrs.label.length).toBeGreaterThan(1);
      expect(ENTITY_TYPES).toContain(attrs.entityType);
      expect(Array.isArray(attrs.aliases)).toBe(true);
      expect(attrs.mentions).toBeGreaterThanOrEqual(1);
      if (attrs.country !== undefined) expect(attrs.country).toMatch(ISO3);
      if (attrs.entityType === 'country') expect(attrs.country).toMatch(ISO3);
      if (attrs.firstSeen) expect(attrs.firstSeen <= (attrs.lastSeen ?? '')).toBe(true);
      seenTypes.add(attrs.entityType);
    });
    expect([...seenTypes].sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('gives every edge ontology-consistent attributes, a relation key and 1–3 pieces of evidence in known documents', () => {
    const graph = syntheticGraph({ nodes: 400, edges: 2500, seed: 9 });
    const documents = graph.getAttribute('documents');
    graph.forEachEdge((edge, attrs, source, target) => {
      const def = PREDICATE_BY_ID.get(attrs.predicate);
      expect(def).toBeDefined();
      expect(attrs.label).toBe(def?.label);
      expect(attrs.cameo).toBe(def?.cameo);
      expect(edge).toBe(relationKey(source, attrs.predicate, target));
      expect(source).not.toBe(target);
      expect(MODALITIES).toContain(attrs.modality);
      expect(attrs.confidence).toBeGreaterThan(0);
      expect(attrs.confidence).toBeLessThanOrEqual(1);
      expect(attrs.evidence.length).toBeGreaterThanOrEqual(1);
      expect(attrs.evidence.length).toBeLessThanOrEqual(3);
      for (const e of attrs.evidence) {
        expect(documents[e.doc]?.published).toMatch(DATE);
        expect(e.end - e.start).toBe(e.text.length);
        expect(e.sentence).toBeGreaterThanOrEqual(0);
      }
    });
  });

  it('spreads document dates over a year', () => {
    const graph = syntheticGraph({ nodes: 200, edges: 2000, seed: 11 });
    const months = new Set(Object.values(graph.getAttribute('documents')).map((d) => d.published?.slice(0, 7)));
    expect(months.size).toBe(12);
  });

  it('is a multi-graph: some pairs are linked by several predicates', () => {
    const graph = syntheticGraph({ nodes: 100, edges: 3000, seed: 2 });
    const pairs = new Map<string, number>();
    graph.forEachEdge((_e, _a, s, t) => pairs.set(`${s}>${t}`, (pairs.get(`${s}>${t}`) ?? 0) + 1));
    expect(Math.max(...pairs.values())).toBeGreaterThan(1);
  });

  it('has a heavy-tailed degree distribution (hubs far above the median)', () => {
    const graph = syntheticGraph({ nodes: 2000, edges: 10000, seed: 4 });
    const degrees = graph.mapNodes((n) => graph.degree(n)).sort((a, b) => a - b);
    const median = degrees[degrees.length >> 1];
    expect(degrees[degrees.length - 1]).toBeGreaterThan(20 * median);
  });

  it('rejects impossible requests with a clear error', () => {
    expect(() => syntheticGraph({ nodes: 1, edges: 1 })).toThrow(/nodes/);
    expect(() => syntheticGraph({ nodes: 3, edges: 10_000 })).toThrow(/cannot place/);
  });
});
