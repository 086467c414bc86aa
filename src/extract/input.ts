// Turns the bytes of an uploaded or read document into text, refusing what is not a text document:
// empty input, binary data and invalid UTF-8 get a clear error instead of a garbage graph.

export class DocumentInputError extends Error {}

/** Control characters other than tab, newline, carriage return and form feed mark binary data. */
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

export function validateDocumentText(text: string): string {
  if (text.trim().length === 0) throw new DocumentInputError('empty document');
  if (BINARY_CONTROL.test(text.slice(0, 65536))) throw new DocumentInputError('binary data, expected UTF-8 text');
  return text.replace(/^\ufeff/, '');
}

export function decodeDocumentText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentInputError('not valid UTF-8 text');
  }
  return validateDocumentText(text);
}
