// What counts as a readable article, whichever road it comes by (a file for `extract` or `ingest`, the
// seed corpus, an upload): one rule, so the same bytes get the same answer everywhere.
// - Bytes must be UTF-8, decoded strictly: a wrong encoding is refused, never silently replaced.
//   A leading byte order mark is dropped; UTF-16 (a BOM of FF FE or FE FF) is named as such.
// - Text that is empty or only blanks is refused.
// - Text with a NUL, or with more than 1% control characters, is binary data, not an article.
// - A document is at most MAX_DOCUMENT_BYTES of UTF-8.
// Text that arrives already decoded (a JSON string) goes through the same checks from the second step on.

export type DocumentProblem = 'empty_text' | 'binary_text' | 'invalid_utf8' | 'too_large' | 'not_a_file' | 'missing_file';

export class DocumentInputError extends Error {
  constructor(readonly code: DocumentProblem, message: string) {
    super(message);
  }
}

/**
 * Largest document accepted, in bytes of UTF-8: 1 MiB, about 150,000 words, far beyond any news article.
 * Extraction time grows faster than the text, so a bound here keeps one upload from holding a worker for minutes.
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** Control characters other than tab, line feed, vertical tab, form feed, carriage return and escape, and DEL. */
const CONTROL = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/g;

/** Share of characters that no text file contains; binary files are full of them. */
export function controlShare(text: string): number {
  if (text.length === 0) return 0;
  return (text.match(CONTROL)?.length ?? 0) / text.length;
}

function looksBinary(text: string): boolean {
  return text.includes('\u0000') || controlShare(text) > 0.01;
}

/** Checks decoded text against the rule and returns it without a leading byte order mark. */
export function validateDocumentText(text: string): string {
  const body = text.replace(/^\ufeff/, '');
  if (body.trim().length === 0) throw new DocumentInputError('empty_text', 'empty document');
  if (looksBinary(body)) throw new DocumentInputError('binary_text', 'binary data, expected UTF-8 text');
  if (Buffer.byteLength(body, 'utf8') > MAX_DOCUMENT_BYTES) throw tooLarge();
  return body;
}

export function tooLarge(): DocumentInputError {
  return new DocumentInputError('too_large', `document is larger than the limit of ${MAX_DOCUMENT_BYTES} bytes`);
}

function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Bytes → the document's text, by the rule above. */
export function decodeDocumentText(bytes: Uint8Array): string {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge();
  if (isUtf16(bytes)) throw new DocumentInputError('invalid_utf8', 'UTF-16 text, expected UTF-8 (save the file as UTF-8)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Binary data is also invalid UTF-8; say what it most likely is.
    if (looksBinary(new TextDecoder('utf-8').decode(bytes))) throw new DocumentInputError('binary_text', 'binary data, expected UTF-8 text');
    throw new DocumentInputError('invalid_utf8', 'not valid UTF-8 text');
  }
  return validateDocumentText(text);
}
