// Document input: what is not a text document is refused with a clear error, before any extraction.
import { describe, expect, it } from 'vitest';
import { decodeDocumentText, DocumentInputError, validateDocumentText } from '../../src/ingest/input.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeDocumentText', () => {
  it('returns the text of a UTF-8 document', () => {
    expect(decodeDocumentText(bytes('Chile and Peru signed a pact in Lima.'))).toBe('Chile and Peru signed a pact in Lima.');
  });

  it('keeps non-ASCII letters', () => {
    expect(decodeDocumentText(bytes('Bogotá hosted São Tomé’s delegation.'))).toBe('Bogotá hosted São Tomé’s delegation.');
  });

  it('strips a byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Fiji protested.')]);
    expect(decodeDocumentText(withBom)).toBe('Fiji protested.');
  });

  it('rejects an empty document', () => {
    expect(() => decodeDocumentText(new Uint8Array())).toThrow(DocumentInputError);
    expect(() => decodeDocumentText(bytes(' \n\t\n'))).toThrow(/empty/);
  });

  it('rejects binary data', () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeDocumentText(binary)).toThrow(DocumentInputError);
    expect(() => decodeDocumentText(bytes('Chile\u0000\u0001\u0002 and Peru'))).toThrow(/binary/);
  });

  it('rejects invalid UTF-8', () => {
    const latin1 = new Uint8Array([...bytes('Bogot'), 0xe1, ...bytes(' hosted talks.')]);
    expect(() => decodeDocumentText(latin1)).toThrow(/UTF-8/);
  });
});

describe('validateDocumentText', () => {
  it('accepts tabs, form feeds and CRLF line ends', () => {
    expect(validateDocumentText('Laos\tand Vietnam\r\nmet.\f')).toBe('Laos\tand Vietnam\r\nmet.\f');
  });

  it('strips a leading BOM from a decoded string', () => {
    expect(validateDocumentText('\ufeffNepal agreed.')).toBe('Nepal agreed.');
  });
});
