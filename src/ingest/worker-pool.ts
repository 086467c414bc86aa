// A pool of worker threads with a bounded queue, so that CPU-heavy work (extraction) never runs on the
// server's event loop: while a worker extracts a long document, /api/health and every query still
// answer. When every worker is busy and the queue is full, `run` refuses at once (PoolBusyError; the
// server answers 503 with Retry-After) instead of piling up work. Generic in its task, so that bulk
// ingestion can reuse it to extract in parallel.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export class PoolBusyError extends Error {
  constructor(readonly queued: number) {
    super(`all workers are busy and ${queued} tasks are waiting; try again shortly`);
  }
}

export class PoolClosedError extends Error {
  constructor() {
    super('the worker pool is closed');
  }
}

export interface PoolOptions {
  /** Worker threads (default: one less than the cores, at least 1, at most 4). */
  size?: number;
  /** Tasks that may wait for a free worker; more are refused (default 16). */
  maxQueue?: number;
}

/** What a worker script receives and answers (see extract-worker.ts). */
export interface TaskMessage<T> { id: number; task: T }
export type ReplyMessage<R> = { id: number; result: R } | { id: number; error: string };

interface Pending<T, R> { id: number; task: T; resolve: (result: R) => void; reject: (error: Error) => void }

export const defaultPoolSize = (): number => Math.max(1, Math.min(4, availableParallelism() - 1));

/**
 * A Worker for a module next to this one: the compiled `.js` when there is one (dist/), else the
 * TypeScript source with tsx's loader registered inside the worker first (development and tests).
 */
export function moduleWorker(moduleUrl: URL): Worker {
  const compiled = new URL(moduleUrl.href.replace(/\.ts$/, '.js'));
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled);
  // tsx's ESM API by path: its CommonJS entry (what require.resolve finds) cannot register hooks here.
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(moduleUrl.href)}))`;
  return new Worker(boot, { eval: true });
}

export class WorkerPool<T, R> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending<T, R>>();
  private readonly queue: Pending<T, R>[] = [];
  private readonly maxQueue: number;
  private readonly size: number;
  private nextId = 0;
  private closed = false;

  /** `spawn` makes one worker (moduleWorker(new URL('./x-worker.ts', import.meta.url))); workers start when first needed. */
  constructor(private readonly spawn: () => Worker, options: PoolOptions = {}) {
    this.maxQueue = options.maxQueue ?? 16;
    this.size = Math.max(1, options.size ?? defaultPoolSize());
  }

  /** Tasks running and waiting. */
  get load(): { running: number; queued: number } {
    return { running: this.busy.size, queued: this.queue.length };
  }

  run(task: T): Promise<R> {
    if (this.closed) return Promise.reject(new PoolClosedError());
    if (this.busy.size >= this.size && this.queue.length >= this.maxQueue) return Promise.reject(new PoolBusyError(this.queue.length));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; waiting and running tasks fail with PoolClosedError. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new PoolClosedError());
    for (const pending of this.busy.values()) pending.reject(new PoolClosedError());
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    this.busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): Worker {
    const worker = this.spawn();
    worker.on('message', (reply: ReplyMessage<R>) => this.finish(worker, reply));
    worker.on('error', (error: Error) => this.replace(worker, error));
    worker.on('exit', (code) => { if (!this.closed) this.replace(worker, new Error(`worker stopped (exit code ${code})`)); });
    // Idle workers must not keep a finished process alive.
    worker.unref();
    return worker;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (this.idle.length === 0) {
        if (this.busy.size >= this.size) return;
        this.idle.push(this.start());
      }
      const worker = this.idle.pop() as Worker;
      const pending = this.queue.shift() as Pending<T, R>;
      this.busy.set(worker, pending);
      worker.ref();
      worker.postMessage({ id: pending.id, task: pending.task } satisfies TaskMessage<T>);
    }
  }

  private finish(worker: Worker, reply: ReplyMessage<R>): void {
    const pending = this.busy.get(worker);
    if (!pending || pending.id !== reply.id) return;
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.result);
    this.dispatch();
  }

  /** A worker that failed is dropped (its task fails) and another takes its place. */
  private replace(worker: Worker, error: Error): void {
    const pending = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    pending?.reject(error);
    if (this.closed) return;
    void worker.terminate();
    this.dispatch();
  }
}
