// A worker thread of the extraction pool (worker-pool.ts): extracts each text it is sent and answers
// with the result or the error's message. Extraction is a pure function of the text and document id,
// so a worker's answer is exactly what the main thread would have computed.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/index.js';
import type { ExtractionResult } from '../domain/extraction.js';

export interface ExtractionTask { id: number; text: string; doc: string }
export type ExtractionAnswer = { id: number; result: ExtractionResult } | { id: number; error: string };

parentPort?.on('message', (task: ExtractionTask) => {
  let answer: ExtractionAnswer;
  try {
    answer = { id: task.id, result: extractDocument(task.text, task.doc) };
  } catch (error) {
    answer = { id: task.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
