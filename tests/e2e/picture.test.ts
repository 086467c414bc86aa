// A readable picture by default: the same drawing on every load (stored per entity), no label over
// another label (hovered, selected or not), one label for parallel edges, entities without relations
// hidden unless asked for, and a layout run by the reader that is kept.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractDocument } from '../../src/extract/index.js';
import { seedIfEmpty } from '../../src/ingest/service.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { predicateDefinition } from '../../src/domain/ontology.js';
import type { GraphJson } from '../../src/query/subgraph.js';
import { countOverlaps } from '../../web/src/labels.js';
import type { PlacedLabelBox } from '../../web/src/probe.js';
import { browserAvailable, ensureWebBuilt, launchBrowser, newPageSession, openExplorer, PROJECT_ROOT, startExplorerServer, type ExplorerServer } from './harness.js';

/** Two relations between the same two entities, and one entity that relates to nothing. */
function parallelExtraction(text: string): ExtractionResult {
  const evidence = { doc: 'parallel', sentence: 0, start: 0, end: text.length, text };
  return {
    doc: 'parallel',
    entities: [
      { key: 'zorvath-ministry', label: 'Zorvath Ministry', entityType: 'organization', aliases: [], mentions: 2 },
      { key: 'quellmark-council', label: 'Quellmark Council', entityType: 'organization', aliases: [], mentions: 2 },
      { key: 'lonely-observer', label: 'Lonely Observer', entityType: 'person', aliases: [], mentions: 1 },
    ],
    mentions: [],
    relations: [
      { source: 'zorvath-ministry', target: 'quellmark-council', predicate: 'requests', modality: 'asserted', confidence: 0.9, evidence },
      { source: 'zorvath-ministry', target: 'quellmark-council', predicate: 'criticizes', modality: 'asserted', confidence: 0.9, evidence },
    ],
  };
}

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('explorer picture', () => {
  let server: ExplorerServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  const positions = (p: Page): Promise<Record<string, [number, number]>> => p.evaluate(() => window.__newsgraph?.positions() ?? {});
  const labels = (): Promise<PlacedLabelBox[]> => page.evaluate(() => window.__newsgraph?.labels() ?? []);
  const shownNodes = async (): Promise<number> => Number(await page.evaluate(() => document.body.dataset.nodes));

  /** Moves the mouse onto a node's disc and waits for the hover to be drawn. */
  async function hover(node: string): Promise<void> {
    const spot = await page.evaluate((key) => window.__newsgraph?.shownOnScreen().find((n) => n.node === key), node);
    if (!spot) throw new Error(`${node} is not on screen`);
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no graph container');
    await page.mouse.move(box.x + spot.x, box.y + spot.y);
    await page.waitForTimeout(300);
  }

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startExplorerServer(extractDocument, (store) => {
      seedIfEmpty(store, join(PROJECT_ROOT, 'seeds'));
      const text = 'The Zorvath Ministry asked the Quellmark Council for talks and criticized it; the Lonely Observer watched.';
      store.ingestExtraction({ text, title: 'Parallel relations' }, parallelExtraction(text));
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    ({ context, page, errors: pageErrors } = await newPageSession(browser));
  });

  afterEach(async () => {
    await context.close();
  });

  it('the same URL twice draws every entity at the same place, the stored one', async () => {
    await openExplorer(page, `${server.url}/?type=person,country`);
    const first = await positions(page);
    const other = await context.newPage();
    await openExplorer(other, `${server.url}/?type=person,country`);
    expect(await positions(other)).toEqual(first);
    const stored = (await (await fetch(`${server.url}/api/layout`)).json() as { positions: Record<string, [number, number]> }).positions;
    expect(Object.keys(first).sort()).toEqual(Object.keys(stored).sort());
    for (const [node, [x, y]] of Object.entries(first)) expect([x, y]).toEqual(stored[node]);
    expect(pageErrors).toEqual([]);
  });

  it('no label overlaps another: at rest, hovering the biggest hub, and with an entity open', async () => {
    await openExplorer(page, server.url);
    await page.waitForTimeout(300);
    const atRest = await labels();
    expect(atRest.filter((l) => l.kind === 'node').length).toBeGreaterThanOrEqual(Math.min(10, await shownNodes()));
    expect(countOverlaps(atRest)).toBe(0);

    const whole = await (await fetch(`${server.url}/api/graph`)).json() as GraphJson;
    const degree = new Map<string, number>();
    for (const { source, target } of whole.edges) for (const n of [source, target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const [hub] = [...degree.entries()].sort((a, b) => b[1] - a[1])[0];
    await hover(hub);
    const hovered = await labels();
    expect(hovered.length).toBeGreaterThan(0);
    expect(countOverlaps(hovered)).toBe(0);

    await page.mouse.click(1, 1); // away from the canvas
    await page.locator('#search').fill('Erdogan');
    await page.locator('#search-results li').first().click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain('Erdogan');
    await page.waitForTimeout(800);
    const selected = await labels();
    expect(selected.some((l) => l.text.includes('Erdogan'))).toBe(true);
    expect(countOverlaps(selected)).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('two relations between the same entities share one label', async () => {
    await openExplorer(page, `${server.url}/?node=zorvath-ministry`);
    await page.waitForTimeout(800);
    const both = [predicateDefinition('requests').label, predicateDefinition('criticizes').label].sort().join(' · ');
    const edgeLabels = (await labels()).filter((l) => l.kind === 'edge').map((l) => l.text);
    expect(edgeLabels).toContain(both);
    expect(edgeLabels.filter((t) => t === predicateDefinition('requests').label)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a shared URL with filters and a selected relation opens that relation with its evidence', async () => {
    const edge = 'zorvath-ministry|requests|quellmark-council';
    await openExplorer(page, `${server.url}/?type=organization&edge=${encodeURIComponent(edge)}`);
    await expect.poll(() => page.locator('#panel h2').getAttribute('data-edge')).toBe(edge);
    await expect.poll(() => page.locator('#panel blockquote').first().textContent()).toContain('Zorvath Ministry asked');
    expect(await page.locator('input[name="type"]:checked').evaluateAll((b) => b.map((x) => (x as HTMLInputElement).value))).toEqual(['organization']);
    expect(new URL(page.url()).searchParams.get('edge')).toBe(edge);
    await page.keyboard.press('Escape');
    expect(new URL(page.url()).searchParams.get('edge')).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('entities without relations are hidden and counted; the toggle shows them', async () => {
    await openExplorer(page, server.url);
    const hidden = await shownNodes();
    expect(await page.locator('#status').textContent()).toMatch(/\(\d+ without relations hidden\)$/);
    expect(await page.evaluate(() => window.__newsgraph?.shownOnScreen().some((n) => n.node === 'lonely-observer'))).toBe(false);
    await page.locator('#show-isolated').check();
    await expect.poll(() => page.evaluate(() => window.__newsgraph?.shownOnScreen().some((n) => n.node === 'lonely-observer'))).toBe(true);
    expect(await shownNodes()).toBeGreaterThan(hidden);
    expect(pageErrors).toEqual([]);
  });

  it('a layout run by the reader is stored: a reload shows it', async () => {
    await openExplorer(page, server.url);
    const before = await positions(page);
    await page.locator('#layout-toggle').click();
    await page.waitForFunction(() => document.body.dataset.layout === 'running');
    await page.waitForTimeout(1_000);
    await page.locator('#layout-toggle').click();
    await page.waitForFunction(() => document.body.dataset.layout === 'stopped');
    const after = await positions(page);
    expect(after).not.toEqual(before);
    await expect.poll(async () => {
      const reloaded = await context.newPage();
      await openExplorer(reloaded, server.url);
      const seen = await positions(reloaded);
      await reloaded.close();
      return seen;
    }).toEqual(after);
    expect(pageErrors).toEqual([]);
  });
});
