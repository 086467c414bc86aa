// A pool of worker threads that extract documents, so that ingestion uses every core: the main thread
// reads files and commits to the store (one writer, in order); the workers only extract. Tasks wait
// in a queue until a worker is free; a worker that dies fails its task and is replaced.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractionResult } from '../domain/extraction.js';
import type { ExtractionAnswer, ExtractionTask } from './extract-worker.js';

export interface ExtractionPool {
  readonly size: number;
  /** Tasks waiting for a worker (not counting those being extracted). */
  readonly queued: number;
  submit(text: string, doc: string): Promise<ExtractionResult>;
  /** Stops the workers; tasks not finished yet fail. */
  close(): Promise<void>;
}

/** Cores − 1 (the main thread writes to the store), at least 1. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

interface Pending { task: ExtractionTask; resolve: (result: ExtractionResult) => void; reject: (error: Error) => void }

/**
 * Compiled, the worker is plain JS. Run from sources (tsx, tests), it is TypeScript: the thread first
 * registers tsx's loader (loader hooks are per thread), then imports it.
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url));
  const file = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); });`;
  return new Worker(boot, { eval: true });
}

export function createExtractionPool(size = defaultWorkerCount()): ExtractionPool {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a pool needs at least one worker (got ${size})`);
  const queue: Pending[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  let nextId = 0;
  let closed = false;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const pending = queue.shift() as Pending;
      busy.set(worker, pending);
      worker.postMessage(pending.task);
    }
  };

  const start = (): void => {
    const worker = spawnWorker();
    worker.on('message', (answer: ExtractionAnswer) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (pending) {
        if ('result' in answer) pending.resolve(answer.result);
        else pending.reject(new Error(answer.error));
      }
      dispatch();
    });
    const fail = (error: Error): void => {
      const pending = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      pending?.reject(error);
      if (!closed) { start(); dispatch(); }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (!closed) fail(new Error(`extraction worker stopped (exit code ${code})`)); });
    idle.push(worker);
  };

  for (let i = 0; i < size; i++) start();

  return {
    size,
    get queued() { return queue.length; },
    submit(text, doc) {
      if (closed) return Promise.reject(new Error('the extraction pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ task: { id: nextId++, text, doc }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error('the extraction pool is closed'));
      for (const pending of busy.values()) pending.reject(new Error('the extraction pool is closed'));
      const workers = [...idle, ...busy.keys()];
      idle.length = 0;
      busy.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
