// Shared set-up for the server tests: a real store in a temporary directory, the real extractor.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../../src/extract/index.js';
import { GraphStore } from '../../src/store/index.js';
import { KABUL_TEXT, kabulExtraction, SECOND_TEXT, secondExtraction } from '../store/fixtures.js';

export interface TempStore { dir: string; store: GraphStore; cleanup(): void }

export function tempStore(prefix = 'newsgraph-server-'): TempStore {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = GraphStore.open(dir);
  return { dir, store, cleanup: () => { store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Two small hand-extracted articles, so that query assertions do not depend on extraction quality. */
export function storeFixtures(store: GraphStore): { kabul: string; second: string } {
  const kabul = store.ingestExtraction({ text: KABUL_TEXT, title: 'Kabul airport', published: '2021-08-25' }, kabulExtraction()).id;
  const second = store.ingestExtraction({ text: SECOND_TEXT, title: 'Ankara', published: '2021-09-10' }, secondExtraction()).id;
  return { kabul, second };
}

export const ARTICLE = [
  'Germany Asks France For Help',
  'German Chancellor Olaf Scholz asked France for military assistance on Monday.',
  'France agreed to send engineers to Berlin, the French defence ministry said.',
].join('\n');
