import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvEdgeChunks, csvNodeChunks, parseCsvRows, readCsv, writeCsvDirectory } from '../../src/formats/csv.js';
import { readGraph, sniffFormat } from '../../src/formats/registry.js';
import { graphmlChunks, readGraphml } from '../../src/formats/graphml.js';
import { ImportFormatError } from '../../src/formats/import-error.js';
import { jsonChunks, readJson } from '../../src/formats/json.js';
import { collectChunks } from '../../src/formats/stream.js';
import { toXmlChars } from '../../src/formats/xml-escape.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { asUtf8, graphView, mapStrings } from './compare.js';
import { HOSTILE_LABEL, sampleGraph } from './fixtures.js';
import { networkxAvailable, runPython, shouldRun } from './tools.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-formats-'));

describe('JSON (graphology serialization)', () => {
  it('round-trips exactly, control characters included', () => {
    const graph = sampleGraph();
    expect(graphView(readJson(collectChunks(jsonChunks(graph))))).toEqual(graphView(graph));
  });

  it('is what graphology itself imports', () => {
    const graph = sampleGraph();
    const imported = graph.emptyCopy();
    imported.clear();
    imported.import(JSON.parse(collectChunks(jsonChunks(graph))));
    expect(graphView(imported)).toEqual(graphView(graph));
  });

  it('round-trips a synthetic graph', () => {
    const graph = syntheticGraph({ nodes: 200, edges: 800, seed: 5 });
    expect(graphView(readJson(collectChunks(jsonChunks(graph))))).toEqual(graphView(graph));
  });

  it("maps another tool's graph, keeping unknown attributes", () => {
    const foreign = JSON.stringify({
      nodes: [{ key: 'a', attributes: { label: 'Alpha', type: 'person', score: 3 } }, { key: 'b', attributes: { label: 'Beta', type: 'website' } }],
      edges: [{ source: 'a', target: 'b', attributes: { label: 'attacks', weight: 2, meta: { nested: true } } }],
    });
    const graph = readJson(foreign);
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'Alpha', entityType: 'person', extra: { score: 3 } });
    expect(graph.getNodeAttributes('b')).toMatchObject({ label: 'Beta', entityType: 'organization', extra: { type: 'website' } });
    expect(graph.getNodeAttribute('a', 'extra')).toEqual({ score: 3 });
    const [edge] = graph.edges();
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ predicate: 'attacks', weight: 2, extra: { meta: '{"nested":true}' } });
  });

  it('reports malformed JSON with its line and bad structure with its path', () => {
    const text = collectChunks(jsonChunks(sampleGraph()));
    const lines = text.split('\n');
    lines[6] = lines[6].replace('"label"', 'label');
    expect(() => readJson(lines.join('\n'))).toThrow(/^line 7: malformed JSON/);
    expect(() => readJson('{"nodes": [{"attributes": {}}], "edges": []}')).toThrow(/nodes\.0\.key/);
    expect(() => readJson('{"nodes": [], "edges": [{"source": "a", "target": "b"}]}')).toThrow(/unknown node 'a'/);
  });
});

describe('GraphML', () => {
  it('round-trips every node, edge, attribute and document', async () => {
    const graph = sampleGraph();
    const back = await readGraphml(collectChunks(graphmlChunks(graph)));
    expect(graphView(back)).toEqual(mapStrings(graphView(graph), toXmlChars));
  });

  it('declares typed keys', () => {
    const text = collectChunks(graphmlChunks(sampleGraph()));
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="mentions" attr.type="int"\/>/);
    expect(text).toMatch(/<key id="e\d+" for="edge" attr.name="confidence" attr.type="double"\/>/);
    expect(text).toMatch(/<key id="e\d+" for="edge" attr.name="weight" attr.type="double"\/>/);
  });

  it('round-trips a synthetic graph', async () => {
    const graph = syntheticGraph({ nodes: 200, edges: 800, seed: 9 });
    const back = await readGraphml(collectChunks(graphmlChunks(graph, { layout: { iterations: 5 } })));
    expect(graphView(back).edges).toEqual(graphView(graph).edges);
    expect(graphView(back).nodes).toEqual(graphView(graph).nodes);
  });

  it('reports malformed XML with its line', async () => {
    const text = collectChunks(graphmlChunks(sampleGraph())).replace('</node>', '</nod>');
    const line = text.split('\n').findIndex((l) => l.includes('</nod>')) + 1;
    await expect(readGraphml(text)).rejects.toThrow(new RegExp(`^line ${line}: malformed XML`));
  });

  it.runIf(shouldRun('networkx', networkxAvailable(), 'apt-get install -y python3-networkx'))('is read by networkx read_graphml with types', () => {
    const file = join(dir, 'sample.graphml');
    writeFileSync(file, collectChunks(graphmlChunks(sampleGraph())));
    const [summary] = runPython<{ nodes: number; edges: number; airport: { label: string; mentions: number }; offers: { confidence: number; weight: number } }[]>(`
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
offers = [d for _, _, d in g.edges(data=True) if d.get('predicate') == 'offers'][0]
print(json.dumps([{'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'airport': g.nodes['kabul-airport'], 'offers': offers}]))
`, [file]);
    expect(summary).toMatchObject({ nodes: 5, edges: 5, airport: { label: HOSTILE_LABEL, mentions: 1 }, offers: { confidence: 0.91, weight: 2 } });
  });
});

describe('CSV for neo4j-admin import', () => {
  it('writes the headers neo4j-admin expects', () => {
    const graph = sampleGraph();
    const [nodeHeader] = collectChunks(csvNodeChunks(graph)).split('\n');
    const [edgeHeader] = collectChunks(csvEdgeChunks(graph)).split('\n');
    expect(nodeHeader.split(',').slice(0, 3)).toEqual(['id:ID', ':LABEL', 'label:string']);
    expect(nodeHeader).toContain('aliases:string[]');
    expect(nodeHeader).toContain('mentions:int');
    expect(nodeHeader).toContain('firstSeen:date');
    expect(edgeHeader.split(',').slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    const rows = parseCsvRows(collectChunks(csvEdgeChunks(graph)), 'edges.csv');
    expect(rows[1].fields.slice(0, 3)).toEqual(['turkey', 'kabul-airport', 'OFFERS']);
    const nodes = parseCsvRows(collectChunks(csvNodeChunks(graph)), 'nodes.csv');
    expect(nodes.find((r) => r.fields[0] === 'turkey')?.fields[1]).toBe('Entity;Country');
  });

  it('round-trips through a directory of nodes.csv and edges.csv', async () => {
    const graph = sampleGraph();
    const files = await writeCsvDirectory(graph, join(dir, 'csv'));
    const back = readCsv(readFileSync(files.nodes, 'utf8'), readFileSync(files.edges, 'utf8'));
    // CSV carries any character, but a file is UTF-8, which has no unpaired surrogates.
    expect(graphView(back)).toEqual(mapStrings(graphView(graph), asUtf8));
  });

  it('round-trips a synthetic graph', () => {
    const graph = syntheticGraph({ nodes: 200, edges: 800, seed: 11 });
    const back = readCsv(collectChunks(csvNodeChunks(graph)), collectChunks(csvEdgeChunks(graph)));
    expect(graphView(back)).toEqual(graphView(graph));
  });

  it('reports rows that do not match the header, with their line', () => {
    const nodes = collectChunks(csvNodeChunks(sampleGraph())) + 'lonely,Entity\n';
    const line = nodes.trimEnd().split('\n').length;
    expect(() => readCsv(nodes, collectChunks(csvEdgeChunks(sampleGraph())))).toThrow(new RegExp(`^line ${line}: nodes.csv: 2 fields where the header has`));
  });
});

describe('recognising a file to import', () => {
  it('tells the formats apart by content', async () => {
    const graph = sampleGraph();
    expect(sniffFormat(collectChunks(jsonChunks(graph)))).toBe('json');
    expect(sniffFormat(collectChunks(graphmlChunks(graph)))).toBe('graphml');
    expect(() => sniffFormat('id,label\n1,a')).toThrow(ImportFormatError);
    const viaSniff = await readGraph(collectChunks(graphmlChunks(graph)));
    expect(viaSniff.order).toBe(graph.order);
  });
});
