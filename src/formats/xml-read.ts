// A streaming XML reader over saxes for the GEXF and GraphML readers: element names without their
// prefix, attributes as a plain record, and every error (malformed XML or the format's own
// complaints) as an ImportFormatError carrying the line.
import { SaxesParser } from 'saxes';
import { ImportFormatError } from './import-error.js';

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void;
  close(name: string, line: number): void;
  text?(text: string): void;
}

export type XmlSource = string | Uint8Array | AsyncIterable<string | Uint8Array>;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

export interface XmlReader {
  write(chunk: string): void;
  close(): void;
}

export function createXmlReader(handlers: XmlHandlers): XmlReader {
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (error: Error) => {
    // saxes prefixes "line:column: "; we say it in words.
    const message = error.message.replace(/^\d+:\d+: /, '');
    throw new ImportFormatError(`malformed XML at column ${parser.column + 1}: ${message}`, parser.line);
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>, parser.line));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name), parser.line));
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', (t) => text(t));
    parser.on('cdata', (t) => text(t));
  }
  return {
    write: (chunk) => { parser.write(chunk); },
    close: () => { parser.close(); },
  };
}

function isAsyncIterable(source: XmlSource): source is AsyncIterable<string | Uint8Array> {
  return typeof source === 'object' && source !== null && Symbol.asyncIterator in source;
}

/** Feeds the whole source to the handlers; UTF-8 bytes may be split anywhere between chunks. */
export async function readXml(source: XmlSource, handlers: XmlHandlers): Promise<void> {
  const reader = createXmlReader(handlers);
  const decoder = new TextDecoder('utf-8');
  if (typeof source === 'string') reader.write(source);
  else if (source instanceof Uint8Array) reader.write(decoder.decode(source));
  else if (isAsyncIterable(source)) {
    for await (const chunk of source) reader.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    reader.write(decoder.decode());
  }
  reader.close();
}

/** A handler that builds a result from the whole document. */
export interface XmlDocumentHandler<T> extends XmlHandlers {
  finish(): T;
}

/** Feeds the source to the handler, then asks it for its result. */
export async function readXmlDocument<T>(source: XmlSource, handler: XmlDocumentHandler<T>): Promise<T> {
  await readXml(source, {
    open: (name, attributes, line) => handler.open(name, attributes, line),
    close: (name, line) => handler.close(name, line),
    text: (text) => handler.text?.(text),
  });
  return handler.finish();
}
