// Every failure leaves the server as `{ "error": { "code", "message" } }` with a fitting status, and
// never as a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DocumentInputError } from '../ingest/input.js';
import { QueryError } from '../query/errors.js';
import { StoreError } from '../store/index.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export interface ErrorBody { error: { code: string; message: string } }

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

const STORE_STATUS: Record<StoreError['code'], number> = { not_found: 404, conflict: 409, invalid: 400 };
const QUERY_STATUS: Record<QueryError['kind'], number> = { not_found: 404, invalid: 400 };
const INPUT_STATUS: Record<DocumentInputError['code'], number> = {
  empty_text: 400, binary_text: 400, invalid_utf8: 400, too_large: 413, not_a_file: 400, missing_file: 400,
};
/** HTTP names a too-large document as it names any too-large body. */
const inputCode = (code: DocumentInputError['code']): string => (code === 'too_large' ? 'payload_too_large' : code);

/** Errors thrown by express's body parsers carry a `type` and a status. */
interface HttpLikeError { status?: number; statusCode?: number; type?: string; expose?: boolean; message?: string }

function bodyParserError(error: HttpLikeError, maxBodyBytes: number): ApiError | undefined {
  switch (error.type) {
    case 'entity.too.large': return new ApiError(413, 'payload_too_large', `request body is larger than the limit of ${maxBodyBytes} bytes`);
    case 'entity.parse.failed': return new ApiError(400, 'invalid_json', 'request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported': return new ApiError(415, 'unsupported_encoding', error.message ?? 'unsupported encoding');
    case 'request.aborted': return new ApiError(400, 'request_aborted', 'request was aborted by the client');
    default: return undefined;
  }
}

export function toApiError(error: unknown, maxBodyBytes: number): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof StoreError) return new ApiError(STORE_STATUS[error.code], error.code, error.message);
  if (error instanceof QueryError) return new ApiError(QUERY_STATUS[error.kind], error.code, error.message);
  if (error instanceof DocumentInputError) return new ApiError(INPUT_STATUS[error.code], inputCode(error.code), error.message);
  if (typeof error === 'object' && error !== null) {
    const http = error as HttpLikeError;
    const parsed = bodyParserError(http, maxBodyBytes);
    if (parsed) return parsed;
    const status = http.status ?? http.statusCode;
    // Client errors raised by express itself (a malformed URL escape, say) are safe to describe.
    if (status !== undefined && status >= 400 && status < 500 && http.expose !== false) return new ApiError(status, 'bad_request', http.message ?? 'bad request');
  }
  return new ApiError(500, 'internal_error', 'internal server error');
}

export function errorHandler(maxBodyBytes: number, log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) { next(error); return; }
    const api = toApiError(error, maxBodyBytes);
    if (api.status >= 500) log(`${req.method} ${req.originalUrl}: ${error instanceof Error ? error.message : String(error)}`);
    res.status(api.status).json(errorBody(api.code, api.message));
  };
}

export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('route_not_found', `no route ${req.method} ${req.path}`));
};
