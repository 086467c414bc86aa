// Browser-test harness: the real server (in this process, over a fresh data directory), the built
// web app, and Debian's chromium driven by playwright-core. No browser is ever downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { GraphStore } from '../../src/store/index.js';
import type { Extractor } from '../../src/domain/extraction.js';
import { startServer, type RunningServer } from '../../src/server/start.js';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

// ---- browser availability ------------------------------------------------------------------------

/**
 * Whether the browser tests can run here. Without chromium they are skipped with a message, except
 * in CI (CI set), where a missing browser is a failure: .ci/run installs it.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`browser tests need ${CHROMIUM_PATH} (apt-get install chromium); CI must not skip them`);
  process.stderr.write(`\n[e2e] skipped: ${CHROMIUM_PATH} not found. Install it with: apt-get install -y chromium\n`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  // playwright gives every launch a fresh temporary profile (it refuses an explicit --user-data-dir).
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
      // WebGL without a GPU: SwiftShader's software renderer.
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
    ],
  });
}

// ---- the web app build -----------------------------------------------------------------------------

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const BUILD_INPUTS = ['web/index.html', 'web/src', 'web/vite.config.ts', 'src/domain', 'src/graph/palette.ts'];

function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return BUILD_INPUTS.some((input) => existsSync(join(PROJECT_ROOT, input)) && newestMtime(join(PROJECT_ROOT, input)) > built);
}

/** Builds web/dist when it is missing or older than its sources; one build at a time across test files. */
export async function ensureWebBuilt(): Promise<void> {
  const lock = join(PROJECT_ROOT, 'node_modules', '.newsgraph-web-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes was left by a killed run.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    if (webBuildIsStale()) {
      execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
        cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// ---- the server ------------------------------------------------------------------------------------

export interface ExplorerServer {
  url: string;
  /** The store of the running server (a new one after restart). */
  readonly store: GraphStore;
  /** Stops the server (as a crash or a redeploy would), keeping its data and port for restart(). */
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The real server over a fresh data directory; `prepare` fills the store before it listens. */
export async function startExplorerServer(extract: Extractor, prepare: (store: GraphStore) => void): Promise<ExplorerServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  let store = GraphStore.open(dataDir);
  prepare(store);
  let running: RunningServer | null;
  try {
    running = await startServer({ store, extract, port: 0, webDist: WEB_DIST, log: () => {} });
  } catch (error) {
    store.close();
    throw error;
  }
  const port = running.port;
  const stop = async (): Promise<void> => {
    await running?.close();
    running = null;
  };
  return {
    url: running.url,
    get store() { return store; },
    stop,
    async restart() {
      if (running) return;
      store = GraphStore.open(dataDir);
      running = await startServer({ store, extract, port, webDist: WEB_DIST, log: () => {} });
    },
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ---- pages ---------------------------------------------------------------------------------------

export interface PageSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page, as they happen. */
  errors: string[];
}

/** A fresh browser context and page that records its uncaught errors. */
export async function newPageSession(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<PageSession> {
  const phone = viewport.width < 700;
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

// ---- a suite ---------------------------------------------------------------------------------------

/** What a browser suite shares: one server and one browser for the suite, a fresh page for each test. */
export interface ExplorerSuite {
  server: ExplorerServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the current test's page. */
  pageErrors: string[];
}

/** Registers the suite's hooks (call it inside `describe`); its fields are set before each test runs. */
export function useExplorerSuite(extract: Extractor, prepare: (store: GraphStore) => void): ExplorerSuite {
  const suite = {} as ExplorerSuite;
  beforeAll(async () => {
    await ensureWebBuilt();
    suite.server = await startExplorerServer(extract, prepare);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  beforeEach(async () => {
    ({ context: suite.context, page: suite.page, errors: suite.pageErrors } = await newPageSession(suite.browser));
  });
  afterEach(async () => {
    await suite.context?.close();
  });
  return suite;
}

// ---- looking at the page -------------------------------------------------------------------------

/** Opens the explorer and waits until it has loaded the graph (or failed). */
export async function openExplorer(page: Page, url: string, timeout = 60_000): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading', undefined, { timeout });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'ready') throw new Error(`explorer did not load: ${await page.locator('#error').textContent()}`);
}

export interface PixelCensus {
  /** Pixels that are not (near-)white background. */
  inked: number;
  total: number;
  /** Distinct colours among inked pixels, quantised to 4 bits per channel. */
  colours: number;
  /** For each requested colour ("#rrggbb"), how many pixels are within `tolerance` of it on every channel. */
  matching: Record<string, number>;
  /** Mean position of inked pixels, as a fraction of width and height (0.5 = middle). */
  centroid: { x: number; y: number };
}

/**
 * Counts what a screenshot of `selector` shows. The PNG is decoded by the browser itself (an <img>
 * drawn on a 2D canvas in a blank page), so no image library is needed.
 */
export async function screenshotPixels(page: Page, selector: string, targets: readonly string[] = [], tolerance = 8): Promise<PixelCensus> {
  const png = await page.locator(selector).screenshot();
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async ({ base64, targets, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const wanted = targets.map((hex) => [hex, parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)] as const);
      const matching: Record<string, number> = Object.fromEntries(targets.map((hex) => [hex, 0]));
      let inked = 0;
      let sumX = 0;
      let sumY = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (r > 245 && g > 245 && b > 245) continue;
        inked += 1;
        sumX += (i / 4) % canvas.width;
        sumY += Math.floor(i / 4 / canvas.width);
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        for (const [hex, tr, tg, tb] of wanted) {
          if (Math.abs(r - tr) <= tolerance && Math.abs(g - tg) <= tolerance && Math.abs(b - tb) <= tolerance) matching[hex] += 1;
        }
      }
      const centroid = inked > 0 ? { x: sumX / inked / canvas.width, y: sumY / inked / canvas.height } : { x: 0.5, y: 0.5 };
      return { inked, total: data.length / 4, colours: colours.size, matching, centroid };
    }, { base64: png.toString('base64'), targets, tolerance });
  } finally {
    await decoder.close();
  }
}

/** Waits until ForceAtlas2 has stopped by itself (it runs for a bounded time). */
export async function waitForLayoutToSettle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.layout === 'stopped', undefined, { timeout });
}
