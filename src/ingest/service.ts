// The one road in: text or files → the input rule → extraction → the store. The CLI (`extract`,
// `ingest`), the server (POST /api/documents) and seeding all come this way, so they agree on what
// they accept and store.
import { existsSync } from 'node:fs';
import type { ExtractionResult, Extractor } from '../domain/extraction.js';
import { extractDocument } from '../extract/index.js';
import type { DocumentInput, GraphStore, IngestOutcome } from '../store/index.js';
import { documentFromFile, readArticle, textFilesIn } from './files.js';
import { DocumentInputError, validateDocumentText } from './input.js';

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

/** Ingests every text file named (directories are searched); one bad file does not stop the others. */
export function ingestFiles(store: GraphStore, paths: readonly string[], options: IngestFilesOptions = {}): FileResult[] {
  return textFilesIn(paths).map((path) => {
    options.onFile?.(path);
    try {
      const input = documentFromFile(path);
      const outcome = ingestText(store, { ...input, ...(options.published ? { published: options.published } : {}) }, options.extract);
      return { path, outcome };
    } catch (error) {
      if (error instanceof DocumentInputError) return { path, error: error.message };
      return { path, error: `${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
    }
  });
}

/** Fills an empty store with the seed articles in `seedsDir`; an existing store is left alone. */
export function seedIfEmpty(store: GraphStore, seedsDir: string, extract: Extractor = extractDocument): FileResult[] {
  if (store.documentCount() > 0 || !existsSync(seedsDir)) return [];
  return ingestFiles(store, [seedsDir], { extract });
}
