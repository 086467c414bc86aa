// Limits that keep one input from exhausting the process, in one table: the code that enforces them
// reads them here, and docs/api.md lists them from here (bench/../docs generation reads LIMIT_TABLE).

/** Raised when an input is larger than a limit allows; the server answers 413, the CLI one line. */
export class LimitError extends Error {
  constructor(readonly code: 'document_too_large' | 'import_too_large', message: string) {
    super(message);
  }
}

export const DOCUMENT_LIMITS = {
  /** Longest document text, in characters (ingested, or rebuilt from an import's evidence). */
  maxDocumentChars: 5 * 1024 * 1024,
  /** All documents an import rebuilds from its evidence, together, in characters. */
  maxImportChars: 32 * 1024 * 1024,
  /** Largest file the CLI reads as one article (checked before reading), in bytes. */
  maxFileBytes: 20 * 1024 * 1024,
} as const;

/** Refuses a document text longer than the limit, before any extraction work. */
export function assertDocumentSize(text: string, maxChars: number = DOCUMENT_LIMITS.maxDocumentChars): void {
  if (text.length > maxChars) {
    throw new LimitError('document_too_large', `the document has ${text.length} characters, more than the limit of ${maxChars}`);
  }
}

/** Refuses a file larger than the limit, before it is read. */
export function assertFileSize(bytes: number, maxBytes: number = DOCUMENT_LIMITS.maxFileBytes): void {
  if (bytes > maxBytes) throw new LimitError('document_too_large', `the file has ${bytes} bytes, more than the limit of ${maxBytes}`);
}
