// Extraction off the calling thread: a WorkerPool of extract-worker.ts, and the async road in that
// uses it (the same steps as ingestText in service.ts, with the extraction awaited).
import type { ExtractionResult } from '../domain/extraction.js';
import type { DocumentInput, GraphStore, IngestOutcome } from '../store/index.js';
import type { ExtractTask } from './extract-worker.js';
import { validateDocumentText } from './input.js';
import { moduleWorker, WorkerPool, type PoolOptions } from './worker-pool.js';

export type AsyncExtractor = (text: string, doc: string) => Promise<ExtractionResult>;

export interface ExtractionPool {
  extract: AsyncExtractor;
  close(): Promise<void>;
}

export function extractionPool(options: PoolOptions = {}): ExtractionPool {
  const pool = new WorkerPool<ExtractTask, ExtractionResult>(() => moduleWorker(new URL('./extract-worker.ts', import.meta.url)), options);
  return { extract: (text, doc) => pool.run({ text, doc }), close: () => pool.close() };
}

/** Stores one document, extracting it with `extract` (a pool's) only when its text is not stored yet. */
export async function ingestTextAsync(store: GraphStore, input: DocumentInput, extract: AsyncExtractor): Promise<IngestOutcome> {
  const text = validateDocumentText(input.text);
  const { id, stored } = store.identify(text);
  if (stored) return store.storedOutcome(id);
  const result = await extract(text, id);
  return store.ingestExtraction({ ...input, text }, result);
}
