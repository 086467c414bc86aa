// Run as a child process by memory.test.ts (node --expose-gc --import tsx): builds a synthetic graph,
// then streams it to a file as GEXF while sampling the heap after every write. Prints one JSON line.
// Arguments: FILE EDGES MODE GC_EVERY. MODE 'with-layout' measures the whole export (ForceAtlas2
// included), 'writer' the writer alone. GC_EVERY > 0 forces a collection every so many writes: the
// heap right after each is the live memory of the export (peakLiveGrowth); peakHeapGrowth is the
// highest heap seen at any write, garbage waiting for the collector included.
import { closeSync, openSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { gexfChunks } from '../../src/formats/gexf-write.js';
import { writeChunks } from '../../src/formats/stream.js';
import { positionsOf } from '../../src/graph/layout.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';

const [file, edgesArg, mode, gcEveryArg = '0'] = process.argv.slice(2);
const edges = Number(edgesArg);
const gcEvery = Number(gcEveryArg);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const graph = syntheticGraph({ nodes: Math.round(edges / 5), edges, seed: 1 });
// 'writer' measures the writer alone (positions computed beforehand); 'with-layout' includes the layout.
const positions = mode === 'with-layout' ? undefined : positionsOf(graph, { iterations: 1, noverlap: false });
gc();
gc();
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
let livePeak = baseline;
let bytes = 0;
let writes = 0;
const fd = openSync(file, 'w');
const sink = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    writeSync(fd, chunk);
    bytes += chunk.length;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (gcEvery > 0 && ++writes % gcEvery === 0) {
      gc();
      // Right after a collection the heap is what the export keeps alive.
      livePeak = Math.max(livePeak, process.memoryUsage().heapUsed);
    }
    callback();
  },
});
await writeChunks(gexfChunks(graph, { dynamic: true, positions, layout: { iterations: 1, noverlap: false } }), sink);
closeSync(fd);
process.stdout.write(JSON.stringify({ nodes: graph.order, edges: graph.size, fileBytes: bytes, baselineHeap: baseline, peakHeapGrowth: peak - baseline, peakLiveGrowth: livePeak - baseline }) + '\n');
