// A readable picture by default: the same drawing on every load (stored per entity), no label over
// another label (hovered, selected or not), one label for parallel edges, entities without relations
// hidden unless asked for, and a layout run by the reader that is kept.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractDocument } from '../../src/extract/index.js';
import { seedIfEmpty } from '../../src/ingest/service.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';
import { predicateDefinition } from '../../src/domain/ontology.js';
import type { GraphJson } from '../../src/query/subgraph.js';
import { countOverlaps } from '../../web/src/labels.js';
import type { PlacedLabelBox } from '../../web/src/probe.js';
import { browserAvailable, openExplorer, PROJECT_ROOT, useExplorerSuite } from './harness.js';

/** Two relations between the same two entities, and one entity that relates to nothing. */
function parallelExtraction(text: string): ExtractionResult {
  const evidence = { doc: 'parallel', sentence: 0, start: 0, end: text.length, text };
  return {
    doc: 'parallel',
    entities: [
      { key: 'zorvath-ministry', label: 'Zorvath Ministry', entityType: 'organization', aliases: [], mentions: 2 },
      { key: 'quellmark-council', label: 'Quellmark Council', entityType: 'organization', aliases: [], mentions: 2 },
      { key: 'lonely-observer', label: 'Lonely Observer', entityType: 'person', aliases: [], mentions: 1 },
    ],
    mentions: [],
    relations: [
      { source: 'zorvath-ministry', target: 'quellmark-council', predicate: 'requests', modality: 'asserted', confidence: 0.9, evidence },
      { source: 'zorvath-ministry', target: 'quellmark-council', predicate: 'criticizes', modality: 'asserted', confidence: 0.9, evidence },
    ],
  };
}

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('explorer picture', () => {
  const suite = useExplorerSuite(extractDocument, (store) => {
    seedIfEmpty(store, join(PROJECT_ROOT, 'seeds'));
    const text = 'The Zorvath Ministry asked the Quellmark Council for talks and criticized it; the Lonely Observer watched.';
    store.ingestExtraction({ text, title: 'Parallel relations' }, parallelExtraction(text));
  });

  const positions = (p: Page): Promise<Record<string, [number, number]>> => p.evaluate(() => window.__newsgraph?.positions() ?? {});
  const labels = (): Promise<PlacedLabelBox[]> => suite.page.evaluate(() => window.__newsgraph?.labels() ?? []);
  const shownNodes = async (): Promise<number> => Number(await suite.page.evaluate(() => document.body.dataset.nodes));

  /** Moves the mouse onto a node's disc and waits for the hover to be drawn. */
  async function hover(node: string): Promise<void> {
    const spot = await suite.page.evaluate((key) => window.__newsgraph?.shownOnScreen().find((n) => n.node === key), node);
    if (!spot) throw new Error(`${node} is not on screen`);
    const box = await suite.page.locator('#graph').boundingBox();
    if (!box) throw new Error('no graph container');
    await suite.page.mouse.move(box.x + spot.x, box.y + spot.y);
    await suite.page.waitForTimeout(300);
  }

  it('the same URL twice draws every entity at the same place, the stored one', async () => {
    await openExplorer(suite.page, `${suite.server.url}/?type=person,country`);
    const first = await positions(suite.page);
    const other = await suite.context.newPage();
    await openExplorer(other, `${suite.server.url}/?type=person,country`);
    expect(await positions(other)).toEqual(first);
    const stored = (await (await fetch(`${suite.server.url}/api/layout`)).json() as { positions: Record<string, [number, number]> }).positions;
    expect(Object.keys(first).sort()).toEqual(Object.keys(stored).sort());
    for (const [node, [x, y]] of Object.entries(first)) expect([x, y]).toEqual(stored[node]);
    expect(suite.pageErrors).toEqual([]);
  });

  it('no label overlaps another: at rest, hovering the biggest hub, and with an entity open', async () => {
    await openExplorer(suite.page, suite.server.url);
    await suite.page.waitForTimeout(300);
    const atRest = await labels();
    expect(atRest.filter((l) => l.kind === 'node').length).toBeGreaterThanOrEqual(Math.min(10, await shownNodes()));
    expect(countOverlaps(atRest)).toBe(0);

    const whole = await (await fetch(`${suite.server.url}/api/graph`)).json() as GraphJson;
    const degree = new Map<string, number>();
    for (const { source, target } of whole.edges) for (const n of [source, target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const [hub] = [...degree.entries()].sort((a, b) => b[1] - a[1])[0];
    await hover(hub);
    const hovered = await labels();
    expect(hovered.length).toBeGreaterThan(0);
    expect(countOverlaps(hovered)).toBe(0);

    await suite.page.mouse.click(1, 1); // away from the canvas
    await suite.page.locator('#search').fill('Erdogan');
    await suite.page.locator('#search-results li').first().click();
    await expect.poll(() => suite.page.locator('#panel h2').textContent()).toContain('Erdogan');
    await suite.page.waitForTimeout(800);
    const selected = await labels();
    expect(selected.some((l) => l.text.includes('Erdogan'))).toBe(true);
    expect(countOverlaps(selected)).toBe(0);
    expect(suite.pageErrors).toEqual([]);
  });

  it('two relations between the same entities share one label', async () => {
    await openExplorer(suite.page, `${suite.server.url}/?node=zorvath-ministry`);
    await suite.page.waitForTimeout(800);
    const both = [predicateDefinition('requests').label, predicateDefinition('criticizes').label].sort().join(' · ');
    const edgeLabels = (await labels()).filter((l) => l.kind === 'edge').map((l) => l.text);
    expect(edgeLabels).toContain(both);
    expect(edgeLabels.filter((t) => t === predicateDefinition('requests').label)).toEqual([]);
    expect(suite.pageErrors).toEqual([]);
  });

  it('a shared URL with filters and a selected relation opens that relation with its evidence', async () => {
    const edge = 'zorvath-ministry|requests|quellmark-council';
    await openExplorer(suite.page, `${suite.server.url}/?type=organization&edge=${encodeURIComponent(edge)}`);
    await expect.poll(() => suite.page.locator('#panel h2').getAttribute('data-edge')).toBe(edge);
    await expect.poll(() => suite.page.locator('#panel blockquote').first().textContent()).toContain('Zorvath Ministry asked');
    expect(await suite.page.locator('input[name="type"]:checked').evaluateAll((b) => b.map((x) => (x as HTMLInputElement).value))).toEqual(['organization']);
    expect(new URL(suite.page.url()).searchParams.get('edge')).toBe(edge);
    await suite.page.keyboard.press('Escape');
    expect(new URL(suite.page.url()).searchParams.get('edge')).toBeNull();
    expect(suite.pageErrors).toEqual([]);
  });

  it('entities without relations are hidden and counted; the toggle shows them', async () => {
    await openExplorer(suite.page, suite.server.url);
    const hidden = await shownNodes();
    expect(await suite.page.locator('#status').textContent()).toMatch(/\(\d+ without relations hidden\)$/);
    expect(await suite.page.evaluate(() => window.__newsgraph?.shownOnScreen().some((n) => n.node === 'lonely-observer'))).toBe(false);
    await suite.page.locator('#show-isolated').check();
    await expect.poll(() => suite.page.evaluate(() => window.__newsgraph?.shownOnScreen().some((n) => n.node === 'lonely-observer'))).toBe(true);
    expect(await shownNodes()).toBeGreaterThan(hidden);
    expect(suite.pageErrors).toEqual([]);
  });

  it('a layout run by the reader is stored: a reload shows it', async () => {
    await openExplorer(suite.page, suite.server.url);
    const before = await positions(suite.page);
    await suite.page.locator('#layout-toggle').click();
    await suite.page.waitForFunction(() => document.body.dataset.layout === 'running');
    await suite.page.waitForTimeout(1_000);
    await suite.page.locator('#layout-toggle').click();
    await suite.page.waitForFunction(() => document.body.dataset.layout === 'stopped');
    const after = await positions(suite.page);
    expect(after).not.toEqual(before);
    await expect.poll(async () => {
      const reloaded = await suite.context.newPage();
      await openExplorer(reloaded, suite.server.url);
      const seen = await positions(reloaded);
      await reloaded.close();
      return seen;
    }).toEqual(after);
    expect(suite.pageErrors).toEqual([]);
  });
});
