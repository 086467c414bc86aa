// Loads the shipped weights once, on first use. Files live in models/ at the project root.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBundle, section } from './binary.js';
import { Gazetteer, GAZETTEER_TYPES, phraseHash, type GazetteerType } from './gazetteer.js';
import { hashString } from './hash.js';
import { LinearModel } from './linear.js';
import { WordClusters } from './words.js';

export interface Models {
  clusters: WordClusters;
  gazetteer: Gazetteer;
  /** First tagging pass (left context only) and second pass (also sees the first pass's tags to the right). */
  tagger: LinearModel;
  tagger2: LinearModel;
  parser: LinearModel;
  labeller: LinearModel;
  ner: LinearModel;
}

export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

interface ClassMeta { classes: string[] }
interface ParserMeta { labels: string[] }

function metaOf<T>(meta: unknown, field: keyof T & string, path: string): T {
  if (typeof meta !== 'object' || meta === null || !(field in meta)) throw new Error(`${path}: missing "${field}" in header`);
  return meta as T;
}

export function loadClusters(dir: string): WordClusters {
  const bundle = readBundle(`${dir}/clusters.bin`);
  const words = Buffer.from(section(bundle, 'words', Uint8Array)).toString('utf8').split('\n');
  return new WordClusters(words, section(bundle, 'ids', Uint16Array));
}

/** Lower-case hash of a phrase word, as `wordAttributes` computes it (digits → 0). */
function lowerHash(word: string): number {
  return hashString(word.toLowerCase().replace(/\p{N}/gu, '0'));
}

/** Parses gazetteer lines "type<TAB>phrase"; the phrase's words are already split as the tokeniser splits them. */
export function parseGazetteer(text: string): Gazetteer {
  const gazetteer = new Gazetteer();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const type = line.slice(0, tab) as GazetteerType;
    const bit = GAZETTEER_TYPES.indexOf(type);
    if (tab < 0 || bit < 0) continue;
    const hashes = line.slice(tab + 1).split(' ').filter((word) => word !== '').map(lowerHash);
    if (hashes.length === 0 || hashes.length > 6) continue;
    gazetteer.add(phraseHash(hashes, 0, hashes.length), 1 << bit);
  }
  return gazetteer;
}

export function loadModels(dir: string = DEFAULT_MODEL_DIR): Models {
  for (const file of ['clusters.bin', 'tagger.bin', 'parser.bin', 'ner.bin', 'gazetteer.txt']) {
    if (!existsSync(`${dir}/${file}`)) throw new Error(`model file ${dir}/${file} is missing (run npm run train)`);
  }
  const tagger = readBundle(`${dir}/tagger.bin`);
  const parser = readBundle(`${dir}/parser.bin`);
  const ner = readBundle(`${dir}/ner.bin`);
  const taggerClasses = metaOf<ClassMeta>(tagger.meta, 'classes', 'tagger.bin').classes;
  const nerClasses = metaOf<ClassMeta>(ner.meta, 'classes', 'ner.bin').classes;
  const labels = metaOf<ParserMeta>(parser.meta, 'labels', 'parser.bin').labels;
  return {
    clusters: loadClusters(dir),
    gazetteer: parseGazetteer(readFileSync(`${dir}/gazetteer.txt`, 'utf8')),
    tagger: LinearModel.fromBundle(tagger, 'tag', taggerClasses),
    tagger2: LinearModel.fromBundle(tagger, 'tag2', taggerClasses),
    parser: LinearModel.fromBundle(parser, 'parse', ['shift', 'left', 'right']),
    labeller: LinearModel.fromBundle(parser, 'label', labels),
    ner: LinearModel.fromBundle(ner, 'ner', nerClasses),
  };
}

let shared: Models | undefined;

/** The shipped models, loaded on first call and kept. */
export function models(): Models {
  shared ??= loadModels();
  return shared;
}
