// Filters that never lie: the boxes, the URL and the graph always say the same thing. Checked against
// the API's own answer for the same parameters, with a request that fails, an empty date range,
// undated documents, "only"/"all", Clear filters, and the back button.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { ingestText, seedIfEmpty } from '../../src/ingest/service.js';
import { ENTITY_TYPES } from '../../src/domain/ontology.js';
import type { GraphJson } from '../../src/query/subgraph.js';
import type { DocumentSummary } from '../../src/store/rows.js';
import { browserAvailable, openExplorer, PROJECT_ROOT, useExplorerSuite } from './harness.js';

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('explorer filters', () => {
  const suite = useExplorerSuite(extractDocument, (store) => {
    seedIfEmpty(store, join(PROJECT_ROOT, 'seeds'));
    ingestText(store, { title: 'Dated one', published: '2021-05-03', text: 'Germany criticized Russia on Monday. France offered aid to Greece.' });
    ingestText(store, { title: 'Undated one', text: 'Italy condemned Iran. Spain met Portugal in Madrid.' });
  });

  const shownNodes = async (): Promise<number> => Number(await suite.page.evaluate(() => document.body.dataset.nodes));
  const urlParam = (name: string): string | null => new URL(suite.page.url()).searchParams.get(name);
  const apiGraph = async (search: string): Promise<GraphJson> => (await fetch(`${suite.server.url}/api/graph${search}`)).json() as Promise<GraphJson>;
  const checkedTypes = (): Promise<string[]> => suite.page.locator('input[name="type"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

  it('Clear filters ticks every box again and shows the whole graph', async () => {
    await openExplorer(suite.page, suite.server.url);
    const all = await shownNodes();
    await suite.page.locator('input[name="type"][value="country"]').uncheck();
    await expect.poll(shownNodes).toBeLessThan(all);
    await suite.page.locator('[data-clear]').click();
    await expect.poll(shownNodes).toBe(all);
    expect(await suite.page.locator('input[type="checkbox"][name]:not(:checked)').count()).toBe(0);
    expect(new URL(suite.page.url()).search).toBe('');
    // Ticking one type after a clear keeps the others: all were ticked, one is unticked.
    await suite.page.locator('input[name="type"][value="person"]').uncheck();
    await expect.poll(() => urlParam('type')).toBe(ENTITY_TYPES.filter((t) => t !== 'person').join(','));
    expect(suite.pageErrors).toEqual([]);
  });

  it('"only" keeps one type, "all" brings the group back; counts match the graph', async () => {
    await openExplorer(suite.page, suite.server.url);
    const whole = await apiGraph('');
    const people = whole.nodes.filter((n) => n.attributes?.entityType === 'person').length;
    expect(await suite.page.locator('[data-filter="type"] [data-count="person"]').textContent()).toBe(` ${people}`);
    const asserted = whole.edges.filter((e) => e.attributes?.modality === 'asserted').length;
    expect(await suite.page.locator('[data-filter="modality"] [data-count="asserted"]').textContent()).toBe(` ${asserted}`);

    await suite.page.locator('[data-filter="type"] [data-only="country"]').click();
    await expect.poll(() => urlParam('type')).toBe('country');
    expect(await checkedTypes()).toEqual(['country']);
    const countries = await apiGraph('?type=country');
    await expect.poll(shownNodes).toBe(countries.nodes.length);

    await suite.page.locator('[data-all="type"]').click();
    await expect.poll(() => urlParam('type')).toBeNull();
    expect((await checkedTypes()).length).toBeGreaterThan(1);
    expect(suite.pageErrors).toEqual([]);
  });

  it('a failed request puts the boxes back, says so, and leaves URL and graph as they were', async () => {
    await openExplorer(suite.page, suite.server.url);
    const all = await shownNodes();
    await suite.page.route('**/api/graph/compact?*', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'busy' } }) }));
    await suite.page.locator('input[name="type"][value="country"]').click();
    const problem = suite.page.locator('[data-filter-problem]');
    await expect.poll(() => problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toContain('busy');
    expect(await suite.page.locator('input[name="type"][value="country"]').isChecked()).toBe(true);
    expect(urlParam('type')).toBeNull();
    expect(await shownNodes()).toBe(all);

    await suite.page.unroute('**/api/graph/compact?*');
    await suite.page.locator('input[name="type"][value="country"]').uncheck();
    await expect.poll(() => urlParam('type')).not.toBeNull();
    expect(await problem.isVisible()).toBe(false);
    expect(suite.pageErrors).toEqual([]);
  });

  it('an empty date range is refused with a reason; a real range explains undated documents', async () => {
    await openExplorer(suite.page, suite.server.url);
    await suite.page.locator('input[name="until"]').fill('2021-01-01');
    await expect.poll(() => urlParam('until')).toBe('2021-01-01');
    const before = await shownNodes();
    await suite.page.locator('input[name="since"]').fill('2022-01-01');
    const problem = suite.page.locator('[data-filter-problem]');
    await expect.poll(() => problem.textContent()).toContain('after');
    expect(urlParam('since')).toBeNull();
    expect(await shownNodes()).toBe(before);

    await suite.page.locator('input[name="since"]').fill('2021-01-01');
    await suite.page.locator('input[name="until"]').fill('2021-12-31');
    await expect.poll(() => urlParam('until')).toBe('2021-12-31');
    expect(urlParam('since')).toBe('2021-01-01');
    expect(await problem.isVisible()).toBe(false);
    const { documents } = await (await fetch(`${suite.server.url}/api/documents`)).json() as { documents: DocumentSummary[] };
    const undated = documents.filter((d) => !d.published).length;
    expect(undated).toBeGreaterThan(0);
    expect(await suite.page.locator('[data-filter-note]').textContent()).toContain(`${undated} documents have no date`);
    const inRange = await apiGraph(new URL(suite.page.url()).search);
    await expect.poll(shownNodes).toBe(inRange.nodes.length);
    expect(suite.pageErrors).toEqual([]);
  });

  it('several changes in a row make one history entry; Back restores boxes, URL and graph', async () => {
    await openExplorer(suite.page, suite.server.url);
    const all = await shownNodes();
    const entries = await suite.page.evaluate(() => history.length);
    await suite.page.locator('input[name="type"][value="country"]').uncheck();
    await suite.page.locator('input[name="type"][value="location"]').uncheck();
    await expect.poll(() => urlParam('type')).toBe(ENTITY_TYPES.filter((t) => t !== 'country' && t !== 'location').join(','));
    expect(await suite.page.evaluate(() => history.length)).toBe(entries + 1);

    await suite.page.goBack();
    await expect.poll(shownNodes).toBe(all);
    expect(urlParam('type')).toBeNull();
    expect(await suite.page.locator('input[name="type"][value="country"]').isChecked()).toBe(true);
    expect(suite.pageErrors).toEqual([]);
  });

  it('after filtering, every shown entity is inside the view', async () => {
    await openExplorer(suite.page, suite.server.url);
    await suite.page.locator('[data-filter="type"] [data-only="person"]').click();
    await expect.poll(() => urlParam('type')).toBe('person');
    await suite.page.waitForTimeout(600); // the camera animation
    const { width, height } = await suite.page.evaluate(() => window.__newsgraph?.viewport() ?? { width: 0, height: 0 });
    const onScreen = await suite.page.evaluate(() => window.__newsgraph?.shownOnScreen() ?? []);
    expect(onScreen.length).toBeGreaterThan(0);
    for (const { x, y } of onScreen) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
    expect(suite.pageErrors).toEqual([]);
  });
});
