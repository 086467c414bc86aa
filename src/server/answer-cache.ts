// Answers of read-only query routes, tagged with the store's generation: a client that sends the tag
// back (If-None-Match) gets 304 without the answer being computed, and a repeated question is answered
// from a bounded cache of serialized bodies until the graph changes. Bodies are serialized once here,
// so Express does not hash every body for its own ETag either (app.set('etag', false)).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { GraphStore } from '../store/index.js';

interface CachedAnswer { generation: string; body: string }

export interface AnswerCacheOptions {
  /** Total size of the cached bodies (characters); 0 turns the cache off (tags and 304s stay). */
  maxChars: number;
}

export const DEFAULT_ANSWER_CACHE_CHARS = 32 * 1024 * 1024;

/** A least-recently-used map bounded by the total length of its bodies. */
class BodyCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(key: string, generation: string): string | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    this.entries.delete(key);
    if (found.generation !== generation) { this.chars -= found.body.length; return undefined; }
    this.entries.set(key, found);
    return found.body;
  }

  set(key: string, answer: CachedAnswer): void {
    if (answer.body.length > this.maxChars / 8) return;
    const old = this.entries.get(key);
    if (old) { this.entries.delete(key); this.chars -= old.body.length; }
    this.entries.set(key, answer);
    this.chars += answer.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= entry.body.length;
    }
  }
}

function etagOf(generation: string): string {
  return `W/"${generation}"`;
}

/** True when one of the tags the client holds is `etag` (weak comparison, as for GET). */
function clientHolds(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => { const t = tag.trim(); return t === '*' || t === etag || t.replace(/^W\//, '') === etag.replace(/^W\//, ''); });
}

export function answerCache(store: () => GraphStore, options: AnswerCacheOptions = { maxChars: DEFAULT_ANSWER_CACHE_CHARS }): RequestHandler {
  const cache = new BodyCache(options.maxChars);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') { next(); return; }
    const generation = store().generation;
    const etag = etagOf(generation);
    res.setHeader('ETag', etag);
    // Clients may keep answers but must ask again (cheaply, with the tag) before using them.
    res.setHeader('Cache-Control', 'no-cache');
    // Metrics label answers that never reach their route by where they were answered.
    res.locals.answeredBy = `${req.baseUrl} (answer cache)`;
    if (clientHolds(req, etag)) { res.status(304).end(); return; }
    const key = req.originalUrl;
    const cached = options.maxChars > 0 ? cache.get(key, generation) : undefined;
    if (cached !== undefined) { res.type('application/json').send(cached); return; }
    res.json = (body: unknown) => {
      const text = JSON.stringify(body);
      // Only answers computed from the generation they are tagged with are kept.
      if (res.statusCode === 200 && options.maxChars > 0 && store().generation === generation) cache.set(key, { generation, body: text });
      else if (res.statusCode !== 200) res.removeHeader('ETag');
      return res.type('application/json').send(text);
    };
    next();
  };
}
