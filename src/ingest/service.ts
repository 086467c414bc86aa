// The one road in: text or files → the input rule → extraction → the store. The CLI (`extract`,
// `ingest`), the server (POST /api/documents) and seeding all come this way, so they agree on what
// they accept and store.
import { existsSync } from 'node:fs';
import type { ExtractionResult, Extractor } from '../domain/extraction.js';
import { extractDocument } from '../extract/index.js';
import type { DocumentInput, GraphStore, IngestOutcome } from '../store/index.js';
import { documentFromFile, readArticle, textFilesIn } from './files.js';
import { DocumentInputError, validateDocumentText } from './input.js';
import type { ExtractionPool } from './worker-pool.js';

/**
 * Extracts files without storing them (`newsgraph extract`); each file's path names it in evidence.
 * Every file is read and checked first, so bad input fails before any extraction.
 */
export function extractFiles(paths: readonly string[], extract: Extractor = extractDocument): ExtractionResult[] {
  const texts = paths.map(readArticle);
  return paths.map((path, i) => extract(texts[i], path));
}

/** Stores one document (idempotent on its text); extraction runs only for text not stored yet. */
export function ingestText(store: GraphStore, input: DocumentInput, extract: Extractor = extractDocument): IngestOutcome {
  const text = validateDocumentText(input.text);
  const { id, stored } = store.identify(text);
  if (stored) return store.storedOutcome(id);
  return store.ingestExtraction({ ...input, text }, extract(text, id));
}

export interface FileResult {
  path: string;
  outcome?: IngestOutcome;
  /** Why the file was not stored (bad input, or a failure while extracting or storing it), naming the file. */
  error?: string;
}

export interface IngestFilesOptions {
  /** Publication date (yyyy-mm-dd) given to every file. */
  published?: string;
  extract?: Extractor;
  /** Called before each file (progress display). */
  onFile?: (path: string) => void;
}

/** A file that could not be stored, with why (input errors name the file already). */
function failed(path: string, error: unknown): FileResult {
  if (error instanceof DocumentInputError) return { path, error: error.message };
  return { path, error: `${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
}

function fileInput(path: string, options: IngestFilesOptions): DocumentInput {
  const input = documentFromFile(path);
  return { ...input, text: validateDocumentText(input.text), ...(options.published ? { published: options.published } : {}) };
}

/** Ingests every text file named (directories are searched); one bad file does not stop the others. */
export function ingestFiles(store: GraphStore, paths: readonly string[], options: IngestFilesOptions = {}): FileResult[] {
  return textFilesIn(paths).map((path) => {
    options.onFile?.(path);
    try {
      return { path, outcome: ingestText(store, fileInput(path, options), options.extract) };
    } catch (error) {
      return failed(path, error);
    }
  });
}

interface PipelinedFile { path: string; input?: DocumentInput; extraction?: Promise<ExtractionResult>; error?: unknown }

/**
 * ingestFiles with extraction in a pool of worker threads: files are read and sent to the pool ahead
 * (up to two per worker), and committed by this thread one by one in the order given, so the store
 * ends up exactly as ingestFiles would leave it.
 */
export async function ingestFilesWithPool(store: GraphStore, paths: readonly string[], pool: ExtractionPool, options: IngestFilesOptions = {}): Promise<FileResult[]> {
  const files = textFilesIn(paths);
  const ahead: PipelinedFile[] = [];
  const results: FileResult[] = [];
  const commit = async (file: PipelinedFile): Promise<FileResult> => {
    options.onFile?.(file.path);
    try {
      if (file.error !== undefined || !file.input) throw file.error;
      if (!file.extraction) return { path: file.path, outcome: store.storedOutcome(store.identify(file.input.text).id) };
      return { path: file.path, outcome: store.ingestExtraction(file.input, await file.extraction) };
    } catch (error) {
      return failed(file.path, error);
    }
  };
  for (const path of files) {
    let file: PipelinedFile;
    try {
      const input = fileInput(path, options);
      const { id, stored } = store.identify(input.text);
      const extraction = stored ? undefined : pool.submit(input.text, id);
      // Failures are read when the file is committed; until then the rejection is handled here.
      extraction?.catch(() => undefined);
      file = { path, input, extraction };
    } catch (error) {
      file = { path, error };
    }
    ahead.push(file);
    if (ahead.length >= pool.size * 2) results.push(await commit(ahead.shift() as PipelinedFile));
  }
  for (const file of ahead) results.push(await commit(file));
  return results;
}

/** Fills an empty store with the seed articles in `seedsDir`; an existing store is left alone. */
export function seedIfEmpty(store: GraphStore, seedsDir: string, extract: Extractor = extractDocument): FileResult[] {
  if (store.documentCount() > 0 || !existsSync(seedsDir)) return [];
  return ingestFiles(store, [seedsDir], { extract });
}
