import { mkdtempSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { readGexf } from '../../src/formats/gexf-read.js';
import { GEXF_VERSIONS, gexfChunks, writeGexf, type GexfVersion } from '../../src/formats/gexf-write.js';
import { ImportFormatError } from '../../src/formats/import-error.js';
import { collectChunks } from '../../src/formats/stream.js';
import { toXmlChars } from '../../src/formats/xml-escape.js';
import { ENTITY_TYPE_COLORS, hexToRgb } from '../../src/graph/palette.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { graphView, mapStrings } from './compare.js';
import { FORBIDDEN_LABEL, HOSTILE_LABEL, sampleGraph } from './fixtures.js';
import { GEXF_FIXTURES, jingAvailable, networkxAvailable, runPython, shouldRun, validateWithJing } from './tools.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-gexf-'));
const VARIANTS = GEXF_VERSIONS.flatMap((version) => [false, true].map((dynamic) => ({ version, dynamic })));
const variantName = (v: { version: GexfVersion; dynamic: boolean }): string => `${v.version} ${v.dynamic ? 'dynamic' : 'static'}`;

function writeFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('GEXF round trip through our reader', () => {
  for (const variant of VARIANTS) {
    it(`keeps every node, edge, attribute and document (${variantName(variant)})`, async () => {
      const graph = sampleGraph();
      const back = await readGexf(collectChunks(gexfChunks(graph, variant)));
      // Characters XML cannot carry come back as U+FFFD; everything else is identical.
      expect(graphView(back)).toEqual(mapStrings(graphView(graph), toXmlChars));
    });
  }

  it('keeps a larger synthetic graph whole', async () => {
    const graph = syntheticGraph({ nodes: 300, edges: 1200, seed: 7 });
    const back = await readGexf(collectChunks(gexfChunks(graph, { layout: { iterations: 5 } })));
    expect(back.order).toBe(300);
    expect(back.size).toBe(1200);
    const view = graphView(graph);
    const backView = graphView(back);
    expect(backView.nodes).toEqual(view.nodes);
    expect(backView.edges).toEqual(view.edges);
  });

  it('escapes markup characters and keeps tabs and newlines, replacing what XML 1.0 forbids', async () => {
    const text = collectChunks(gexfChunks(sampleGraph()));
    expect(text).not.toMatch(/[\u0000\u000b\uffff]/);
    const back = await readGexf(text);
    expect(back.getNodeAttribute('kabul-airport', 'label')).toBe(HOSTILE_LABEL);
    expect(back.getNodeAttribute('kabul', 'label')).toBe('bad\uFFFDchar\uFFFDs\uFFFD here\uFFFD');
    expect(FORBIDDEN_LABEL).not.toBe(back.getNodeAttribute('kabul', 'label'));
  });
});

describe('GEXF drawing data', () => {
  it('lays out a graph without positions (deterministically) and keeps positions it has', async () => {
    const first = await readGexf(collectChunks(gexfChunks(sampleGraph())));
    const second = await readGexf(collectChunks(gexfChunks(sampleGraph())));
    const positions = first.mapNodes((_n, a) => [a.x, a.y]);
    for (const [x, y] of positions) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set(positions.map((p) => p.join(','))).size).toBe(first.order);
    expect(second.mapNodes((_n, a) => [a.x, a.y])).toEqual(positions);

    const placed = sampleGraph();
    placed.forEachNode((node, _a) => placed.mergeNodeAttributes(node, { x: node.length * 10, y: -node.length }));
    const kept = await readGexf(collectChunks(gexfChunks(placed)));
    kept.forEachNode((node, a) => expect([a.x, a.y]).toEqual([node.length * 10, -node.length]));
  });

  it('colours nodes by entity type as r/g/b and sizes them by mentions', () => {
    const text = collectChunks(gexfChunks(sampleGraph()));
    const turkey = /<node id="turkey"[\s\S]*?<\/node>/.exec(text)?.[0] ?? '';
    const { r, g, b } = hexToRgb(ENTITY_TYPE_COLORS.country) ?? { r: -1, g: -1, b: -1 };
    expect(turkey).toContain(`<viz:color r="${r}" g="${g}" b="${b}"/>`);
    expect(text).not.toContain('hex=');
    const size = (id: string): number => Number(new RegExp(`<node id="${id}"[\\s\\S]*?<viz:size value="([\\d.]+)"`).exec(text)?.[1]);
    expect(size('turkey')).toBeGreaterThan(size('erdogan'));
  });

  it('writes spells from the publication dates of the evidence only in dynamic mode', async () => {
    const staticText = collectChunks(gexfChunks(sampleGraph()));
    expect(staticText).not.toContain('<spell');
    const text = collectChunks(gexfChunks(sampleGraph(), { dynamic: true }));
    expect(text).toContain('mode="dynamic" timeformat="date"');
    const edge = (id: string): string => new RegExp(`<edge id="${id.replace(/\|/g, '\\|')}"[\\s\\S]*?</edge>`).exec(text)?.[0] ?? '';
    expect([...edge('turkey|offers|kabul-airport').matchAll(/<spell start="([^"]+)" end="([^"]+)"/g)].map((m) => [m[1], m[2]]))
      .toEqual([['2021-06-14', '2021-06-14'], ['2021-07-02', '2021-07-02']]);
    // Evidence only from an undated document: no spell, so Gephi shows it throughout.
    expect(edge('kabul-airport|located_in|kabul')).not.toContain('<spell');
    // A node is present whenever one of its relations is.
    const airport = /<node id="kabul-airport"[\s\S]*?<\/node>/.exec(text)?.[0] ?? '';
    expect([...airport.matchAll(/<spell start="([^"]+)"/g)].map((m) => m[1])).toEqual(['2021-06-14', '2021-07-02']);
  });

  it('streams into a file', async () => {
    const file = join(dir, 'streamed.gexf');
    await writeGexf(sampleGraph(), createWriteStream(file), { lastModified: '2024-01-02' });
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(collectChunks(gexfChunks(sampleGraph(), { lastModified: '2024-01-02' })));
    expect(text.trimEnd().endsWith('</gexf>')).toBe(true);
  });
});

describe('GEXF export while the graph changes', () => {
  it('writes the graph as it was when the export started, with no edge to an unwritten node', async () => {
    const graph = syntheticGraph({ nodes: 300, edges: 1200, seed: 13 });
    const [someNode] = graph.nodes();
    let text = '';
    let mutated = false;
    const slowSink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        text += chunk.toString('utf8');
        if (!mutated) {
          // What an ingestion landing mid-export does to the live graph.
          mutated = true;
          graph.addNode('late-arrival', { label: 'Late', entityType: 'person', aliases: [], mentions: 1 });
          graph.addDirectedEdgeWithKey('late|attacks', someNode, 'late-arrival', { ...graph.getEdgeAttributes(graph.edges()[0]), predicate: 'attacks' });
        }
        setImmediate(callback);
      },
    });
    await writeGexf(graph, slowSink, { layout: { iterations: 2 } });
    expect(mutated).toBe(true);
    expect(text.length).toBeGreaterThan(256 * 1024);
    const back = await readGexf(text);
    expect([back.order, back.size]).toEqual([300, 1200]);
    expect(back.hasNode('late-arrival')).toBe(false);
    expect(text).toContain('<edges count="1200">');
  });
});

describe.runIf(shouldRun('jing', jingAvailable(), 'apt-get install -y jing'))('GEXF against the official schemas (jing)', () => {
  for (const variant of VARIANTS) {
    it(`validates ${variantName(variant)}`, () => {
      const sample = writeFile(`sample-${variant.version}-${variant.dynamic}.gexf`, collectChunks(gexfChunks(sampleGraph(), variant)));
      const synthetic = writeFile(`synthetic-${variant.version}-${variant.dynamic}.gexf`,
        collectChunks(gexfChunks(syntheticGraph({ nodes: 200, edges: 600, seed: 3 }), { ...variant, layout: { iterations: 5 } })));
      expect(validateWithJing(variant.version, [sample, synthetic])).toEqual({ ok: true, errors: '' });
    });
  }

  it('rejects an invalid file (the validator is really checking)', () => {
    const result = validateWithJing('1.3', [resolve(GEXF_FIXTURES, 'gexf-1.3/examples/invalid-negative-test.gexf')]);
    expect(result.ok).toBe(false);
    expect(result.errors).toContain('missing required attribute');
  });
});

interface NetworkxSummary {
  nodes: number;
  edges: number;
  directed: boolean;
  airport: { label: string; aliases: string; entityType: string; mentions: number; viz: { color: { r: number; g: number; b: number } } };
  offers: { label: string; weight: number; confidence: number; evidenceCount: number; spells?: [string, string][] };
}

const NETWORKX_SUMMARY = `
import json, sys
import networkx as nx
out = []
for path in sys.argv[1:]:
    g = nx.read_gexf(path)
    offers = [d for _, _, d in g.edges(data=True) if d.get('predicate') == 'offers'][0]
    out.append({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'directed': g.is_directed(),
                'airport': g.nodes['kabul-airport'] | {'aliases': g.nodes['turkey'].get('aliases')},
                'offers': offers})
print(json.dumps(out))
`;

describe.runIf(shouldRun('networkx', networkxAvailable(), 'apt-get install -y python3-networkx'))('GEXF in Python networkx', () => {
  it('reads every version and mode with labels, attributes, colours and spells', () => {
    const files = VARIANTS.map((v) => writeFile(`nx-${v.version}-${v.dynamic}.gexf`, collectChunks(gexfChunks(sampleGraph(), v))));
    const summaries = runPython<NetworkxSummary[]>(NETWORKX_SUMMARY, files);
    const { r, g, b } = hexToRgb(ENTITY_TYPE_COLORS.facility) ?? { r: -1, g: -1, b: -1 };
    summaries.forEach((summary, i) => {
      expect(summary).toMatchObject({ nodes: 5, edges: 5, directed: true });
      expect(summary.airport).toMatchObject({ label: HOSTILE_LABEL, entityType: 'facility', mentions: 1, viz: { color: { r, g, b } } });
      expect(summary.airport.aliases).toMatch(/Türkiye/);
      expect(summary.offers).toMatchObject({ label: 'offers', weight: 2, confidence: 0.91, evidenceCount: 2 });
      if (VARIANTS[i].dynamic) expect(summary.offers.spells).toEqual([['2021-06-14', '2021-06-14'], ['2021-07-02', '2021-07-02']]);
    });
  });
});

describe('GEXF in graphology-gexf', () => {
  for (const variant of VARIANTS) {
    it(`parses ${variantName(variant)} with every node, edge and attribute`, () => {
      const graph = sampleGraph();
      const parsed = gexf.parse(MultiDirectedGraph, collectChunks(gexfChunks(graph, variant)));
      expect(parsed.order).toBe(graph.order);
      expect(parsed.size).toBe(graph.size);
      graph.forEachNode((node, attrs) => {
        const read = parsed.getNodeAttributes(node);
        expect(read.label).toBe(toXmlChars(attrs.label));
        expect(read.entityType).toBe(attrs.entityType);
        expect(read.mentions).toBe(attrs.mentions);
        expect(read.country).toBe(attrs.country);
        expect(read.firstSeen).toBe(attrs.firstSeen);
        expect(read.aliases ?? []).toEqual(attrs.aliases.map(toXmlChars));
        expect(Number.isFinite(read.x) && Number.isFinite(read.y)).toBe(true);
        expect(read.color).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
      });
      graph.forEachEdge((edge, attrs, source, target) => {
        expect(parsed.hasEdge(edge)).toBe(true);
        expect(parsed.extremities(edge)).toEqual([source, target]);
        const read = parsed.getEdgeAttributes(edge);
        expect(read).toMatchObject({ label: attrs.label, weight: attrs.evidence.length, predicate: attrs.predicate, modality: attrs.modality, confidence: attrs.confidence, evidenceCount: attrs.evidence.length });
        expect(JSON.parse(read.evidence as string).map((e: { text: string }) => e.text)).toEqual(attrs.evidence.map((e) => e.text));
      });
    });
  }
});

describe('reading Gephi files', () => {
  for (const version of ['1.3', '1.2draft']) {
    it(`imports the primer's static and dynamic web graphs (${version}), keeping unknown attributes`, async () => {
      const webgraph = await readGexf(readFileSync(resolve(GEXF_FIXTURES, `gexf-${version}/examples/primer-webgraph.gexf`)));
      expect(webgraph.order).toBe(4);
      expect(webgraph.size).toBe(5);
      expect(webgraph.getNodeAttributes('0')).toMatchObject({ label: 'Gephi', entityType: 'organization', extra: { url: 'http://gephi.org', indegree: 1, frog: true } });
      expect(webgraph.getNodeAttribute('3', 'extra')).toMatchObject({ frog: false });

      const dynamic = await readGexf(readFileSync(resolve(GEXF_FIXTURES, `gexf-${version}/examples/primer-dynwebgraph.gexf`)));
      expect(dynamic.order).toBe(4);
      expect(dynamic.getNodeAttribute('0', 'firstSeen')).toBe('2009-03-01');
    });
  }

  it('reads viz colour (r/g/b), size and position', async () => {
    const hello = await readGexf(readFileSync(resolve(GEXF_FIXTURES, 'gexf-1.3/examples/viz-namespace-test.gexf')));
    expect(hello.getNodeAttributes('0')).toMatchObject({ label: 'Hello', color: '#efad42', size: 2.07, x: 15.78, y: 40.1 });
  });

  it('re-exports an imported foreign file with its unknown attributes', async () => {
    const webgraph = await readGexf(readFileSync(resolve(GEXF_FIXTURES, 'gexf-1.3/examples/primer-webgraph.gexf')));
    const again = await readGexf(collectChunks(gexfChunks(webgraph)));
    expect(graphView(again)).toEqual(graphView(webgraph));
  });
});

describe('malformed GEXF', () => {
  const good = collectChunks(gexfChunks(sampleGraph()));

  it('reports the line of broken XML', async () => {
    const lines = good.split('\n');
    const broken = [...lines.slice(0, 40), '<oops></node>', ...lines.slice(40)].join('\n');
    await expect(readGexf(broken)).rejects.toThrow(ImportFormatError);
    await expect(readGexf(broken)).rejects.toThrow(/^line 41: malformed XML at column \d+: unexpected close tag/);
  });

  it('reports a truncated file', async () => {
    await expect(readGexf(good.slice(0, Math.floor(good.length / 2)))).rejects.toThrow(/malformed XML/);
  });

  it('reports an edge to a node that does not exist, with its line', async () => {
    const text = good.replace('source="erdogan"', 'source="nobody"');
    const line = text.split('\n').findIndex((l) => l.includes('source="nobody"')) + 1;
    await expect(readGexf(text)).rejects.toThrow(`line ${line}: edge nobody -> turkey points to unknown node 'nobody'`);
  });

  it('refuses a file that is not GEXF', async () => {
    await expect(readGexf('<?xml version="1.0"?><graphml><graph/></graphml>')).rejects.toThrow(/not a GEXF file/);
    await expect(readGexf('{"nodes": []}')).rejects.toThrow(/line 1: malformed XML/);
  });
});
