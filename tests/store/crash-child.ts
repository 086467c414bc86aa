// Child process for crash-safety.test.ts: ingests generated documents until it is killed, printing
// each document id after its transaction committed.
import { GraphStore } from '../../src/store/index.js';
import { crashDocument } from './crash-documents.js';

const dir = process.argv[2];
const store = GraphStore.open(dir);
for (let i = 0; ; i++) {
  const { text, result } = crashDocument(i);
  const outcome = store.ingestExtraction({ text, title: `crash ${i}` }, result);
  process.stdout.write(`stored ${outcome.id} ${i}\n`);
}
