// Filters that never lie: the boxes, the URL and the graph always say the same thing. Checked against
// the API's own answer for the same parameters, with a request that fails, an empty date range,
// undated documents, "only"/"all", Clear filters, and the back button.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractDocument } from '../../src/extract/index.js';
import { ingestText, seedIfEmpty } from '../../src/ingest/service.js';
import { ENTITY_TYPES } from '../../src/domain/ontology.js';
import type { GraphJson } from '../../src/query/subgraph.js';
import type { DocumentSummary } from '../../src/store/rows.js';
import { browserAvailable, ensureWebBuilt, launchBrowser, newPageSession, openExplorer, PROJECT_ROOT, startExplorerServer, type ExplorerServer } from './harness.js';

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('explorer filters', () => {
  let server: ExplorerServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  const shownNodes = async (): Promise<number> => Number(await page.evaluate(() => document.body.dataset.nodes));
  const urlParam = (name: string): string | null => new URL(page.url()).searchParams.get(name);
  const apiGraph = async (search: string): Promise<GraphJson> => (await fetch(`${server.url}/api/graph${search}`)).json() as Promise<GraphJson>;
  const checkedTypes = (): Promise<string[]> => page.locator('input[name="type"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startExplorerServer(extractDocument, (store) => {
      seedIfEmpty(store, join(PROJECT_ROOT, 'seeds'));
      ingestText(store, { title: 'Dated one', published: '2021-05-03', text: 'Germany criticized Russia on Monday. France offered aid to Greece.' });
      ingestText(store, { title: 'Undated one', text: 'Italy condemned Iran. Spain met Portugal in Madrid.' });
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

  it('Clear filters ticks every box again and shows the whole graph', async () => {
    await openExplorer(page, server.url);
    const all = await shownNodes();
    await page.locator('input[name="type"][value="country"]').uncheck();
    await expect.poll(shownNodes).toBeLessThan(all);
    await page.locator('[data-clear]').click();
    await expect.poll(shownNodes).toBe(all);
    expect(await page.locator('input[type="checkbox"][name]:not(:checked)').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    // Ticking one type after a clear keeps the others: all were ticked, one is unticked.
    await page.locator('input[name="type"][value="person"]').uncheck();
    await expect.poll(() => urlParam('type')).toBe(ENTITY_TYPES.filter((t) => t !== 'person').join(','));
    expect(pageErrors).toEqual([]);
  });

  it('"only" keeps one type, "all" brings the group back; counts match the graph', async () => {
    await openExplorer(page, server.url);
    const whole = await apiGraph('');
    const people = whole.nodes.filter((n) => n.attributes?.entityType === 'person').length;
    expect(await page.locator('[data-filter="type"] [data-count="person"]').textContent()).toBe(` ${people}`);
    const asserted = whole.edges.filter((e) => e.attributes?.modality === 'asserted').length;
    expect(await page.locator('[data-filter="modality"] [data-count="asserted"]').textContent()).toBe(` ${asserted}`);

    await page.locator('[data-filter="type"] [data-only="country"]').click();
    await expect.poll(() => urlParam('type')).toBe('country');
    expect(await checkedTypes()).toEqual(['country']);
    const countries = await apiGraph('?type=country');
    await expect.poll(shownNodes).toBe(countries.nodes.length);

    await page.locator('[data-all="type"]').click();
    await expect.poll(() => urlParam('type')).toBeNull();
    expect((await checkedTypes()).length).toBeGreaterThan(1);
    expect(pageErrors).toEqual([]);
  });

  it('a failed request puts the boxes back, says so, and leaves URL and graph as they were', async () => {
    await openExplorer(page, server.url);
    const all = await shownNodes();
    await page.route('**/api/graph/compact?*', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'busy' } }) }));
    await page.locator('input[name="type"][value="country"]').click();
    const problem = page.locator('[data-filter-problem]');
    await expect.poll(() => problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toContain('busy');
    expect(await page.locator('input[name="type"][value="country"]').isChecked()).toBe(true);
    expect(urlParam('type')).toBeNull();
    expect(await shownNodes()).toBe(all);

    await page.unroute('**/api/graph/compact?*');
    await page.locator('input[name="type"][value="country"]').uncheck();
    await expect.poll(() => urlParam('type')).not.toBeNull();
    expect(await problem.isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('an empty date range is refused with a reason; a real range explains undated documents', async () => {
    await openExplorer(page, server.url);
    await page.locator('input[name="until"]').fill('2021-01-01');
    await expect.poll(() => urlParam('until')).toBe('2021-01-01');
    const before = await shownNodes();
    await page.locator('input[name="since"]').fill('2022-01-01');
    const problem = page.locator('[data-filter-problem]');
    await expect.poll(() => problem.textContent()).toContain('after');
    expect(urlParam('since')).toBeNull();
    expect(await shownNodes()).toBe(before);

    await page.locator('input[name="since"]').fill('2021-01-01');
    await page.locator('input[name="until"]').fill('2021-12-31');
    await expect.poll(() => urlParam('until')).toBe('2021-12-31');
    expect(urlParam('since')).toBe('2021-01-01');
    expect(await problem.isVisible()).toBe(false);
    const { documents } = await (await fetch(`${server.url}/api/documents`)).json() as { documents: DocumentSummary[] };
    const undated = documents.filter((d) => !d.published).length;
    expect(undated).toBeGreaterThan(0);
    expect(await page.locator('[data-filter-note]').textContent()).toContain(`${undated} documents have no date`);
    const inRange = await apiGraph(new URL(page.url()).search);
    await expect.poll(shownNodes).toBe(inRange.nodes.length);
    expect(pageErrors).toEqual([]);
  });

  it('several changes in a row make one history entry; Back restores boxes, URL and graph', async () => {
    await openExplorer(page, server.url);
    const all = await shownNodes();
    const entries = await page.evaluate(() => history.length);
    await page.locator('input[name="type"][value="country"]').uncheck();
    await page.locator('input[name="type"][value="location"]').uncheck();
    await expect.poll(() => urlParam('type')).toBe(ENTITY_TYPES.filter((t) => t !== 'country' && t !== 'location').join(','));
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    await page.goBack();
    await expect.poll(shownNodes).toBe(all);
    expect(urlParam('type')).toBeNull();
    expect(await page.locator('input[name="type"][value="country"]').isChecked()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('after filtering, every shown entity is inside the view', async () => {
    await openExplorer(page, server.url);
    await page.locator('[data-filter="type"] [data-only="person"]').click();
    await expect.poll(() => urlParam('type')).toBe('person');
    await page.waitForTimeout(600); // the camera animation
    const { width, height } = await page.evaluate(() => window.__newsgraph?.viewport() ?? { width: 0, height: 0 });
    const onScreen = await page.evaluate(() => window.__newsgraph?.shownOnScreen() ?? []);
    expect(onScreen.length).toBeGreaterThan(0);
    for (const { x, y } of onScreen) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
    expect(pageErrors).toEqual([]);
  });
});
