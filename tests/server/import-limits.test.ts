// An import is checked against itself and the limits before anything is allocated or stored:
// evidence offsets that reach far past their sentence, or past the body limit, and deep nesting.
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { textFromEvidence } from '../../src/store/import.js';
import { tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
beforeEach(() => { temp = tempStore(); });
afterEach(() => temp.cleanup());

/** The 568-byte shape: two entities, one relation, one evidence with the offsets given. */
function graphFile(evidence: { start: number; end: number; text: string }): string {
  const node = (key: string, label: string) => ({ key, attributes: { label, entityType: 'country', aliases: [], mentions: 1 } });
  return JSON.stringify({
    attributes: { documents: { d1: { title: 'T' } } },
    nodes: [node('greece', 'Greece'), node('turkey', 'Turkey')],
    edges: [{ source: 'greece', target: 'turkey', attributes: {
      predicate: 'threatens', label: 'threatens', cameo: '13', modality: 'asserted', confidence: 0.9,
      evidence: [{ doc: 'd1', sentence: 0, ...evidence }],
    } }],
  });
}

const TEXT = 'Greece threatened Turkey.';

describe('POST /api/import limits', () => {
  it('refuses evidence whose offsets claim more text than its sentence, storing nothing', async () => {
    const app = createApp({ store: temp.store });
    for (const end of [500_000_000, 1e8, 1e7, 1e13]) {
      const res = await request(app).post('/api/import').set('Content-Type', 'application/json').send(graphFile({ start: 0, end, text: TEXT }));
      expect(res.status, String(end)).toBe(400);
      expect(res.body.error.code).toBe('invalid_file');
    }
    const negative = await request(app).post('/api/import').set('Content-Type', 'application/json').send(graphFile({ start: -5, end: 20, text: TEXT }));
    expect(negative.status).toBe(400);
    expect(temp.store.documentCount()).toBe(0);
  });

  it('answers 413 when a document rebuilt from consistent offsets would pass the body limit', async () => {
    const app = createApp({ store: temp.store, maxBodyBytes: 1024 * 1024 });
    for (const start of [2 * 1024 * 1024, 499_999_990, 1e13]) {
      const res = await request(app).post('/api/import').set('Content-Type', 'application/json')
        .send(graphFile({ start, end: start + TEXT.length, text: TEXT }));
      expect(res.status, String(start)).toBe(413);
      expect(res.body.error.code).toBe('document_too_large');
    }
    expect(temp.store.documentCount()).toBe(0);
    const fits = await request(app).post('/api/import').set('Content-Type', 'application/json').send(graphFile({ start: 1000, end: 1000 + TEXT.length, text: TEXT }));
    expect(fits.status).toBe(200);
    expect(temp.store.documentCount()).toBe(1);
  });

  it('answers 400 with JSON for deeply nested JSON, in a graph file and in a document body', async () => {
    const app = createApp({ store: temp.store });
    const deep = `{"nodes": [], "edges": [], "attributes": {"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const res = await request(app).post('/api/import').set('Content-Type', 'application/json').send(deep);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_file');
    const doc = await request(app).post('/api/documents').set('Content-Type', 'application/json').send(`{"text": "a", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(doc.status).toBe(400);
    expect(doc.body.error).toBeDefined();
  });
});

describe('textFromEvidence', () => {
  it('places each sentence at its offsets, blanks between, the first of two overlapping sentences kept', () => {
    const text = textFromEvidence([
      { doc: 'd', sentence: 1, start: 10, end: 14, text: 'four' },
      { doc: 'd', sentence: 0, start: 2, end: 5, text: 'one' },
      { doc: 'd', sentence: 1, start: 10, end: 14, text: 'four' },
      { doc: 'd', sentence: 2, start: 12, end: 17, text: 'urXYZ' },
      { doc: 'd', sentence: 3, start: 20, end: 25, text: 'tail' },
    ]);
    expect(text).toBe('  one     fourXYZ   tail ');
  });
});
