// Peak memory of a synchronous piece of work, from V8's own GC records: the largest heap + external
// size seen at any garbage collection during the work (or at its end), minus the size just before.
// Sampling from a timer would miss everything, since synchronous work blocks the event loop.
import v8 from 'node:v8';

export interface Measured<T> {
  result: T;
  ms: number;
  /** Extra bytes (JS heap + external buffers) at the peak, above the level before the work. */
  peakBytes: number;
  /** Extra bytes still held once the work is done and garbage collected. */
  retainedBytes: number;
}

/** Full GC when node runs with --expose-gc (the bench runner always passes it). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) { gc(); gc(); }
}

/** JS heap in use plus external buffers, in bytes. */
export function heapNow(): number {
  const stats = v8.getHeapStatistics();
  return stats.used_heap_size + stats.external_memory;
}

/** Starts watching; the returned function ends the watch and gives the figures. */
function startWatch(): () => { ms: number; peakBytes: number; retainedBytes: number } {
  collectGarbage();
  const before = heapNow();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const start = performance.now();
  return () => {
    const ms = performance.now() - start;
    let peak = heapNow();
    for (const record of profiler.stop()?.statistics ?? []) {
      const h = record.beforeGC.heapStatistics;
      peak = Math.max(peak, h.usedHeapSize + h.externalMemory);
    }
    collectGarbage();
    return { ms, peakBytes: Math.max(0, peak - before), retainedBytes: Math.max(0, heapNow() - before) };
  };
}

export function measure<T>(work: () => T): Measured<T> {
  const stop = startWatch();
  const result = work();
  return { result, ...stop() };
}

/** Same as `measure`, for work that awaits (streams to a file): GCs during the awaits count too. */
export async function measureAsync<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const stop = startWatch();
  const result = await work();
  return { result, ...stop() };
}
