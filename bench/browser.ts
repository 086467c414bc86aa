// Benchmark 6: the web explorer in headless Debian chromium (software WebGL) on a 10,000-node /
// 50,000-edge graph, against the same page on a 1,000-node / 5,000-edge graph in the same run: bytes
// over the wire for the graph, page-ready time (ratio to the small graph), JavaScript time of one
// hover and one selection change, and labels drawn over another label (also on the seed graph).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extractDocument } from '../src/extract/index.js';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { seedIfEmpty } from '../src/ingest/service.js';
import { countOverlaps } from '../web/src/labels.js';
import { browserAvailable, ensureWebBuilt, launchBrowser, openExplorer, PROJECT_ROOT, startExplorerServer, type ExplorerServer } from '../tests/e2e/harness.js';
import { storeGraph } from '../tests/e2e/large-graph-fixture.js';
import { formatMB, formatNumber, median, ratio } from './stats.js';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

interface PageFigures {
  entities: number;
  relations: number;
  /** Encoded (compressed) bytes of the graph and layout answers. */
  graphBytes: number;
  /** Uncompressed bytes of GET /api/graph, what the page used to download. */
  fullJsonBytes: number;
  readyMs: number;
  hoverMs: number;
  hubHoverMs: number;
  selectMs: number;
  labels: number;
  overlaps: number;
  hubOverlaps: number;
}

const noExtractor = (): never => { throw new Error('the benchmark stores ready-made graphs'); };

async function measurePage(page: Page, server: ExplorerServer, samples: number): Promise<PageFigures> {
  let graphBytes = 0;
  page.on('requestfinished', (request) => {
    if (!/\/api\/(graph\/compact|layout)/.test(request.url())) return;
    void request.sizes().then((sizes) => { graphBytes += sizes.responseBodySize + sizes.responseHeadersSize; });
  });
  await openExplorer(page, server.url, 300_000);
  await page.waitForTimeout(500);
  const figures = await page.evaluate((samples) => {
    const probe = window.__newsgraph;
    if (!probe) throw new Error('no probe on the page');
    const positions = probe.positions();
    const nodes = Object.keys(positions);
    const onScreen = probe.shownOnScreen().map((n) => n.node);
    const hover: number[] = [];
    const select: number[] = [];
    for (let i = 0; i < samples; i++) {
      const node = onScreen[(i * 7919) % onScreen.length];
      hover.push(probe.hover(node));
      hover.push(probe.hover(null));
      select.push(probe.select(node));
      select.push(probe.select(null));
    }
    const rest = probe.labels();
    return { nodes: nodes.length, hover, select, rest };
  }, samples);
  const hub = await page.evaluate(() => {
    const graph = window.__newsgraph;
    return graph ? graph.shownOnScreen()[0]?.node ?? null : null;
  });
  // The biggest hub (most relations) of the stored graph.
  const live = server.store.graph;
  const hubNode = live.nodes().reduce((best, node) => (live.degree(node) > live.degree(best) ? node : best), hub ?? live.nodes()[0]);
  const hubHover = await page.evaluate((node) => {
    const probe = window.__newsgraph;
    if (!probe) throw new Error('no probe on the page');
    const ms = probe.hover(node);
    const labels = probe.labels();
    probe.hover(null);
    return { ms, labels };
  }, hubNode);
  const readyMs = Number(await page.evaluate(() => document.body.dataset.readyMs));
  const fullJsonBytes = Buffer.byteLength(await (await fetch(`${server.url}/api/graph`, { headers: { 'accept-encoding': 'identity' } })).text());
  return {
    entities: live.order,
    relations: live.size,
    graphBytes,
    fullJsonBytes,
    readyMs,
    hoverMs: median(figures.hover),
    hubHoverMs: hubHover.ms,
    selectMs: median(figures.select),
    labels: figures.rest.length,
    overlaps: countOverlaps(figures.rest),
    hubOverlaps: countOverlaps(hubHover.labels),
  };
}

export const browserBenchmark: Benchmark = {
  name: 'browser',
  title: 'Web explorer in headless chromium',
  async run(context: BenchContext): Promise<BenchResult> {
    const title = 'Web explorer in headless chromium (software WebGL, 1440×900)';
    if (!browserAvailable()) {
      return { name: 'browser', title, tables: [], targets: [], notes: ['skipped: /usr/bin/chromium is not installed'], data: null };
    }
    await ensureWebBuilt();
    const large = context.quick ? { nodes: 3_000, edges: 15_000 } : { nodes: 10_000, edges: 50_000 };
    const small = { nodes: large.nodes / 10, edges: large.edges / 10 };
    const samples = context.quick ? 5 : 20;
    const browser = await launchBrowser();
    const results: { name: string; figures: PageFigures }[] = [];
    try {
      const cases: { name: string; prepare: Parameters<typeof startExplorerServer>[1]; extract: Parameters<typeof startExplorerServer>[0] }[] = [
        { name: 'seed article', extract: extractDocument, prepare: (store) => { seedIfEmpty(store, join(PROJECT_ROOT, 'seeds')); } },
        { name: `${small.nodes.toLocaleString('en-US')} nodes`, extract: noExtractor, prepare: (store) => storeGraph(store, syntheticGraph({ ...small, seed: 7 }), 'Synthetic small') },
        { name: `${large.nodes.toLocaleString('en-US')} nodes`, extract: noExtractor, prepare: (store) => storeGraph(store, syntheticGraph({ ...large, seed: 7 }), 'Synthetic large') },
      ];
      for (const item of cases) {
        context.log(`${item.name}: storing the graph`);
        const server = await startExplorerServer(item.extract, item.prepare);
        try {
          // The first answer of /api/layout computes and stores the drawing; readers after that get it.
          await fetch(`${server.url}/api/layout`);
          const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
          page.setDefaultTimeout(300_000);
          context.log(`${item.name}: measuring the page`);
          results.push({ name: item.name, figures: await measurePage(page, server, samples) });
          await page.context().close();
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
    const [seed, smallPage, largePage] = results.map((r) => r.figures);
    const readyRatio = ratio(largePage.readyMs, smallPage.readyMs);
    const rows = results.map(({ name, figures: f }) => [
      name, `${f.entities} / ${f.relations}`, formatMB(f.graphBytes), formatMB(f.fullJsonBytes), formatNumber(f.readyMs, 0),
      formatNumber(f.hoverMs), formatNumber(f.hubHoverMs), formatNumber(f.selectMs), String(f.labels), `${f.overlaps} / ${f.hubOverlaps}`,
    ]);
    return {
      name: 'browser',
      title,
      tables: [{
        title: 'Per graph',
        columns: ['graph', 'entities / relations', 'graph bytes (wire)', '/api/graph JSON (before)', 'page ready ms', 'hover ms (median)', 'hub hover ms', 'selection ms (median)', 'labels', 'overlapping labels (rest / hub hover)'],
        rows,
      }],
      targets: [
        { target: `graph bytes over the wire ≤ 6 MB (${large.nodes} nodes)`, value: formatMB(largePage.graphBytes), met: largePage.graphBytes <= 6 * 1024 * 1024 },
        { target: 'JS time of one hover ≤ 16 ms (median, 10k graph)', value: `${formatNumber(largePage.hoverMs)} ms`, met: largePage.hoverMs <= 16 },
        { target: 'JS time of one selection change ≤ 16 ms (median, 10k graph)', value: `${formatNumber(largePage.selectMs)} ms`, met: largePage.selectMs <= 16 },
        { target: 'page ready, 10k vs 1k graph ≤ 5×', value: `${formatNumber(readyRatio)}×`, met: readyRatio <= 5 },
        { target: 'overlapping labels, seed and 10k graph = 0', value: `${seed.overlaps + seed.hubOverlaps} / ${largePage.overlaps + largePage.hubOverlaps}`, met: seed.overlaps + seed.hubOverlaps + largePage.overlaps + largePage.hubOverlaps === 0 },
      ],
      notes: [
        'Hover and selection times are measured in the page around the handler, the sigma redraw included (software WebGL: GPU work counts as JS here).',
        `The hub is the entity with the most relations; ${samples} hovers and selections on entities in view for the medians.`,
      ],
      data: Object.fromEntries(results.map(({ name, figures }) => [name, { ...figures }])),
    };
  },
};
