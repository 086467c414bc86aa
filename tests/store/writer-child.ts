// Child process for concurrent-writers.test.ts: a second process (like `newsgraph ingest`) storing
// documents FROM..FROM+COUNT-1 in the same data directory, counting the writes that failed.
import { GraphStore } from '../../src/store/index.js';
import { crashDocument } from './crash-documents.js';

const [dir, from, count] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const store = GraphStore.open(dir);
let failed = 0;
for (let i = from; i < from + count; i++) {
  const { text, result } = crashDocument(i);
  try {
    store.ingestExtraction({ text, title: `writer ${i}` }, result);
  } catch (error) {
    failed += 1;
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  }
}
store.close();
process.stdout.write(`failed ${failed}\n`);
