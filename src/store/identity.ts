// Document identity: the id is derived from the text, so ingesting the same text twice is a no-op.
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  // Line endings and trailing blanks are not content: a file saved on Windows is the same article.
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

export function documentIdFor(hash: string): string {
  return `doc-${hash.slice(0, 16)}`;
}
