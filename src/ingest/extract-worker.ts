// A worker thread of the extraction pool (worker-pool.ts): extracts one document per message.
import { parentPort } from 'node:worker_threads';
import type { ExtractionResult } from '../domain/extraction.js';
import { extractDocument } from '../extract/index.js';
import type { ReplyMessage, TaskMessage } from './worker-pool.js';

export interface ExtractTask { text: string; doc: string }

parentPort?.on('message', ({ id, task }: TaskMessage<ExtractTask>) => {
  let reply: ReplyMessage<ExtractionResult>;
  try {
    reply = { id, result: extractDocument(task.text, task.doc) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
