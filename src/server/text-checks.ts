// A document must be readable text: not empty, not a binary file sent by mistake.
import { ApiError } from './errors.js';

// Control characters other than tab, line feed and carriage return, and U+FFFD (what invalid UTF-8 decodes to).
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/** Share of characters that no text file contains; binary files are full of them. */
export function binaryShare(text: string): number {
  if (text.length === 0) return 0;
  return (text.match(NOT_TEXT)?.length ?? 0) / text.length;
}

export function assertReadableText(text: string): void {
  if (text.trim().length === 0) throw new ApiError(400, 'empty_text', 'text is empty');
  if (text.includes('\u0000') || binaryShare(text) > 0.01) {
    throw new ApiError(400, 'binary_text', 'text looks like binary data, not UTF-8 text');
  }
}
