// Who may talk to the server, checked before any route runs:
// - Host: only names the server is meant to be reached by (a DNS-rebinding page reaches 127.0.0.1
//   under its own name, which is refused);
// - Origin: a browser request that changes something must come from the server's own origin or from
//   an origin the operator allowed (--cors);
// - "simple" requests: a cross-site form or fetch may send text/plain or no body at all without a
//   CORS preflight, so such write requests must carry a header no form can set (X-Requested-With);
// - an optional bearer token (--token) for every write route.
import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ApiError } from './errors.js';

export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CUSTOM_HEADER = 'x-requested-with';
/** Content types a browser sends cross-origin without asking first (CORS-safelisted). */
const SIMPLE_TYPES: ReadonlySet<string> = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);
export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '::1'];

export interface GuardOptions {
  /** Host names (without port) the server answers to; 'any' turns the check off. */
  allowedHosts: readonly string[] | 'any';
  /** Origins allowed besides the server's own (as for CORS); '*' allows any. */
  corsOrigins: readonly string[];
  /** When set, write routes need `Authorization: Bearer <token>`. */
  token?: string;
}

/** The host name of a Host header: without port, IPv6 brackets removed, lower case. */
export function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(1, trimmed.indexOf(']') > 0 ? trimmed.indexOf(']') : undefined);
  const colon = trimmed.lastIndexOf(':');
  return colon >= 0 && trimmed.indexOf(':') === colon ? trimmed.slice(0, colon) : trimmed;
}

function checkHost(req: Request, allowed: readonly string[] | 'any'): void {
  const host = req.headers.host;
  if (allowed === 'any' || host === undefined) return;
  if (!allowed.includes(hostName(host))) {
    throw new ApiError(403, 'host_not_allowed', `this server does not answer to the host name '${hostName(host)}'`);
  }
}

/** True when the request's Origin is the server's own origin (same scheme-less host and port). */
function sameOrigin(req: Request, origin: string): boolean {
  try {
    return new URL(origin).host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
  } catch {
    return false;
  }
}

function checkOrigin(req: Request, corsOrigins: readonly string[]): void {
  const origin = req.headers.origin;
  // No Origin: not a browser's cross-site request (curl, the CLI, server-to-server).
  if (origin === undefined) return;
  if (sameOrigin(req, origin) || corsOrigins.includes(origin) || corsOrigins.includes('*')) return;
  throw new ApiError(403, 'origin_not_allowed', `requests from origin '${origin}' may not change this server's data`);
}

function checkSimpleRequest(req: Request): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!SIMPLE_TYPES.has(type) && type !== '') return;
  if (req.headers[CUSTOM_HEADER] !== undefined) return;
  throw new ApiError(403, 'header_required', `send JSON, or add the header 'X-Requested-With: newsgraph' to a ${type === '' ? 'bodiless' : type} request (so that no other web page can send it)`);
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function checkToken(req: Request, token: string): void {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (match && tokensMatch(match[1], token)) return;
  throw new ApiError(401, 'unauthorized', 'this server needs a token for changes: send Authorization: Bearer <token>');
}

export function requestGuard(options: GuardOptions): RequestHandler {
  return (req, res, next) => {
    checkHost(req, options.allowedHosts);
    if (WRITE_METHODS.has(req.method)) {
      checkOrigin(req, options.corsOrigins);
      if (req.method === 'POST') checkSimpleRequest(req);
      if (options.token !== undefined) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        checkToken(req, options.token);
      }
    }
    next();
  };
}
