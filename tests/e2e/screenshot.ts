// Takes the README screenshot (docs/screenshot.png): the explorer on the seed corpus with an entity
// open. Run: npx tsx tests/e2e/screenshot.ts
import { join } from 'node:path';
import { extractDocument } from '../../src/extract/index.js';
import { seedIfEmpty } from '../../src/ingest/service.js';
import { ensureWebBuilt, launchBrowser, openExplorer, PROJECT_ROOT, startExplorerServer, waitForLayoutToSettle } from './harness.js';

async function takeScreenshot(out: string): Promise<void> {
  await ensureWebBuilt();
  const server = await startExplorerServer(extractDocument, (store) => { seedIfEmpty(store, join(PROJECT_ROOT, 'seeds')); });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 })).newPage();
    await openExplorer(page, `${server.url}/?node=recep-tayyip-erdogan`);
    await waitForLayoutToSettle(page);
    await page.locator('#panel h2').waitFor();
    await page.waitForTimeout(1_000); // camera animation
    await page.screenshot({ path: out });
  } finally {
    await browser.close();
    await server.close();
  }
}

await takeScreenshot(join(PROJECT_ROOT, 'docs', 'screenshot.png'));
process.stdout.write('wrote docs/screenshot.png\n');
