// Takes the README screenshots: the explorer on the seed corpus with an entity open (desktop and a
// 390×844 phone), and a synthetic 10,000-entity / 50,000-relation graph.
// Run: npx tsx tests/e2e/screenshot.ts [desktop,phone,large]
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { extractDocument } from '../../src/extract/index.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { seedIfEmpty } from '../../src/ingest/service.js';
import { ensureWebBuilt, launchBrowser, openExplorer, PROJECT_ROOT, startExplorerServer, type ExplorerServer } from './harness.js';
import { storeGraph } from './large-graph-fixture.js';

type Shot = 'desktop' | 'phone' | 'large';

async function shoot(browser: Browser, server: ExplorerServer, path: string, viewport: { width: number; height: number }, out: string): Promise<void> {
  const phone = viewport.width < 700;
  const page = await (await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone })).newPage();
  page.setDefaultTimeout(300_000);
  // The first answer of /api/layout computes the drawing (seconds on 10,000 entities); then the page.
  await fetch(`${server.url}/api/layout`);
  await openExplorer(page, `${server.url}/${path}`, 300_000);
  if (path.includes('node=')) await page.locator('#panel h2').waitFor();
  await page.waitForTimeout(1_000); // camera animation
  await page.screenshot({ path: join(PROJECT_ROOT, 'docs', out) });
  await page.context().close();
  process.stdout.write(`wrote docs/${out}\n`);
}

async function takeScreenshots(shots: readonly Shot[]): Promise<void> {
  await ensureWebBuilt();
  const browser = await launchBrowser();
  try {
    if (shots.includes('desktop') || shots.includes('phone')) {
      const server = await startExplorerServer(extractDocument, (store) => { seedIfEmpty(store, join(PROJECT_ROOT, 'seeds')); });
      try {
        if (shots.includes('desktop')) await shoot(browser, server, '?node=recep-tayyip-erdogan', { width: 1440, height: 860 }, 'screenshot.png');
        if (shots.includes('phone')) await shoot(browser, server, '?node=recep-tayyip-erdogan', { width: 390, height: 844 }, 'screenshot-phone.png');
      } finally {
        await server.close();
      }
    }
    if (shots.includes('large')) {
      const graph = syntheticGraph({ nodes: 10_000, edges: 50_000, seed: 7 });
      const server = await startExplorerServer(() => { throw new Error('stores a ready-made graph'); }, (store) => storeGraph(store, graph, 'Synthetic archive'));
      try {
        await shoot(browser, server, '', { width: 1440, height: 860 }, 'screenshot-10k.png');
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
}

const wanted = (process.argv[2] ?? 'desktop,phone,large').split(',').filter((s): s is Shot => ['desktop', 'phone', 'large'].includes(s));
await takeScreenshots(wanted);
