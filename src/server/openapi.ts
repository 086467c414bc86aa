// The OpenAPI 3.1 description of the HTTP API. Parameters and request bodies are generated from the
// zod schemas the routes validate with (src/query/params.ts, the export route's), so they cannot drift;
// tests/server/openapi.test.ts checks every documented route and parameter against the running app.
import { z } from 'zod';
import { MODALITIES } from '../domain/extraction.js';
import { ENTITY_TYPES, PREDICATES } from '../domain/ontology.js';
import { FORMATS } from '../formats/registry.js';
import {
  documentBody, documentUploadQuery, emptyQuery, entitySearchQuery, graphQuery, LIMITS, mergeBody, neighborsQuery, pageQuery, pathsQuery, relationsQuery,
} from '../query/params.js';
import { EVIDENCE_AMOUNTS, RELATION_FIELDS } from '../query/relations.js';
import { exportQuery, importQuery } from './routes/export.js';
import { layoutBody } from './routes/explorer.js';

type Json = { [key: string]: unknown };

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: Json): Json => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): Json => json(description, ref('Error'));

/** What each query parameter means; names, types and which are required come from the zod schemas. */
const PARAMETER_DOCS: Record<string, string> = {
  limit: `Page size (1–${LIMITS.maxLimit}, default ${LIMITS.defaultLimit}).`,
  offset: 'Items to skip (default 0).',
  source: 'Source entity (id or name). Symmetric predicates match either direction.',
  target: 'Target entity (id or name).',
  entity: 'An entity (id or name) at either end; give it twice for the relations between two entities.',
  predicate: `Predicate id, or several separated by commas (${PREDICATES.map((p) => p.id).join(', ')}).`,
  cameo: 'CAMEO code or code prefix (02, 1).',
  since: 'Only evidence from documents published on or after (yyyy, yyyy-mm or yyyy-mm-dd).',
  until: 'Only evidence from documents published on or before (yyyy, yyyy-mm or yyyy-mm-dd).',
  type: `Entity types, separated by commas (${ENTITY_TYPES.join(', ')}).`,
  modality: `Modalities, separated by commas (${MODALITIES.join(', ')}).`,
  minDegree: 'Both endpoints have at least this many relations.',
  evidence: `How much evidence each relation carries: ${EVIDENCE_AMOUNTS.join(', ')} (default all).`,
  fields: `Only these fields (and id), separated by commas: ${RELATION_FIELDS.join(', ')}.`,
  q: 'Name, prefix or misspelling.',
  depth: `Hops (1–${LIMITS.maxDepth}, default 1).`,
  from: 'Entity id or name.',
  to: 'Entity id or name.',
  maxLength: `Longest path in hops (1–${LIMITS.maxPathLength}, default ${LIMITS.defaultPathLength}).`,
  directed: 'Only follow edges from source to target (true or false).',
  format: `File format: ${FORMATS.map((f) => `${f.id} (${f.name})`).join(', ')}.`,
  version: 'GEXF version.',
  dynamic: 'GEXF: write time intervals from publication dates (true or false).',
  file: `A multi-file format's file: ${FORMATS.flatMap((f) => (f.parts ? [`${f.id}: ${f.parts.join(' or ')}`] : [])).join('; ')} (required with that format).`,
  title: 'Title (text/plain uploads only).',
  url: 'Source URL (text/plain uploads only).',
  published: 'Publication date yyyy-mm-dd (text/plain uploads only).',
};

/** A zod object as JSON Schema, as the client sends it (query values are strings before parsing). */
function inputSchema(schema: z.ZodType): { properties: Record<string, Json>; required: string[] } {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
  return { properties: generated.properties ?? {}, required: generated.required ?? [] };
}

/** The query parameters of a route, from the zod schema it parses `req.query` with. */
export function queryParameters(schema: z.ZodType): Json[] {
  const { properties, required } = inputSchema(schema);
  return Object.entries(properties).map(([name, property]) => {
    const repeatable = (property.anyOf as Json[] | undefined)?.some((s) => s.type === 'array');
    return {
      name, in: 'query', required: required.includes(name), description: PARAMETER_DOCS[name] ?? '',
      schema: repeatable ? { type: 'array', items: { type: 'string' } } : property,
      ...(repeatable ? { style: 'form', explode: true } : {}),
    };
  });
}

function jsonBody(schema: z.ZodType): Json {
  const { properties, required } = inputSchema(schema);
  return { type: 'object', required, properties, additionalProperties: false };
}

const pathId = (description: string): Json => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });

const schemas: Json = {
  Error: {
    type: 'object', required: ['error'],
    properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
  },
  Evidence: {
    type: 'object', required: ['doc', 'sentence', 'start', 'end', 'text'],
    properties: {
      doc: { type: 'string' }, sentence: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' },
      text: { type: 'string', description: 'The sentence that states the relation.' },
      reason: { type: 'string', description: 'Id of the extraction rule that read the relation off the sentence (docs/extraction-rules.md).' },
      title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] },
    },
  },
  Endpoint: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, entityType: { enum: [...ENTITY_TYPES] } } },
  Relation: {
    type: 'object',
    properties: {
      id: { type: 'string' }, source: ref('Endpoint'), target: ref('Endpoint'),
      predicate: { enum: PREDICATES.map((p) => p.id) }, label: { type: 'string' }, cameo: { type: ['string', 'null'] },
      modality: { enum: [...MODALITIES] }, confidence: { type: 'number' }, weight: { type: 'integer' },
      firstSeen: { type: ['string', 'null'] }, lastSeen: { type: ['string', 'null'] },
      evidence: { type: 'array', items: ref('Evidence') },
    },
  },
  Entity: {
    type: 'object',
    properties: {
      id: { type: 'string' }, label: { type: 'string' }, entityType: { enum: [...ENTITY_TYPES] }, aliases: { type: 'array', items: { type: 'string' } },
      country: { type: ['string', 'null'] }, mentions: { type: 'integer' }, degree: { type: 'integer' },
    },
  },
  PredicateGroup: {
    type: 'object',
    properties: { predicate: { type: 'string' }, label: { type: 'string' }, cameo: { type: ['string', 'null'] }, count: { type: 'integer' }, relations: { type: 'array', items: ref('Relation') } },
  },
  EntityDetails: {
    allOf: [ref('Entity'), {
      type: 'object',
      properties: {
        inDegree: { type: 'integer' }, outDegree: { type: 'integer' }, firstSeen: { type: ['string', 'null'] }, lastSeen: { type: ['string', 'null'] },
        relations: { type: 'object', properties: { outgoing: { type: 'array', items: ref('PredicateGroup') }, incoming: { type: 'array', items: ref('PredicateGroup') } } },
      },
    }],
  },
  Graph: {
    type: 'object', description: 'graphology serialized graph (graph.export()): node attributes label, entityType, aliases, country, mentions; edge attributes predicate, label, cameo, modality, confidence, evidence; graph attribute documents maps each document cited by the evidence (every document, for the unfiltered graph) to { title, published }.',
    properties: { options: { type: 'object' }, attributes: { type: 'object' }, nodes: { type: 'array', items: { type: 'object' } }, edges: { type: 'array', items: { type: 'object' } } },
  },
  DocumentSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' }, title: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, published: { type: ['string', 'null'] },
      ingestedAt: { type: 'string' }, length: { type: 'integer' }, entities: { type: 'integer' }, relations: { type: 'integer' },
    },
  },
  Document: { allOf: [ref('DocumentSummary'), { type: 'object', properties: { text: { type: 'string' }, contentHash: { type: 'string' } } }] },
  IngestOutcome: {
    type: 'object',
    properties: {
      id: { type: 'string' }, created: { type: 'boolean' }, entities: { type: 'integer' }, relations: { type: 'integer' },
      added: { type: 'object', properties: { entities: { type: 'array', items: { type: 'object' } }, relations: { type: 'array', items: { type: 'object' } } } },
    },
  },
  Path: {
    type: 'object',
    properties: {
      length: { type: 'integer' }, nodes: { type: 'array', items: ref('Endpoint') },
      hops: { type: 'array', items: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' }, relations: { type: 'array', items: ref('Relation') } } } },
    },
  },
};

const badRequest = error('Invalid parameter or body');
const notFound = error('Unknown id or entity name');

interface Operation {
  summary: string;
  query?: z.ZodType;
  pathParams?: Json[];
  requestBody?: Json;
  responses: Json;
}

const get = (op: Operation): Json => ({
  summary: op.summary,
  parameters: [...(op.pathParams ?? []), ...queryParameters(op.query ?? emptyQuery)],
  ...(op.requestBody ? { requestBody: op.requestBody } : {}),
  responses: op.responses,
});
const post = get;
const del = get;
const put = get;

const paths: Json = {
  '/api/health': { get: get({ summary: 'Liveness and counts', responses: { 200: json('Status', { type: 'object' }) } }) },
  '/api/documents': {
    get: get({ summary: 'List documents', query: pageQuery, responses: { 200: json('A page of documents', { type: 'object', properties: { total: { type: 'integer' }, documents: { type: 'array', items: ref('DocumentSummary') } } }), 400: badRequest } }),
    post: post({
      summary: 'Add a document (extracts and stores its entities and relations; idempotent on the text). The text must be UTF-8, not empty, not binary, at most 1 MiB.',
      query: documentUploadQuery,
      requestBody: { required: true, content: { 'application/json': { schema: jsonBody(documentBody) }, 'text/plain': { schema: { type: 'string' } } } },
      responses: {
        201: json('Stored; what it added', ref('IngestOutcome')), 200: json('The same text was already stored', ref('IngestOutcome')),
        400: error('Empty, binary or non-UTF-8 text, invalid field'), 413: error('Document over 1 MiB, or body over the size limit (default 5 MB)'), 415: error('Unsupported content type or charset'),
      },
    }),
  },
  '/api/documents/{id}': {
    get: get({ summary: 'One document with its text', pathParams: [pathId('Document id')], responses: { 200: json('The document', ref('Document')), 404: notFound } }),
    delete: del({ summary: 'Delete a document, its evidence, and relations and entities left without evidence', pathParams: [pathId('Document id')], responses: { 200: json('What was removed', { type: 'object' }), 404: notFound } }),
  },
  '/api/entities': {
    get: get({
      summary: 'Search entities by name or alias (case- and accent-insensitive, prefix and fuzzy)', query: entitySearchQuery,
      responses: { 200: json('Matches, best first', { type: 'object', properties: { total: { type: 'integer' }, entities: { type: 'array', items: ref('Entity') } } }), 400: badRequest },
    }),
  },
  '/api/entities/{id}': { get: get({ summary: 'An entity with its relations in and out, grouped by predicate, with evidence', pathParams: [pathId('Entity id')], responses: { 200: json('The entity', ref('EntityDetails')), 404: notFound } }) },
  '/api/entities/merge': {
    post: post({
      summary: 'Merge entities by hand (undo with split)',
      requestBody: { required: true, content: { 'application/json': { schema: jsonBody(mergeBody) } } },
      responses: { 200: json('The merged entity', { type: 'object' }), 400: badRequest, 404: notFound, 409: error('An entity is already merged') },
    }),
  },
  '/api/entities/{id}/split': {
    post: post({ summary: 'Undo a merge: restores a merged-away entity (or all entities merged into this one) with aliases and evidence', pathParams: [pathId('Entity id')], responses: { 200: json('Restored entities', { type: 'object' }), 404: notFound, 409: error('The entity is not merged') } }),
  },
  '/api/relations': {
    get: get({
      summary: 'Relations with their evidence', query: relationsQuery,
      responses: { 200: json('Matching relations, best supported first', { type: 'object', properties: { total: { type: 'integer' }, relations: { type: 'array', items: ref('Relation') } } }), 400: badRequest, 404: notFound },
    }),
  },
  '/api/neighbors/{id}': {
    get: get({ summary: 'Ego network of an entity (graphology JSON)', pathParams: [pathId('Entity id or name')], query: neighborsQuery, responses: { 200: json('The ego network', ref('Graph')), 400: badRequest, 404: notFound } }),
  },
  '/api/paths': {
    get: get({
      summary: 'Shortest path and all simple paths between two entities', query: pathsQuery,
      responses: { 200: json(`Paths (at most ${LIMITS.maxPaths})`, { type: 'object', properties: { shortest: { oneOf: [ref('Path'), { type: 'null' }] }, paths: { type: 'array', items: ref('Path') }, truncated: { type: 'boolean' } } }), 400: badRequest, 404: notFound },
    }),
  },
  '/api/graph': { get: get({ summary: 'The whole graph, or the part matching the relation filters (graphology JSON)', query: graphQuery, responses: { 200: json('The graph', ref('Graph')), 400: badRequest, 404: notFound } }) },
  '/api/export': {
    get: get({
      summary: `The graph, or the part matching the relation filters, as a file (${FORMATS.map((f) => f.name).join(', ')})`, query: exportQuery,
      responses: {
        200: { description: 'The file (as an attachment)', content: Object.fromEntries(FORMATS.map((f) => [f.mediaType.split(';')[0], { schema: f.id === 'json' ? ref('Graph') : { type: 'string' } }])) },
        400: badRequest, 404: notFound,
      },
    }),
  },
  '/api/import': {
    post: post({
      summary: 'Merge a graph file into the store (checked whole before anything is stored)', query: importQuery,
      requestBody: { required: true, content: { 'application/xml': { schema: { type: 'string' } }, 'application/json': { schema: ref('Graph') }, 'text/plain': { schema: { type: 'string' } } } },
      responses: { 200: json('What was imported', { type: 'object' }), 400: error('Empty body or invalid file'), 413: error('Body over the size limit') },
    }),
  },
  '/api/graph/compact': { get: get({ summary: 'The graph (or the part matching the relation filters) in columns, without evidence text: what the web explorer downloads', query: graphQuery, responses: { 200: json('Column arrays for nodes and edges, with the tables their numbers index', { type: 'object' }), 400: badRequest, 404: notFound } }) },
  '/api/layout': {
    get: get({ summary: 'The explorer\'s drawing: a position for every entity (missing ones are computed deterministically and stored)', responses: { 200: json('Positions by entity id', jsonBody(layoutBody)) } }),
    put: put({
      summary: 'Store positions (a layout made in the explorer)',
      requestBody: { required: true, content: { 'application/json': { schema: jsonBody(layoutBody) } } },
      responses: { 200: json('How many were stored', { type: 'object' }), 400: badRequest, 404: notFound },
    }),
  },
  '/api/ontology': { get: get({ summary: 'Predicates with labels, CAMEO codes and counts', responses: { 200: json('The predicates', { type: 'object' }) } }) },
  '/api/openapi.json': { get: get({ summary: 'This document', responses: { 200: json('OpenAPI 3.1', { type: 'object' }) } }) },
};

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'newsgraph API', version: '0.1.0', description: 'Knowledge graph of news: actors, places and what they do to each other, with evidence sentences. Every error is { "error": { "code", "message" } }.' },
    paths,
    components: { schemas },
  };
}
