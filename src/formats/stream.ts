// Writing a format's chunks to a stream (file, HTTP response, stdout) with backpressure, so that a
// large graph is never held in memory as one string.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const BATCH_CHARS = 64 * 1024;

/** Joins small chunks into ~64 KB pieces: fewer, larger writes. */
export function* batched(chunks: Iterable<string>, size = BATCH_CHARS): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/**
 * Streams the chunks into `out` and ends it. Resolves when everything is flushed; rejects when `out`
 * fails or closes early (a client that went away), which also stops the generator.
 */
export async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  await pipeline(Readable.from(batched(chunks), { objectMode: false, encoding: 'utf8' }), out);
}

/** All chunks as one string (tests, small graphs). */
export function collectChunks(chunks: Iterable<string>): string {
  return [...batched(chunks, Number.POSITIVE_INFINITY)].join('');
}
