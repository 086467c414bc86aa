// The user's round trip: a graph exported from one newsgraph store and imported into an empty one
// comes back the same, in every format that can be imported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportChunks, readGraph, type ImportFormat } from '../../src/export/formats.js';
import { collectChunks } from '../../src/export/stream.js';
import { toXmlChars } from '../../src/export/xml-escape.js';
import { GraphStore } from '../../src/store/index.js';
import { asUtf8, graphView, mapStrings } from './compare.js';
import { sampleGraph } from './fixtures.js';

const dirs: string[] = [];
function emptyStore(): GraphStore {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-roundtrip-'));
  dirs.push(dir);
  return GraphStore.open(dir, () => { throw new Error('not used'); });
}
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

/** The graph's view without the confidence of relations stated more than once (see the failing test below). */
function withoutCombinedConfidence(view: ReturnType<typeof graphView>): ReturnType<typeof graphView> {
  const edges = Object.fromEntries(Object.entries(view.edges).map(([key, edge]) => {
    const e = edge as { evidence: unknown[]; confidence: number };
    return [key, e.evidence.length > 1 ? { ...e, confidence: 'combined' } : e];
  }));
  return { ...view, edges };
}

async function roundTrip(format: ImportFormat): Promise<{ source: GraphStore; target: GraphStore }> {
  const source = emptyStore();
  source.importGraph(sampleGraph());
  const file = collectChunks(exportChunks(source.graph, format));
  const target = emptyStore();
  target.importGraph(await readGraph(file));
  return { source, target };
}

describe('export from a store, import into an empty one', () => {
  const formats: ImportFormat[] = ['gexf', 'graphml', 'json'];
  for (const format of formats) {
    it(`gives the same graph (${format})`, async () => {
      const { source, target } = await roundTrip(format);
      // SQLite text is UTF-8; XML formats also drop what XML 1.0 cannot carry.
      const clean = format === 'json' ? asUtf8 : (s: string) => asUtf8(toXmlChars(s));
      expect(withoutCombinedConfidence(graphView(target.graph))).toEqual(withoutCombinedConfidence(mapStrings(graphView(source.graph), clean)));
      source.close();
      target.close();
    });
  }

  // Known store bug (src/store/import.ts): each evidence of an imported relation gets the relation's
  // combined confidence, and replay combines them again (0.9919 -> 0.9999 for two statements).
  // When the store is fixed this starts passing: drop `.fails` and withoutCombinedConfidence.
  it.fails('keeps the confidence of relations stated more than once', async () => {
    const { source, target } = await roundTrip('json');
    const edge = 'turkey|offers|kabul-airport';
    expect(target.graph.getEdgeAttribute(edge, 'confidence')).toBeCloseTo(source.graph.getEdgeAttribute(edge, 'confidence'), 6);
  });
});
