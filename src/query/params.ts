// The queries' parameters as zod schemas (the HTTP API reads them from query strings and bodies, the CLI
// from its options), and the helper that turns a failed parse into a QueryError ('invalid').
import { z } from 'zod';
import { ENTITY_TYPES, PREDICATES, type PredicateId } from '../domain/ontology.js';
import { MODALITIES } from '../domain/extraction.js';
import { QueryError } from './errors.js';
import { EVIDENCE_AMOUNTS, RELATION_FIELDS } from './relations.js';

/** Ceilings that keep one request from exhausting the server. */
export const LIMITS = { maxLimit: 500, defaultLimit: 20, maxDepth: 3, maxPathLength: 6, defaultPathLength: 4, maxPaths: 100, maxEgoNodes: 2000 } as const;

export function parseParams<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') : what;
  const code = issue.code === 'unrecognized_keys' ? 'unknown_parameter' : 'invalid_parameter';
  throw new QueryError('invalid', code, `${where}: ${issue.message}`);
}

/** A query parameter given once (express turns repeated parameters into arrays). */
const textOnce = z.string({ error: 'must be given once, as text' });
const once = <T>(schema: z.ZodType<T, string>) => textOnce.pipe(schema);

const intParam = (min: number, max: number, fallback: number) =>
  textOnce.pipe(z.string().regex(/^\d+$/, { error: 'must be a whole number' })).transform(Number)
    .pipe(z.number().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }))
    .optional().transform((n) => n ?? fallback);

export const pageSchema = {
  limit: intParam(1, LIMITS.maxLimit, LIMITS.defaultLimit),
  offset: intParam(0, 1_000_000, 0),
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, { error: 'must be an ISO date (yyyy-mm-dd)' })
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'is not a real date' });

/** Publication dates are kept as yyyy-mm-dd (what the graph's firstSeen/lastSeen use). */
export const publishedDate = isoDate.transform((s) => s.slice(0, 10));

/** since/until also accept a year or a month ("2021", "2021-08"). */
const dateBound = textOnce.pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be yyyy, yyyy-mm or yyyy-mm-dd' }));

const predicateIds = PREDICATES.map((p) => p.id) as [PredicateId, ...PredicateId[]];
export const predicateSchema = z.enum(predicateIds, { error: `must be one of: ${predicateIds.join(', ')}` });

/** One predicate, or several separated by commas. */
export const predicateListParam = textOnce.transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean))
  .pipe(z.array(predicateSchema).min(1).max(predicateIds.length));

const entityRef = z.string().min(1, { error: 'must not be empty' }).max(300, { error: 'is too long' });
export const entityRefParam = once(entityRef);

export const relationFilterSchema = {
  source: entityRefParam.optional(),
  target: entityRefParam.optional(),
  entity: z.union([entityRef, z.array(entityRef).min(1).max(2)], { error: 'give one entity, or two for the relations between them (id or name)' }).optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  predicate: predicateListParam.optional(),
  cameo: once(z.string().regex(/^\d{1,4}$/, { error: 'must be a CAMEO code such as 02 or 1' })).optional(),
  since: dateBound.optional(),
  until: dateBound.optional(),
  type: textOnce.transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(z.enum(ENTITY_TYPES as [string, ...string[]], { error: `must be one of: ${ENTITY_TYPES.join(', ')}` })).min(1)).optional(),
  modality: textOnce.transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(z.enum(MODALITIES, { error: `must be one of: ${MODALITIES.join(', ')}` })).min(1)).optional(),
  minDegree: textOnce.pipe(z.string().regex(/^\d+$/, { error: 'must be a whole number' })).transform(Number)
    .pipe(z.number().max(100_000, { error: 'must be at most 100000' })).optional(),
};

/** How an answer's relations are cut down: evidence=none|first|all, fields=a,b,c. */
export const relationShapeSchema = {
  evidence: textOnce.pipe(z.enum(EVIDENCE_AMOUNTS, { error: `must be one of: ${EVIDENCE_AMOUNTS.join(', ')}` })).optional(),
  fields: textOnce.transform((s) => s.split(',').map((f) => f.trim()).filter(Boolean))
    .pipe(z.array(z.enum(RELATION_FIELDS, { error: `must be among: ${RELATION_FIELDS.join(', ')}` })).min(1)).optional(),
};

export const relationsQuery = z.strictObject({ ...relationFilterSchema, ...pageSchema, ...relationShapeSchema });
export const graphQuery = z.strictObject(relationFilterSchema);

export const entitySearchQuery = z.strictObject({
  q: once(z.string().max(200, { error: 'is too long' })).optional(),
  type: textOnce.pipe(z.enum(ENTITY_TYPES as [string, ...string[]], { error: `must be one of: ${ENTITY_TYPES.join(', ')}` })).optional(),
  ...pageSchema,
});

export const neighborsQuery = z.strictObject({
  depth: intParam(1, LIMITS.maxDepth, 1),
  predicate: predicateListParam.optional(),
});

const booleanParam = textOnce.pipe(z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' })).transform((s) => s === 'true' || s === '1');

export const pathsQuery = z.strictObject({
  from: entityRefParam,
  to: entityRefParam,
  maxLength: intParam(1, LIMITS.maxPathLength, LIMITS.defaultPathLength),
  directed: booleanParam.optional().transform((b) => b ?? false),
});

export const pageQuery = z.strictObject(pageSchema);
export const emptyQuery = z.strictObject({});

export const idParam = z.strictObject({ id: z.string().min(1).max(300, { error: 'is too long' }) });

export const documentBody = z.strictObject({
  text: z.string({ error: 'text is required and must be a string' }),
  title: z.string().trim().min(1).max(1000).optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(4000).optional(),
  published: publishedDate.optional(),
});

/** Metadata for a text/plain upload comes in the query string. */
export const documentUploadQuery = z.strictObject({
  title: once(z.string().trim().min(1).max(1000)).optional(),
  url: once(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })).optional(),
  published: textOnce.pipe(publishedDate).optional(),
});

export const mergeBody = z.strictObject({
  into: z.string().min(1).max(300),
  from: z.array(z.string().min(1).max(300)).min(1).max(100),
});
