// Phones and keyboards: at 390×844 the graph gets the screen and the panel never sits on it; the
// canvas takes focus and moves with the keys; Escape closes the panel; the table view lists what the
// graph shows; text has at least 4.5:1 contrast.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractDocument } from '../../src/extract/index.js';
import { seedIfEmpty } from '../../src/ingest/service.js';
import { browserAvailable, ensureWebBuilt, launchBrowser, newPageSession, openExplorer, PROJECT_ROOT, startExplorerServer, type ExplorerServer } from './harness.js';

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('explorer on phones and keyboards', () => {
  let server: ExplorerServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  const camera = (): Promise<{ x: number; y: number; ratio: number }> => page.evaluate(() => window.__newsgraph?.camera() ?? { x: 0, y: 0, ratio: 0 });

  async function open(viewport: { width: number; height: number }, path = ''): Promise<void> {
    ({ context, page, errors: pageErrors } = await newPageSession(browser, viewport));
    await openExplorer(page, `${server.url}/${path}`);
  }

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startExplorerServer(extractDocument, (store) => { seedIfEmpty(store, join(PROJECT_ROOT, 'seeds')); });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('on a 390×844 phone the graph is full width, and the open panel sits below it, not on it', async () => {
    await open({ width: 390, height: 844 });
    const graph = await page.locator('#graph').boundingBox();
    expect(graph?.width).toBe(390);
    expect(graph?.height).toBeGreaterThan(500);
    expect(await page.locator('#sidebar').isVisible()).toBe(false);

    await page.locator('#sidebar-toggle').click();
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    expect(await page.locator('#color-mode').isVisible()).toBe(true);
    await page.locator('#sidebar-toggle').click();
    expect(await page.locator('#sidebar').isVisible()).toBe(false);

    await page.locator('#search').fill('Erdogan');
    await page.locator('#search-results li').first().click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain('Erdogan');
    const withPanel = await page.locator('#graph').boundingBox();
    const panel = await page.locator('#panel').boundingBox();
    if (!withPanel || !panel) throw new Error('graph or panel not laid out');
    expect(withPanel.height).toBeGreaterThan(250);
    expect(panel.y).toBeGreaterThanOrEqual(withPanel.y + withPanel.height - 1);
    expect(panel.y + panel.height).toBeLessThanOrEqual(844 + 1);
    expect(pageErrors).toEqual([]);
  });

  it('keyboard only: search, the panel takes focus, Escape closes it, arrows and +/− move the graph', async () => {
    await open({ width: 1280, height: 800 });
    await page.locator('#search').focus();
    await page.keyboard.type('Erdogan');
    await page.locator('#search-results li').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#panel') !== null)).toBe(true);
    expect(await page.locator('#panel h2').textContent()).toContain('Erdogan');
    expect(await page.locator('#announce').textContent()).toContain('opened');

    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');

    const start = await camera();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await camera()).x).toBeGreaterThan(start.x);
    await page.keyboard.press('+');
    await expect.poll(async () => (await camera()).ratio).toBeLessThan(start.ratio);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(async () => (await camera()).ratio).toBeGreaterThan(start.ratio);
    // Fit (the 0 key, or the Fit button) brings every shown entity back into view.
    await page.keyboard.press('0');
    await page.waitForTimeout(500);
    const { width, height } = await page.evaluate(() => window.__newsgraph?.viewport() ?? { width: 0, height: 0 });
    for (const { x, y } of await page.evaluate(() => window.__newsgraph?.shownOnScreen() ?? [])) {
      expect(x >= 0 && x <= width && y >= 0 && y <= height).toBe(true);
    }
    expect(pageErrors).toEqual([]);
  });

  it('the table view lists the shown entities and relations, and opens an entity', async () => {
    await open({ width: 1280, height: 800 }, '?type=person,country');
    await page.locator('#table-toggle').click();
    const shown = Number(await page.evaluate(() => document.body.dataset.nodes));
    const edges = Number(await page.evaluate(() => document.body.dataset.edges));
    expect(await page.locator('#table-view table').nth(0).locator('tbody tr').count()).toBe(shown);
    expect(await page.locator('#table-view table').nth(1).locator('tbody tr').count()).toBe(edges);
    await page.locator('#table-view table').nth(0).locator('tbody button').first().click();
    await expect.poll(() => page.locator('#panel').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('every visible text has at least 4.5:1 contrast against its background', async () => {
    await open({ width: 1280, height: 800 }, '?node=recep-tayyip-erdogan');
    await page.locator('#panel h2').waitFor();
    const failures = await page.evaluate(() => {
      const rgb = (css: string): [number, number, number, number] => {
        const m = /rgba?\(([^)]+)\)/.exec(css);
        const parts = (m ? m[1] : '0,0,0,0').split(',').map((p) => Number.parseFloat(p));
        return [parts[0], parts[1], parts[2], parts[3] ?? 1];
      };
      const luminance = ([r, g, b]: number[]): number => {
        const f = (c: number): number => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (element: Element | null): number[] => {
        for (let e = element; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c[3] > 0.5) return c;
        }
        return [255, 255, 255, 1];
      };
      const out: string[] = [];
      for (const element of document.querySelectorAll('body *')) {
        const own = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        if (!own || !(element instanceof HTMLElement) || element.offsetParent === null || element.closest('.visually-hidden')) continue;
        const [l1, l2] = [luminance(rgb(getComputedStyle(element).color)), luminance(background(element))].sort((a, b) => b - a);
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        if (ratio < 4.5) out.push(`${element.tagName}.${element.className} "${element.textContent?.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(failures).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
