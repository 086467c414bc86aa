// A small binary container for weights and lexicons: magic, a JSON header naming typed-array
// sections, then the sections, each 8-byte aligned. Little-endian, as every platform Node runs on.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';

const MAGIC = 'NGNLP001';

export type Section = Uint8Array | Int8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array;
type SectionType = 'u8' | 'i8' | 'i16' | 'u16' | 'i32' | 'u32' | 'f32';

interface SectionEntry { name: string; type: SectionType; length: number }
interface Header { meta: unknown; sections: SectionEntry[] }

export interface Bundle { meta: unknown; sections: Map<string, Section> }

function sectionType(array: Section): SectionType {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Int8Array) return 'i8';
  if (array instanceof Int16Array) return 'i16';
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Int32Array) return 'i32';
  if (array instanceof Uint32Array) return 'u32';
  return 'f32';
}

function makeSection(type: SectionType, buffer: ArrayBuffer, offset: number, length: number): Section {
  switch (type) {
    case 'u8': return new Uint8Array(buffer, offset, length);
    case 'i8': return new Int8Array(buffer, offset, length);
    case 'i16': return new Int16Array(buffer, offset, length);
    case 'u16': return new Uint16Array(buffer, offset, length);
    case 'i32': return new Int32Array(buffer, offset, length);
    case 'u32': return new Uint32Array(buffer, offset, length);
    case 'f32': return new Float32Array(buffer, offset, length);
  }
}

const pad8 = (n: number): number => (n + 7) & ~7;

export function encodeBundle(meta: unknown, sections: ReadonlyArray<[string, Section]>): Buffer {
  const header: Header = {
    meta,
    sections: sections.map(([name, array]) => ({ name, type: sectionType(array), length: array.length })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  let size = pad8(MAGIC.length + 4 + headerBytes.length);
  for (const [, array] of sections) size += pad8(array.byteLength);
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(out, MAGIC.length + 4);
  let offset = pad8(MAGIC.length + 4 + headerBytes.length);
  for (const [, array] of sections) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, offset);
    offset += pad8(array.byteLength);
  }
  return out;
}

export function writeBundle(path: string, meta: unknown, sections: ReadonlyArray<[string, Section]>): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, encodeBundle(meta, sections));
  renameSync(tmp, path);
}

export function decodeBundle(bytes: Uint8Array, label: string): Bundle {
  if (bytes.length < MAGIC.length + 4 || Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1') !== MAGIC) {
    throw new Error(`${label}: not a newsgraph model file`);
  }
  // Copy once into a fresh, aligned buffer so typed-array views can point into it.
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  const view = new DataView(buffer);
  const headerLength = view.getUint32(MAGIC.length, true);
  const headerText = Buffer.from(buffer, MAGIC.length + 4, headerLength).toString('utf8');
  const header = JSON.parse(headerText) as Header;
  const sections = new Map<string, Section>();
  let offset = pad8(MAGIC.length + 4 + headerLength);
  for (const entry of header.sections) {
    const section = makeSection(entry.type, buffer, offset, entry.length);
    if (offset + section.byteLength > buffer.byteLength) throw new Error(`${label}: truncated section ${entry.name}`);
    sections.set(entry.name, section);
    offset += pad8(section.byteLength);
  }
  return { meta: header.meta, sections };
}

export function readBundle(path: string): Bundle {
  return decodeBundle(readFileSync(path), path);
}

export function section<T extends Section>(bundle: Bundle, name: string, kind: new (n: number) => T): T {
  const found = bundle.sections.get(name);
  if (!found || !(found instanceof kind)) throw new Error(`model file lacks section ${name}`);
  return found as T;
}
