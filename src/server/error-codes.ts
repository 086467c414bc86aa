// Every error code the API answers with, and every limit it enforces, in one table each: docs/api.md
// is generated from them (`npm run docs:api`), and tests/server/error-codes.test.ts checks that the
// document is current and that no code used in src/ is missing here.
import { DATE_YEARS } from '../domain/dates.js';
import { DOCUMENT_LIMITS, MAX_TOKEN_CHARS } from '../domain/limits.js';
import { MAX_JSON_DEPTH } from '../formats/json.js';
import { LIMITS } from '../query/params.js';
import { BUSY_TIMEOUT_MS } from '../store/write-lock.js';
import { DEFAULT_MAX_BODY_BYTES } from './app.js';
import { RETRY_AFTER_SECONDS } from './errors.js';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from './node-errors.js';

export interface ErrorCode { code: string; status: number; when: string }

export const ERROR_CODES: readonly ErrorCode[] = [
  { code: 'invalid_parameter', status: 400, when: 'a query parameter or body field is malformed, out of range, an impossible date, or a reference with no letter or digit' },
  { code: 'unknown_parameter', status: 400, when: 'a query parameter or body field the route does not take' },
  { code: 'invalid_json', status: 400, when: 'the body is not valid JSON' },
  { code: 'invalid_body', status: 400, when: 'the body is missing or not the object the route expects' },
  { code: 'empty_text', status: 400, when: 'a document is empty or only blanks' },
  { code: 'binary_text', status: 400, when: 'a document looks like binary data' },
  { code: 'invalid_utf8', status: 400, when: 'a document (or a JSON body) is not valid UTF-8; nothing is replaced silently' },
  { code: 'empty_body', status: 400, when: 'an import without a file' },
  { code: 'invalid_file', status: 400, when: 'an import that is not a readable GEXF, GraphML or graphology JSON file (the message gives the line), nested too deeply, or whose evidence offsets contradict their sentences' },
  { code: 'invalid', status: 400, when: 'a merge with nothing to merge' },
  { code: 'bad_request', status: 400, when: 'a request Node or Express cannot parse (malformed HTTP, a bad URL escape)' },
  { code: 'request_aborted', status: 400, when: 'the client went away while sending the body' },
  { code: 'unauthorized', status: 401, when: 'a write without the bearer token the server was started with (--token)' },
  { code: 'host_not_allowed', status: 403, when: 'a Host header naming a host the server is not served under (DNS rebinding)' },
  { code: 'origin_not_allowed', status: 403, when: 'a write from a browser page of another origin (not the server\'s own, not in --cors)' },
  { code: 'header_required', status: 403, when: 'a text/plain, form or bodiless POST without the X-Requested-With header' },
  { code: 'document_not_found', status: 404, when: 'no document with that id' },
  { code: 'entity_not_found', status: 404, when: 'no entity with that id or name' },
  { code: 'not_found', status: 404, when: 'no entity to merge or split, or nothing at that URL (outside /api)' },
  { code: 'route_not_found', status: 404, when: 'no API route for that method and path' },
  { code: 'request_timeout', status: 408, when: 'the request did not arrive within the request timeout' },
  { code: 'conflict', status: 409, when: 'a merge of an already merged entity, a split of an unmerged one' },
  { code: 'payload_too_large', status: 413, when: 'a body or document over its limit' },
  { code: 'document_too_large', status: 413, when: 'an import whose evidence offsets would rebuild a document over the limit' },
  { code: 'import_too_large', status: 413, when: 'an import whose documents together would be over the limit' },
  { code: 'unsupported_media_type', status: 415, when: 'a document that is neither JSON nor text' },
  { code: 'unsupported_encoding', status: 415, when: 'a text upload in a charset other than UTF-8' },
  { code: 'headers_too_large', status: 431, when: 'request headers over Node\'s limit' },
  { code: 'internal_error', status: 500, when: 'a bug (logged on the server\'s stderr, never a stack in the answer)' },
  { code: 'store_busy', status: 503, when: `another process held the store's write lock for more than ${BUSY_TIMEOUT_MS / 1000} s (with Retry-After)` },
  { code: 'extraction_busy', status: 503, when: 'every extraction worker is busy and the queue is full (with Retry-After)' },
];

const MIB = 1024 * 1024;

export const LIMIT_TABLE: ReadonlyArray<{ limit: string; value: string }> = [
  { limit: 'request body (`--max-body`)', value: `${DEFAULT_MAX_BODY_BYTES / MIB} MiB` },
  { limit: 'document text (upload, file, or rebuilt by an import)', value: `${DOCUMENT_LIMITS.maxDocumentBytes / MIB} MiB of UTF-8` },
  { limit: 'all documents one import rebuilds', value: `${DOCUMENT_LIMITS.maxImportChars / MIB} Mi characters` },
  { limit: 'JSON nesting in an imported file', value: `${MAX_JSON_DEPTH} levels` },
  { limit: 'longest run of non-space characters the tagger reads (longer ones are blanked)', value: `${MAX_TOKEN_CHARS} characters` },
  { limit: 'dates (published, since, until, imported)', value: `real calendar dates, years ${DATE_YEARS.min}–${DATE_YEARS.max}` },
  { limit: 'page size (`limit`)', value: `1–${LIMITS.maxLimit}, default ${LIMITS.defaultLimit}` },
  { limit: 'neighbourhood depth / path length / paths', value: `${LIMITS.maxDepth} / ${LIMITS.maxPathLength} / ${LIMITS.maxPaths}` },
  { limit: 'nodes in one neighbourhood answer', value: `${LIMITS.maxEgoNodes}` },
  { limit: 'whole request / its headers must arrive within', value: `${REQUEST_TIMEOUT_MS / 1000} s / ${HEADERS_TIMEOUT_MS / 1000} s` },
  { limit: 'wait for another process\'s write lock', value: `${BUSY_TIMEOUT_MS / 1000} s, then 503 store_busy` },
  { limit: 'extraction workers / documents waiting for one (`--workers`, queue)', value: 'cores − 1 (1–4) / 16, then 503 extraction_busy' },
  { limit: '`Retry-After` of a 503', value: `${RETRY_AFTER_SECONDS} s` },
];

export const DOC_START = '<!-- error-codes:start (generated by npm run docs:api from src/server/error-codes.ts) -->';
export const DOC_END = '<!-- error-codes:end -->';

/** The generated part of docs/api.md: error codes by status, then the limits. */
export function errorCodesMarkdown(): string {
  const codes = [...ERROR_CODES].sort((a, b) => a.status - b.status || a.code.localeCompare(b.code));
  return [
    DOC_START,
    '| status | code | when |',
    '|---|---|---|',
    ...codes.map((c) => `| ${c.status} | \`${c.code}\` | ${c.when} |`),
    '',
    '| limit | value |',
    '|---|---|',
    ...LIMIT_TABLE.map((l) => `| ${l.limit} | ${l.value} |`),
    DOC_END,
  ].join('\n');
}

/** docs/api.md's text with the generated part replaced. */
export function withErrorCodes(document: string): string {
  const start = document.indexOf('<!-- error-codes:start');
  const end = document.indexOf(DOC_END);
  if (start < 0 || end < 0) throw new Error('docs/api.md has no error-codes markers');
  return document.slice(0, start) + errorCodesMarkdown() + document.slice(end + DOC_END.length);
}
