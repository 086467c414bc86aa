// A graph of 10,000 entities and 50,000 relations, stored through the real store and served by the
// real server: the explorer draws it and a pan gesture moves the view without the page hanging.
// Limits are generous on purpose: this checks that it works, timings belong to `npm run bench`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import {
  browserAvailable, ensureWebBuilt, launchBrowser, openExplorer, screenshotPixels, startExplorerServer,
  waitForLayoutToSettle, type ExplorerServer,
} from './harness.js';
import { storeGraph } from './large-graph-fixture.js';
import { countOverlaps } from '../../web/src/labels.js';

const NODES = 10_000;
const EDGES = 50_000;
const GENEROUS_MS = 300_000;

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('web explorer on a 10,000-node / 50,000-edge graph', () => {
  let server: ExplorerServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureWebBuilt();
    const graph = syntheticGraph({ nodes: NODES, edges: EDGES, seed: 7 });
    server = await startExplorerServer(() => { throw new Error('this test stores a ready-made graph'); }, (store) => {
      storeGraph(store, graph, 'Synthetic archive');
    });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(GENEROUS_MS);
  }, GENEROUS_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws every entity and relation, and pans without hanging', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openExplorer(page, server.url, GENEROUS_MS);
    const order = server.store.graph.order;
    const size = server.store.graph.size;
    expect(order).toBeGreaterThan(NODES * 0.95); // a few synthetic names may resolve to one entity
    expect(size).toBeGreaterThan(EDGES * 0.95);
    // Every related entity is drawn; entities without relations are hidden and counted.
    const isolated = server.store.graph.filterNodes((n) => server.store.graph.degree(n) === 0).length;
    expect(await page.locator('#status').textContent()).toBe(`${order - isolated} of ${order} entities, ${size} of ${size} relations shown`
      + (isolated > 0 ? ` (${isolated} without relations hidden)` : ''));
    await waitForLayoutToSettle(page, GENEROUS_MS);

    // Labels never overlap, at rest or with the biggest hub hovered (its overlay drawn, labels capped).
    const live = server.store.graph;
    const hub = live.nodes().reduce((best, node) => (live.degree(node) > live.degree(best) ? node : best));
    expect(countOverlaps(await page.evaluate(() => window.__newsgraph?.labels() ?? []))).toBe(0);
    const hovered = await page.evaluate((node) => { window.__newsgraph?.hover(node); return window.__newsgraph?.labels() ?? []; }, hub);
    expect(hovered.length).toBeGreaterThan(1);
    expect(countOverlaps(hovered)).toBe(0);
    await page.evaluate(() => window.__newsgraph?.hover(null));

    const before = await screenshotPixels(page, '#graph');
    expect(before.inked / before.total).toBeGreaterThan(0.1);
    expect(before.colours).toBeGreaterThan(20);

    // Drag the stage from its centre to the lower right: the drawing must follow.
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('graph container is not visible');
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const shift = box.width / 3;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (const step of [1, 2, 3]) await page.mouse.move(cx + (shift * step) / 3, cy + (shift * step) / 6);
    await page.mouse.up();

    // The page still answers, and the drawing has moved right and down with the drag.
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    await expect.poll(async () => (await screenshotPixels(page, '#graph')).centroid.x, { timeout: GENEROUS_MS, interval: 2_000 })
      .toBeGreaterThan(before.centroid.x + 0.1);
    const after = await screenshotPixels(page, '#graph');
    expect(after.centroid.y).toBeGreaterThan(before.centroid.y);
    expect(after.inked).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, GENEROUS_MS * 2);
});
