// The OpenAPI 3.1 description of the HTTP API. tests/server/openapi.test.ts checks it against the
// routes the app really has, so the two cannot drift apart.
import { EVIDENCE_AMOUNTS, RELATION_FIELDS } from '../query/relations.js';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../formats/formats.js';
import { GEXF_VERSIONS } from '../formats/gexf-write.js';
import { ENTITY_TYPES, PREDICATES } from '../domain/ontology.js';
import { MODALITIES } from '../domain/extraction.js';
import { LIMITS } from '../query/params.js';

type Json = { [key: string]: unknown };

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: Json): Json => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): Json => json(description, ref('Error'));

const query = (name: string, description: string, schema: Json = { type: 'string' }, required = false): Json =>
  ({ name, in: 'query', required, description, schema });
const pathId = (description: string): Json => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });

const page = [
  query('limit', `Page size (1–${LIMITS.maxLimit}).`, { type: 'integer', minimum: 1, maximum: LIMITS.maxLimit, default: LIMITS.defaultLimit }),
  query('offset', 'Items to skip.', { type: 'integer', minimum: 0, default: 0 }),
];

const predicateParam = query('predicate', 'Predicate id, or several separated by commas.', { type: 'string', examples: ['requests', 'agrees_with,consults'] });

const relationFilters = [
  query('source', 'Source entity (id or name). Symmetric predicates match either direction.'),
  query('target', 'Target entity (id or name).'),
  { ...query('entity', 'An entity (id or name) at either end; give it twice for the relations between two entities.'), schema: { type: 'array', items: { type: 'string' }, maxItems: 2 }, style: 'form', explode: true },
  predicateParam,
  query('cameo', 'CAMEO code or code prefix (02, 1).', { type: 'string', pattern: '^\\d{1,4}$' }),
  query('since', 'Only evidence from documents published on or after (yyyy, yyyy-mm or yyyy-mm-dd).'),
  query('until', 'Only evidence from documents published on or before (yyyy, yyyy-mm or yyyy-mm-dd).'),
  query('type', 'Entity types both endpoints must have, separated by commas (person, organization, country, location, facility).', { type: 'string', examples: ['person,country'] }),
  query('modality', 'Modalities, separated by commas (asserted, intended, possible, conditional).', { type: 'string', examples: ['asserted'] }),
  query('minDegree', 'Both endpoints have at least this many relations.', { type: 'integer', minimum: 0 }),
];

const relationShape = [
  query('evidence', 'How much evidence each relation carries: none, first or all (default all).', { enum: [...EVIDENCE_AMOUNTS] }),
  query('fields', `Only these fields (and id), separated by commas: ${RELATION_FIELDS.join(', ')}.`, { type: 'string', examples: ['source,predicate,target,weight'] }),
];

const badRequest = error('Invalid parameter or body');
const notFound = error('Unknown id or entity name');

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

const paths: Json = {
  '/api/health': { get: { summary: 'Liveness and counts', responses: { 200: json('Status', { type: 'object' }) } } },
  '/api/documents': {
    get: { summary: 'List documents', parameters: page, responses: { 200: json('A page of documents', { type: 'object', properties: { total: { type: 'integer' }, documents: { type: 'array', items: ref('DocumentSummary') } } }), 400: badRequest } },
    post: {
      summary: 'Add a document (extracts and stores its entities and relations; idempotent on the text)',
      parameters: [query('title', 'Title (text/plain uploads only)'), query('url', 'Source URL (text/plain uploads only)'), query('published', 'Publication date yyyy-mm-dd (text/plain uploads only)')],
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, title: { type: 'string' }, url: { type: 'string', format: 'uri' }, published: { type: 'string', format: 'date' } } } },
          'text/plain': { schema: { type: 'string' } },
        },
      },
      responses: {
        201: json('Stored; what it added', ref('IngestOutcome')), 200: json('The same text was already stored', ref('IngestOutcome')),
        400: error('Empty or binary text, invalid field'), 413: error('Body over the size limit (default 5 MB)'), 415: error('Unsupported content type'),
      },
    },
  },
  '/api/documents/{id}': {
    get: { summary: 'One document with its text', parameters: [pathId('Document id')], responses: { 200: json('The document', ref('Document')), 404: notFound } },
    delete: { summary: 'Delete a document, its evidence, and relations and entities left without evidence', parameters: [pathId('Document id')], responses: { 200: json('What was removed', { type: 'object' }), 404: notFound } },
  },
  '/api/entities': {
    get: {
      summary: 'Search entities by name or alias (case- and accent-insensitive, prefix and fuzzy)',
      parameters: [query('q', 'Name, prefix or misspelling'), query('type', 'Entity type', { enum: [...ENTITY_TYPES] }), ...page],
      responses: { 200: json('Matches, best first', { type: 'object', properties: { total: { type: 'integer' }, entities: { type: 'array', items: ref('Entity') } } }), 400: badRequest },
    },
  },
  '/api/entities/{id}': { get: { summary: 'An entity with its relations in and out, grouped by predicate, with evidence', parameters: [pathId('Entity id')], responses: { 200: json('The entity', ref('EntityDetails')), 404: notFound } } },
  '/api/entities/merge': {
    post: {
      summary: 'Merge entities by hand (undo with split)',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['into', 'from'], properties: { into: { type: 'string' }, from: { type: 'array', items: { type: 'string' } } } } } } },
      responses: { 200: json('The merged entity', { type: 'object' }), 400: badRequest, 404: notFound, 409: error('An entity is already merged') },
    },
  },
  '/api/entities/{id}/split': {
    post: { summary: 'Undo a merge: restores a merged-away entity (or all entities merged into this one) with aliases and evidence', parameters: [pathId('Entity id')], responses: { 200: json('Restored entities', { type: 'object' }), 404: notFound, 409: error('The entity is not merged') } },
  },
  '/api/relations': {
    get: {
      summary: 'Relations with their evidence', parameters: [...relationFilters, ...page, ...relationShape],
      responses: { 200: json('Matching relations, best supported first', { type: 'object', properties: { total: { type: 'integer' }, relations: { type: 'array', items: ref('Relation') } } }), 400: badRequest, 404: notFound },
    },
  },
  '/api/neighbors/{id}': {
    get: {
      summary: 'Ego network of an entity (graphology JSON)',
      parameters: [pathId('Entity id or name'), query('depth', `Hops (1–${LIMITS.maxDepth})`, { type: 'integer', minimum: 1, maximum: LIMITS.maxDepth, default: 1 }), predicateParam],
      responses: { 200: json('The ego network', ref('Graph')), 400: badRequest, 404: notFound },
    },
  },
  '/api/paths': {
    get: {
      summary: 'Shortest path and all simple paths between two entities',
      parameters: [
        query('from', 'Entity id or name', { type: 'string' }, true), query('to', 'Entity id or name', { type: 'string' }, true),
        query('maxLength', `Longest path in hops (1–${LIMITS.maxPathLength})`, { type: 'integer', minimum: 1, maximum: LIMITS.maxPathLength, default: LIMITS.defaultPathLength }),
        query('directed', 'Only follow edges from source to target', { type: 'boolean', default: false }),
      ],
      responses: { 200: json(`Paths (at most ${LIMITS.maxPaths})`, { type: 'object', properties: { shortest: { oneOf: [ref('Path'), { type: 'null' }] }, paths: { type: 'array', items: ref('Path') }, truncated: { type: 'boolean' } } }), 400: badRequest, 404: notFound },
    },
  },
  '/api/graph': { get: { summary: 'The whole graph, or the part matching the relation filters (graphology JSON)', parameters: relationFilters, responses: { 200: json('The graph', ref('Graph')), 400: badRequest, 404: notFound } } },
  '/api/export': {
    get: {
      summary: 'The graph, or the part matching the relation filters, as a file (GEXF, GraphML, JSON or CSV)',
      parameters: [
        ...relationFilters,
        query('format', 'File format', { enum: [...EXPORT_FORMATS], default: 'gexf' }),
        query('version', 'GEXF version', { enum: [...GEXF_VERSIONS] }),
        query('dynamic', 'GEXF: write time intervals from publication dates', { type: 'boolean' }),
        query('file', 'CSV is two files: nodes or edges (required with format=csv)', { enum: ['nodes', 'edges'] }),
      ],
      responses: {
        200: {
          description: 'The file (as an attachment)',
          content: { 'application/gexf+xml': { schema: { type: 'string' } }, 'application/graphml+xml': { schema: { type: 'string' } }, 'application/json': { schema: ref('Graph') }, 'text/csv': { schema: { type: 'string' } } },
        },
        400: badRequest, 404: notFound,
      },
    },
  },
  '/api/import': {
    post: {
      summary: 'Merge a GEXF, GraphML or JSON graph file into the store (checked whole before anything is stored)',
      parameters: [query('format', 'File format (guessed from the content when absent)', { enum: [...IMPORT_FORMATS] })],
      requestBody: { required: true, content: { 'application/xml': { schema: { type: 'string' } }, 'application/json': { schema: ref('Graph') }, 'text/plain': { schema: { type: 'string' } } } },
      responses: { 200: json('What was imported', { type: 'object' }), 400: error('Empty body or invalid file'), 413: error('Body over the size limit') },
    },
  },
  '/api/graph/compact': { get: { summary: 'The graph (or the part matching the relation filters) in columns, without evidence text: what the web explorer downloads', parameters: relationFilters, responses: { 200: json('Column arrays for nodes and edges, with the tables their numbers index', { type: 'object' }), 400: badRequest, 404: notFound } } },
  '/api/layout': {
    get: { summary: 'The explorer\'s drawing: a position for every entity (missing ones are computed deterministically and stored)', responses: { 200: json('Positions by entity id', { type: 'object', properties: { positions: { type: 'object', additionalProperties: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } } } }) } },
    put: {
      summary: 'Store positions (a layout made in the explorer)',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['positions'], properties: { positions: { type: 'object', additionalProperties: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } } } } } } },
      responses: { 200: json('How many were stored', { type: 'object' }), 400: badRequest, 404: notFound },
    },
  },
  '/api/ontology': { get: { summary: 'Predicates with labels, CAMEO codes and counts', responses: { 200: json('The predicates', { type: 'object' }) } } },
  '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json('OpenAPI 3.1', { type: 'object' }) } } },
};

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'newsgraph API', version: '0.1.0', description: 'Knowledge graph of news: actors, places and what they do to each other, with evidence sentences. Every error is { "error": { "code", "message" } }.' },
    paths,
    components: { schemas },
  };
}
