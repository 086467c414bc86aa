// Property tests for the readers and the text pipeline: whatever bytes a file holds, a reader either
// gives a graph or fails with an ImportFormatError (never another exception, never a hang); what we
// write reads back the same; extraction of any text gives evidence that points into that text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { readCsv } from '../../src/formats/csv.js';
import { exportChunks, readGraph, IMPORT_FORMATS } from '../../src/formats/registry.js';
import { ImportFormatError } from '../../src/formats/import-error.js';
import { createKnowledgeGraph } from '../../src/graph/model.js';

const RUNS = 150;

async function readsOrRefuses(read: () => Promise<unknown> | unknown): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (!(error instanceof ImportFormatError)) throw error;
  }
}

/** Fragments of the formats, so that random files get past the first check often enough to matter. */
const fragment = fc.constantFrom(
  '{', '}', '[', ']', '"nodes":', '"edges":', '"key":', '"attributes":', '"evidence":', ',', ':', '"__proto__"', '"constructor"',
  '<gexf>', '</gexf>', '<graph>', '<nodes>', '<node id="a"/>', '<node id="__proto__"/>', '<edge source="a" target="b"/>', '<graphml>',
  '<key id="d0" for="node" attr.name="label" attr.type="string"/>', '<data key="d0">x</data>', '&amp;', '&#0;', '<!--', ']]>',
  '1e309', '-1', 'null', '"start": 1e13', '"end": -5', '"text": "x"',
);
const fileText = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')));
const label = fc.string({ maxLength: 20 });

describe('readers', () => {
  it('read any text as a graph or refuse it with an ImportFormatError', async () => {
    await fc.assert(fc.asyncProperty(fileText, fc.constantFrom(...IMPORT_FORMATS), async (text, format) => {
      await readsOrRefuses(() => readGraph(text, format));
    }), { numRuns: RUNS });
  });

  it('read any pair of CSV texts as a graph or refuse them with an ImportFormatError', async () => {
    const csv = fc.array(fc.array(fc.oneof(label, fc.constantFrom(':ID', ':START_ID', ':END_ID', 'id:ID', '"', '""', '\n')), { maxLength: 5 }).map((cells) => cells.join(',')), { maxLength: 6 }).map((lines) => lines.join('\n'));
    await fc.assert(fc.asyncProperty(csv, csv, async (nodes, edges) => {
      await readsOrRefuses(() => readCsv(nodes, edges));
    }), { numRuns: RUNS });
  });

  it('read back what they write: nodes, labels and edges, whatever the ids and labels', async () => {
    const graphSpec = fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), label), { selector: ([id]) => id, minLength: 1, maxLength: 8 });
    await fc.assert(fc.asyncProperty(graphSpec, async (nodes) => {
      const graph = createKnowledgeGraph();
      for (const [id, name] of nodes) graph.addNode(id, { label: name, entityType: 'person', aliases: [], mentions: 1 });
      const first = graph.nodes()[0];
      for (const node of graph.nodes().slice(1)) {
        graph.addDirectedEdgeWithKey(`${first}->${node}`, first, node, { predicate: 'threatens', label: 'threatens', cameo: '13', modality: 'asserted', confidence: 0.5, evidence: [] });
      }
      for (const format of IMPORT_FORMATS) {
        let back;
        try {
          back = await readGraph([...exportChunks(graph, format)].join(''), format);
        } catch (error) {
          // Characters XML 1.0 cannot hold are refused when written back, never crash.
          if (format !== 'json' && error instanceof ImportFormatError) continue;
          throw error;
        }
        expect([back.order, back.size], format).toEqual([graph.order, graph.size]);
      }
    }), { numRuns: 60 });
  });
});

describe('the text pipeline', () => {
  it('gives, for any text, mentions and evidence that point into that text', () => {
    const word = fc.constantFrom('Turkey', 'Greece', 'threatened', 'the', 'Mr.', 'Constructor', 'said', '.', ',', '"', '\n', ' ', 'A.', 'x'.repeat(200), 'é', '&amp;', '<p>');
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(word, { maxLength: 60 }).map((w) => w.join(' ')));
    fc.assert(fc.property(text, (input) => {
      const result = extractDocument(input, 'd');
      for (const m of result.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
      for (const r of result.relations) expect(input.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    }), { numRuns: RUNS });
  });
});
