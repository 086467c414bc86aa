// Limits that keep one input from exhausting the process, in one place: the code that enforces them
// reads them here, and docs/api.md lists them (tests/docs check that it does).

/** Raised when an input is larger than a limit allows; the server answers 413, the CLI one line. */
export class LimitError extends Error {
  constructor(readonly code: 'document_too_large' | 'import_too_large', message: string) {
    super(message);
  }
}

export const DOCUMENT_LIMITS = {
  /**
   * Largest document, in bytes of UTF-8 (and so at most as many characters): 1 MiB, about 150,000
   * words, far beyond any news article. Also the longest document an import may rebuild from evidence.
   */
  maxDocumentBytes: 1024 * 1024,
  /** All documents an import rebuilds from its evidence, together, in characters. */
  maxImportChars: 32 * 1024 * 1024,
} as const;

/** Longest run of non-space characters the tagger is given (longer runs are blanked): no word or name is longer. */
export const MAX_TOKEN_CHARS = 128;
