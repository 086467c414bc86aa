// The user's round trip: a graph exported from one newsgraph store and imported into an empty one
// comes back the same, in every format that can be imported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportChunks, readGraph, type ImportFormat } from '../../src/formats/registry.js';
import { collectChunks } from '../../src/formats/stream.js';
import { toXmlChars } from '../../src/formats/xml-escape.js';
import { GraphStore } from '../../src/store/index.js';
import { asUtf8, graphView, mapStrings } from './compare.js';
import { sampleGraph } from './fixtures.js';

const dirs: string[] = [];
function emptyStore(): GraphStore {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-roundtrip-'));
  dirs.push(dir);
  return GraphStore.open(dir);
}
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

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
      expect(graphView(target.graph)).toEqual(mapStrings(graphView(source.graph), clean));
      source.close();
      target.close();
    });
  }

  // Each evidence of an imported relation carries its share of the combined confidence, so that
  // replaying the statements gives back the relation's confidence.
  it('keeps the confidence of relations stated more than once', async () => {
    const { source, target } = await roundTrip('json');
    const edge = 'turkey|offers|kabul-airport';
    expect(target.graph.getEdgeAttribute(edge, 'confidence')).toBeCloseTo(source.graph.getEdgeAttribute(edge, 'confidence'), 6);
  });
});
