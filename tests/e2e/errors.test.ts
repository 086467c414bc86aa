// Errors and empty states: a server that stops in the middle of a session (the page says so, keeps
// what it shows, and recovers by itself when the server is back) and the welcome of an empty graph.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractDocument } from '../../src/extract/index.js';
import { seedIfEmpty } from '../../src/ingest/service.js';
import { browserAvailable, ensureWebBuilt, launchBrowser, newPageSession, openExplorer, PROJECT_ROOT, startExplorerServer, type ExplorerServer } from './harness.js';

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('explorer errors and empty states', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  const shownNodes = async (): Promise<number> => Number(await page.evaluate(() => document.body.dataset.nodes));

  beforeAll(async () => {
    await ensureWebBuilt();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    ({ context, page, errors: pageErrors } = await newPageSession(browser));
  });

  afterEach(async () => {
    await context.close();
  });

  describe('a server stopped mid-session', () => {
    let server: ExplorerServer;
    beforeAll(async () => {
      server = await startExplorerServer(extractDocument, (store) => { seedIfEmpty(store, join(PROJECT_ROOT, 'seeds')); });
    });
    afterAll(async () => { await server?.close(); });

    it('says the server is unreachable, keeps the view, and clears itself when it is back', async () => {
      await openExplorer(page, server.url);
      const shown = await shownNodes();
      const banner = page.locator('#connection');
      expect(await banner.isVisible()).toBe(false);

      await server.stop();
      // A click, not uncheck(): the box is put back as soon as the request fails.
      await page.locator('input[name="type"][value="country"]').click();
      await expect.poll(() => banner.isVisible()).toBe(true);
      expect(await banner.textContent()).toContain('Server unreachable');
      // The failed change is rolled back: box, URL and graph still agree.
      await expect.poll(() => page.locator('input[name="type"][value="country"]').isChecked()).toBe(true);
      expect(new URL(page.url()).searchParams.get('type')).toBeNull();
      expect(await shownNodes()).toBe(shown);

      await server.restart();
      await expect.poll(() => banner.isVisible(), { timeout: 15_000 }).toBe(false);
      expect(await page.locator('#error').textContent()).toBe('');
      await page.locator('input[name="type"][value="country"]').uncheck();
      await expect.poll(() => new URL(page.url()).searchParams.get('type')).not.toBeNull();
      expect(await shownNodes()).toBeLessThan(shown);
      expect(pageErrors).toEqual([]);
    });
  });

  describe('an empty database', () => {
    let server: ExplorerServer;
    beforeAll(async () => {
      server = await startExplorerServer(extractDocument, () => {});
    });
    afterAll(async () => { await server?.close(); });

    it('welcomes the reader, and the sample article button fills the graph', async () => {
      await openExplorer(page, server.url);
      const welcome = page.locator('#welcome');
      expect(await welcome.isVisible()).toBe(true);
      expect(await shownNodes()).toBe(0);
      await page.locator('#sample-article').click();
      await expect.poll(() => welcome.isVisible(), { timeout: 30_000 }).toBe(false);
      expect(await shownNodes()).toBeGreaterThan(3);
      expect(await page.locator('#document-list li').count()).toBe(1);
      expect(server.store.documentCount()).toBe(1);
      expect(pageErrors).toEqual([]);
    });
  });
});
