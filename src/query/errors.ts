// How a query fails: a reference that names nothing (not_found) or a parameter that is not acceptable
// (invalid). The server maps these to HTTP statuses, the CLI to exit codes; `code` is the machine-readable
// name both show ("entity_not_found", "invalid_parameter", "unknown_parameter").
export type QueryErrorKind = 'not_found' | 'invalid';

export class QueryError extends Error {
  constructor(readonly kind: QueryErrorKind, readonly code: string, message: string) {
    super(message);
  }
}
