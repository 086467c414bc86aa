// JSON: graphology's serialization format (`graph.export()` / `graph.import()`), so Python and JS
// users can load it directly. Written as a stream of chunks; read with a full validation, so that
// a bad file fails with the place it is wrong before anything is imported.
import type { Writable } from 'node:stream';
import { z } from 'zod';
import { MODALITIES } from '../domain/extraction.js';
import type { KnowledgeGraph } from '../graph/model.js';
import { ENTITY_TYPES, PREDICATES, type EntityType, type PredicateId } from '../domain/ontology.js';
import type { Value } from './attributes.js';
import { ImportFormatError } from './import-error.js';
import { evidenceSpanSchema } from './evidence-span.js';
import { GraphAssembler, emptyEdgeRecord, emptyNodeRecord } from './records.js';
import type { ReadableFormat } from './descriptor.js';
import { writeChunks } from './stream.js';
import { snapshotEdges, snapshotNodes, snapshotOf } from './snapshot.js';

/** The serialized graph, one node or edge per line. */
export function* jsonChunks(graph: KnowledgeGraph): Generator<string> {
  const snapshot = snapshotOf(graph);
  yield '{\n"options": {"type": "directed", "multi": true, "allowSelfLoops": true},\n';
  yield `"attributes": ${JSON.stringify(graph.getAttributes())},\n"nodes": [\n`;
  let first = true;
  for (const { node, attributes } of snapshotNodes(graph, snapshot)) {
    yield `${first ? '' : ',\n'}${JSON.stringify({ key: node, attributes })}`;
    first = false;
  }
  yield '\n],\n"edges": [\n';
  first = true;
  for (const { edge, attributes, source, target } of snapshotEdges(graph, snapshot)) {
    yield `${first ? '' : ',\n'}${JSON.stringify({ key: edge, source, target, attributes })}`;
    first = false;
  }
  yield '\n]\n}\n';
}

export async function writeJson(graph: KnowledgeGraph, out: Writable): Promise<void> {
  await writeChunks(jsonChunks(graph), out);
}

// ---- reading -----------------------------------------------------------------------------------

const extraSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));
const evidenceSchema = evidenceSpanSchema;
const entitySchema = z.object({
  label: z.string(),
  entityType: z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]),
  aliases: z.array(z.string()),
  mentions: z.number(),
  country: z.string().optional(),
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  size: z.number().optional(),
  color: z.string().optional(),
  extra: extraSchema.optional(),
}).strict();
const relationSchema = z.object({
  predicate: z.enum(PREDICATES.map((p) => p.id) as [PredicateId, ...PredicateId[]]),
  label: z.string(),
  cameo: z.string().nullable(),
  modality: z.enum(MODALITIES),
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
  weight: z.number().optional(),
  extra: extraSchema.optional(),
}).strict();
const documentsSchema = z.record(z.string(), z.object({ title: z.string().optional(), published: z.string().optional(), sources: z.array(z.string()).optional() }));
const serializedSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.object({ key: z.union([z.string(), z.number()]).transform(String), attributes: z.record(z.string(), z.unknown()).optional() })),
  edges: z.array(z.object({
    key: z.union([z.string(), z.number()]).optional(),
    source: z.union([z.string(), z.number()]).transform(String),
    target: z.union([z.string(), z.number()]).transform(String),
    attributes: z.record(z.string(), z.unknown()).optional(),
  })),
});

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Deepest nesting a graph file needs is 5 (evidence in attributes); others' attributes get some room. */
export const MAX_JSON_DEPTH = 64;

/** The line where nesting first goes deeper than `max` (outside strings), or undefined. Linear, no parsing. */
function tooDeepAt(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) { if (++depth > max) return lineAt(text, i); }
    else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

function parseJsonText(text: string): unknown {
  // Deep nesting parses, but every later walk over it (validation, JSON.stringify) would overflow the stack.
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== undefined) throw new ImportFormatError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, deep);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : lineAt(text, text.length);
    throw new ImportFormatError(`malformed JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'the file ends too early')}`, line);
  }
}

/** Attributes of another tool's graph: scalars and string lists as they are, anything else as JSON text. */
function toValues(attributes: Record<string, unknown>, skip: ReadonlySet<string>): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.has(name) || value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values.set(name, value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) values.set(name, value as string[]);
    else values.set(name, JSON.stringify(value));
  }
  return values;
}

const NODE_FIELDS = new Set(['label', 'x', 'y', 'size', 'color']);
const EDGE_FIELDS = new Set(['label', 'weight']);
const numberOrUndefined = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * Reads graphology's serialization. Nodes and edges in our model's shape are taken as they are;
 * those of other tools are mapped like GEXF attributes (unknown ones kept in `extra`).
 */
export function readJson(text: string): KnowledgeGraph {
  const parsed = serializedSchema.safeParse(parseJsonText(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportFormatError(`not a graphology JSON graph: ${issue.path.join('.') || 'the top level'}: ${issue.message}`);
  }
  const { attributes = {}, nodes, edges } = parsed.data;
  const assembler = new GraphAssembler();
  const documents = documentsSchema.safeParse(attributes.documents ?? {});
  if (!documents.success) throw new ImportFormatError(`attributes.documents: ${documents.error.issues[0].message}`);
  assembler.addDocuments(documents.data);
  nodes.forEach(({ key, attributes: attrs = {} }) => {
    const model = entitySchema.safeParse(attrs);
    if (model.success) { assembler.addEntity(key, model.data); return; }
    const record = emptyNodeRecord(key);
    record.values = toValues(attrs, NODE_FIELDS);
    if (typeof attrs.label === 'string') record.label = attrs.label;
    if (typeof attrs.color === 'string') record.color = attrs.color;
    record.x = numberOrUndefined(attrs.x);
    record.y = numberOrUndefined(attrs.y);
    record.size = numberOrUndefined(attrs.size);
    assembler.addNode(record);
  });
  edges.forEach(({ source, target, attributes: attrs = {} }) => {
    const model = relationSchema.safeParse(attrs);
    if (model.success) { assembler.addRelation(source, target, model.data); return; }
    const record = emptyEdgeRecord(source, target);
    record.values = toValues(attrs, EDGE_FIELDS);
    if (typeof attrs.label === 'string') record.label = attrs.label;
    const weight = numberOrUndefined(attrs.weight);
    if (weight !== undefined) record.weight = weight;
    assembler.addEdge(record);
  });
  return assembler.finish();
}

export const JSON_FORMAT: ReadableFormat<'json'> = {
  id: 'json',
  name: 'graphology JSON',
  summary: 'graphology serialization (graph.import() in JS, json.load in Python)',
  mediaType: 'application/json; charset=utf-8',
  extension: 'json',
  write: (graph) => jsonChunks(graph),
  read: (content) => readJson(content),
  sniff: (head) => head.startsWith('{'),
};
