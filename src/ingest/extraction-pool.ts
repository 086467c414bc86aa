// The server's extraction off the event loop: the worker pool (worker-pool.ts) behind a bound on the
// documents in flight, so that a burst of uploads is refused at once (PoolBusyError; the server
// answers 503 with Retry-After) instead of piling up; and the async road in that uses it (the same
// steps as ingestText in service.ts, with the extraction awaited). Workers start on the first upload.
import type { ExtractionResult } from '../domain/extraction.js';
import type { DocumentInput, GraphStore, IngestOutcome } from '../store/index.js';
import { validateDocumentText } from './input.js';
import { createExtractionPool, defaultWorkerCount, type ExtractionPool } from './worker-pool.js';

export class PoolBusyError extends Error {
  constructor(readonly inFlight: number) {
    super(`${inFlight} documents are being extracted or waiting; try again shortly`);
  }
}

export type AsyncExtractor = (text: string, doc: string) => Promise<ExtractionResult>;

export interface BoundedExtraction {
  extract: AsyncExtractor;
  /** Documents waiting for a worker. */
  readonly queued: number;
  close(): Promise<void>;
}

export interface BoundedExtractionOptions {
  /** Worker threads (default: cores − 1, at least 1). */
  size?: number;
  /** Documents that may wait for a free worker; more are refused (default 16). */
  maxQueue?: number;
}

export function extractionPool(options: BoundedExtractionOptions = {}): BoundedExtraction {
  const size = options.size ?? defaultWorkerCount();
  const capacity = size + (options.maxQueue ?? 16);
  let pool: ExtractionPool | undefined;
  let inFlight = 0;
  return {
    extract(text, doc) {
      if (inFlight >= capacity) return Promise.reject(new PoolBusyError(inFlight));
      pool ??= createExtractionPool(size);
      inFlight += 1;
      return pool.submit(text, doc).finally(() => { inFlight -= 1; });
    },
    get queued() { return pool?.queued ?? 0; },
    close: async () => { await pool?.close(); },
  };
}

/** Stores one document, extracting it with `extract` (a pool's) only when its text is not stored yet. */
export async function ingestTextAsync(store: GraphStore, input: DocumentInput, extract: AsyncExtractor): Promise<IngestOutcome> {
  const text = validateDocumentText(input.text);
  const { id, stored } = store.identify(text);
  if (stored) return store.storedOutcome(id);
  const result = await extract(text, id);
  return store.ingestExtraction({ ...input, text }, result);
}
