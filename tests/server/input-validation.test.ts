// Strict validation of what the server and the CLI accept: real calendar dates in sane years,
// references that name something, formula-safe CSV cells, and regular files only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCalendarDate, isIsoDateTime } from '../../src/domain/dates.js';
import { isoDate } from '../../src/formats/attributes.js';
import { csvNodeChunks, neutralizeCell, readCsv, csvEdgeChunks, restoreCell } from '../../src/formats/csv.js';
import { createKnowledgeGraph } from '../../src/graph/model.js';
import { readArticle, textFilesIn } from '../../src/ingest/files.js';
import { createApp } from '../../src/server/app.js';
import { ARTICLE, storeFixtures, tempStore, type TempStore } from './helpers.js';

let temp: TempStore;
beforeEach(() => { temp = tempStore(); });
afterEach(() => temp.cleanup());

describe('dates', () => {
  it('are real calendar dates in sane years', () => {
    expect(['2021-02-28', '2024-02-29', '2000-02-29', '1999', '2021-08'].every(isCalendarDate)).toBe(true);
    expect(['2021-02-31', '2023-02-29', '1900-02-29', '0000-01-01', '2021-13-01', '2021-00-10', '9999-01-01', '2021-1-1'].some(isCalendarDate)).toBe(false);
    expect(isIsoDateTime('2021-08-25T10:30:00Z')).toBe(true);
    expect(isIsoDateTime('2021-08-25T25:00:00Z')).toBe(false);
    expect(isoDate('2021-02-31')).toBeUndefined();
  });

  it('are refused by the API when impossible', async () => {
    const app = createApp({ store: temp.store });
    for (const published of ['2021-02-31', '0000-01-01', '2021-02-29T10:00:00Z']) {
      const res = await request(app).post('/api/documents').send({ text: ARTICLE, published });
      expect([res.status, res.body.error.code], published).toEqual([400, 'invalid_parameter']);
    }
    expect((await request(app).get('/api/relations').query({ since: '2021-02-31' })).status).toBe(400);
    expect((await request(app).post('/api/documents').send({ text: ARTICLE, published: '2024-02-29' })).status).toBe(201);
  });
});

describe('entity references', () => {
  it('that normalise to nothing are a 400, not the most mentioned entity', async () => {
    storeFixtures(temp.store);
    const app = createApp({ store: temp.store });
    for (const ref of [' ', '!!!', '.', "'s"]) {
      const res = await request(app).get(`/api/neighbors/${encodeURIComponent(ref)}`);
      expect([res.status, res.body.error.code], ref).toEqual([400, 'invalid_parameter']);
      expect((await request(app).get('/api/relations').query({ source: ref })).status, ref).toBe(400);
    }
    expect((await request(app).get('/api/neighbors/Turkey')).status).toBe(200);
  });
});

describe('CSV cells', () => {
  it('that a spreadsheet would run as formulas are neutralised, and read back as they were', () => {
    const labels = ['=HYPERLINK("http://evil.example","click")', '+1 (555)', '-cmd', '@SUM(A1)', '\tTab', "'=quoted", 'Plain', "It's"];
    const graph = createKnowledgeGraph();
    labels.forEach((label, i) => graph.addNode(`n${i}`, { label, entityType: 'person', aliases: [], mentions: 1 }));
    const nodes = [...csvNodeChunks(graph)].join('');
    for (const line of nodes.split('\n').slice(1, -1)) {
      const label = line.split(',')[2].replace(/^"/, '');
      expect(label, line).not.toMatch(/^[=+\-@\t\r]/);
    }
    const back = readCsv(nodes, [...csvEdgeChunks(graph)].join(''));
    expect(back.mapNodes((_n, a) => a.label)).toEqual(labels);
    expect(['=1', "''=1", 'x'].map((t) => restoreCell(neutralizeCell(t)))).toEqual(['=1', "''=1", 'x']);
  });
});

describe('regular files only', () => {
  it('refuses a FIFO instead of waiting on it forever, and skips one in a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-fifo-'));
    try {
      const fifo = join(dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      writeFileSync(join(dir, 'article.txt'), ARTICLE);
      expect(() => readArticle(fifo)).toThrow(/not a regular file/);
      expect(textFilesIn([dir])).toEqual([join(dir, 'article.txt')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
