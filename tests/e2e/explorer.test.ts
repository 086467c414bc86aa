// The web explorer in a real browser, served by the real server over the seed corpus: the graph is
// drawn, search opens an entity with its evidence, filters hide and travel in the URL, a pasted
// article joins the graph, and names from articles are shown as text only.
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractDocument } from '../../src/extract/index.js';
import { seedIfEmpty } from '../../src/ingest/service.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { ENTITY_TYPE_COLORS } from '../../src/graph/palette.js';
import type { GraphJson as GraphData } from '../../src/query/subgraph.js';
import {
  browserAvailable, ensureWebBuilt, launchBrowser, openExplorer, PROJECT_ROOT, screenshotPixels, startExplorerServer,
  waitForLayoutToSettle, type ExplorerServer,
} from './harness.js';

const HOSTILE_NAME = '<img src=x onerror="window.xssFired=true;alert(1)">';

/** A document whose extraction names an entity with markup in it, stored through the real store. */
function hostileExtraction(text: string): ExtractionResult {
  const sentence = text;
  const evidence = { doc: 'hostile', sentence: 0, start: 0, end: text.length, text: sentence };
  return {
    doc: 'hostile',
    entities: [
      { key: 'hostile-name', label: HOSTILE_NAME, entityType: 'person', aliases: [], mentions: 1 },
      { key: 'turkey', label: 'Turkey', entityType: 'country', aliases: [], mentions: 1, country: 'TUR' },
    ],
    mentions: [],
    relations: [{ source: 'hostile-name', target: 'turkey', predicate: 'criticizes', modality: 'asserted', confidence: 0.9, evidence }],
  };
}

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('web explorer on the seed corpus', () => {
  let server: ExplorerServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let dialogs: string[];

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startExplorerServer(extractDocument, (store) => {
      seedIfEmpty(store, join(PROJECT_ROOT, 'seeds'));
      const text = `${HOSTILE_NAME} criticized Turkey.`;
      store.ingestExtraction({ text, title: 'A hostile name' }, hostileExtraction(text));
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    pageErrors = [];
    dialogs = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      // Removing a document asks for confirmation; anything else is unexpected.
      void (dialog.type() === 'confirm' ? dialog.accept() : dialog.dismiss());
    });
  });

  afterEach(async () => {
    await context.close();
  });

  it('draws the graph on the canvas', async () => {
    await openExplorer(page, server.url);
    await waitForLayoutToSettle(page);
    // Every entity is shown except those without any relation, which are hidden and counted.
    const shown = await page.locator('#status').textContent() ?? '';
    const counts = /^(\d+) of (\d+) entities, (\d+) of \3 relations shown(?: \((\d+) without relations hidden\))?$/.exec(shown);
    expect(counts, shown).not.toBeNull();
    const [, drawn, total, , isolated] = counts ?? [];
    expect(Number(drawn) + Number(isolated ?? 0)).toBe(Number(total));
    expect(Number(await page.evaluate(() => document.body.dataset.nodes))).toBeGreaterThanOrEqual(10);

    const pixels = await screenshotPixels(page, '#graph', Object.values(ENTITY_TYPE_COLORS));
    // Nodes are drawn: a real share of the canvas is inked, in several colours, and each colour of
    // the entity types present in the seed corpus (people, countries, organisations) shows up.
    expect(pixels.inked / pixels.total).toBeGreaterThan(0.005);
    expect(pixels.colours).toBeGreaterThan(10);
    expect(pixels.matching[ENTITY_TYPE_COLORS.person]).toBeGreaterThan(20);
    expect(pixels.matching[ENTITY_TYPE_COLORS.country]).toBeGreaterThan(20);
    expect(pixels.matching[ENTITY_TYPE_COLORS.organization]).toBeGreaterThan(20);
    expect(pageErrors).toEqual([]);
  });

  it('search for "Erdogan" opens his panel with "agrees with → Joe Biden" and the evidence sentence', async () => {
    await openExplorer(page, server.url);
    await page.locator('#search').fill('Erdogan');
    const option = page.locator('#search-results li', { hasText: 'Erdogan' }).first();
    await option.waitFor();
    await option.click();

    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Recep Tayyip Erdogan');
    expect(await panel.locator('.facts').innerText()).toContain('person');
    const agreement = panel.locator('.relation', { hasText: 'agrees with → Joe Biden' });
    expect(await agreement.count()).toBe(1);
    const evidence = await agreement.locator('blockquote').first().textContent();
    expect(evidence).toContain('President Joe Biden and Turkish President Tayyip Erdogan have lately agreed in a meeting');
    // Both sides of the relation are marked in the sentence.
    expect(await agreement.locator('blockquote mark').allTextContents()).toEqual(expect.arrayContaining(['Joe Biden', 'Tayyip Erdogan']));
    // The open entity is part of the shareable URL.
    expect(new URL(page.url()).searchParams.get('node')).toBe('recep-tayyip-erdogan');
    expect(pageErrors).toEqual([]);
  });

  it('an evidence sentence opens its article with the sentence marked, and back returns', async () => {
    await openExplorer(page, `${server.url}/?node=recep-tayyip-erdogan`);
    const agreement = page.locator('#panel .relation', { hasText: 'agrees with → Joe Biden' });
    const sentence = await agreement.locator('blockquote').first().textContent();
    await agreement.locator('cite .source').first().click();
    const marked = page.locator('#panel mark.sentence');
    await marked.waitFor();
    expect(await marked.textContent()).toBe(sentence);
    const doc = await page.locator('#panel h2').getAttribute('data-document');
    const stored = await (await fetch(`${server.url}/api/documents/${doc}`)).json() as { text: string; title: string };
    expect(await page.locator('#panel h2').textContent()).toBe(stored.title);
    expect(await page.locator('#panel .document-text').textContent()).toBe(stored.text);
    await page.locator('#panel button', { hasText: 'back' }).click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Recep Tayyip Erdogan');
    expect(pageErrors).toEqual([]);
  });

  it('a type filter hides countries, and the URL carries it', async () => {
    await openExplorer(page, server.url);
    await waitForLayoutToSettle(page);
    const before = Number(await page.evaluate(() => document.body.dataset.nodes));
    const countryColour = ENTITY_TYPE_COLORS.country;
    const drawnBefore = await screenshotPixels(page, '#graph', [countryColour], 4);
    expect(drawnBefore.matching[countryColour]).toBeGreaterThan(20);

    await page.locator('input[name="type"][value="country"]').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('person,organization,location,facility');
    await expect.poll(async () => Number(await page.evaluate(() => document.body.dataset.nodes))).toBeLessThan(before);
    // The page shows what the API answers for the same parameters: entities, none of them a country.
    const filtered = await (await fetch(`${server.url}/api/graph${new URL(page.url()).search}`)).json() as GraphData;
    expect(filtered.nodes.length).toBeGreaterThan(0);
    expect(filtered.nodes.filter((n) => n.attributes?.entityType === 'country')).toEqual([]);
    const shownAfter = Number(await page.evaluate(() => document.body.dataset.nodes));
    expect(shownAfter).toBe(filtered.nodes.length);
    const drawnAfter = await screenshotPixels(page, '#graph', [countryColour], 4);
    expect(drawnAfter.matching[countryColour]).toBeLessThan(drawnBefore.matching[countryColour] / 10);

    // The same URL, opened fresh, shows the same view.
    const shared = await context.newPage();
    await openExplorer(shared, page.url());
    expect(await shared.locator('input[name="type"][value="country"]').isChecked()).toBe(false);
    expect(Number(await shared.evaluate(() => document.body.dataset.nodes))).toBe(shownAfter);
    expect(pageErrors).toEqual([]);
  });

  it('pasting an article adds its entities to the graph; removing it takes them away', async () => {
    await openExplorer(page, server.url);
    const before = Number(await page.evaluate(() => document.body.dataset.nodes));
    const form = page.locator('#article-form');
    await form.locator('input[name="title"]').fill('Merkel and Macron meet in Berlin');
    await form.locator('input[name="published"]').fill('2021-09-01');
    await form.locator('textarea[name="text"]').fill(
      "Germany's Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday. Germany offered aid to Greece, and France criticized Russia.");
    await form.locator('button[type="submit"]').click();

    const joined = page.locator('#article-status .joined button');
    await joined.first().waitFor({ timeout: 30_000 });
    const names = await joined.allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron', 'Germany']));
    // What is drawn is what the API has, less the entities without any relation.
    const whole = await (await fetch(`${server.url}/api/graph`)).json() as GraphData;
    const related = new Set(whole.edges.flatMap((e) => [e.source, e.target]));
    expect(Number(await page.evaluate(() => document.body.dataset.nodes))).toBe(related.size);
    expect(related.size).toBeGreaterThan(before);

    // A new entity can be opened like any other, with the relation the article states.
    await joined.filter({ hasText: 'Angela Merkel' }).click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Angela Merkel');
    expect(await page.locator('#panel .relation', { hasText: 'Emmanuel Macron' }).count()).toBeGreaterThan(0);

    const item = page.locator('#document-list li', { hasText: 'Merkel and Macron meet in Berlin' });
    await item.locator('button').click();
    await expect.poll(async () => Number(await page.evaluate(() => document.body.dataset.nodes))).toBe(before);
    await expect.poll(() => page.locator('#document-list li', { hasText: 'Merkel and Macron' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('a name containing <img src=x onerror=...> is shown as text and runs nothing', async () => {
    await openExplorer(page, server.url);
    await page.locator('#search').fill('img src');
    const option = page.locator('#search-results li', { hasText: HOSTILE_NAME }).first();
    await option.waitFor();
    await option.click();

    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('#panel .relation', { hasText: 'Turkey' }).first().locator('blockquote').textContent()).toBe(`${HOSTILE_NAME} criticized Turkey.`);
    // The edge panel and the document list also carry the name or sentence as text only.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { xssFired?: boolean }).xssFired)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
