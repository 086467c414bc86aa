// What a file format is to the rest of newsgraph: one descriptor, in the spirit of Gephi Lite's layout
// and metric descriptors. The CLI, the HTTP API and the docs read descriptors from the registry
// (registry.ts), so adding a format is one file with its descriptor and one line in the registry.
import type { LayoutOptions } from '../graph/layout.js';
import type { KnowledgeGraph } from '../graph/model.js';
import type { GexfVersion } from './gexf-write.js';

/** Options a writer may use; each format reads the ones that concern it. */
export interface WriteOptions {
  /** GEXF: the schema version. */
  version?: GexfVersion;
  /** GEXF: spells from publication dates (Gephi's timeline). */
  dynamic?: boolean;
  /** Formats written as several files (CSV): which one. */
  part?: string;
  /** Node positions, for formats that carry them. */
  layout?: LayoutOptions;
}

export interface FormatDescriptor<Id extends string = string> {
  id: Id;
  /** What people call it ("GEXF", "graphology JSON"). */
  name: string;
  /** One line for help texts and docs. */
  summary: string;
  /** Content-Type of an exported file. */
  mediaType: string;
  /** File name extension, without the dot. */
  extension: string;
  /** A format written as several files (CSV: nodes and edges): their base names. */
  parts?: readonly string[];
  /** The exported file (or part), as text chunks. */
  write(graph: KnowledgeGraph, options: WriteOptions): Iterable<string>;
  /** Reads the parts of a multi-file format (their contents by part name). */
  readParts?(parts: Readonly<Record<string, string>>): KnowledgeGraph;
}

/** A format that can also be imported from one file, and recognised from the file's first characters. */
export interface ReadableFormat<Id extends string = string> extends FormatDescriptor<Id> {
  read(content: string): Promise<KnowledgeGraph> | KnowledgeGraph;
  sniff(head: string): boolean;
}
