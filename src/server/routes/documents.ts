// Documents: add (JSON or text/plain), list, read, delete.
import { Router, type Request } from 'express';
import type { ServerContext } from '../context.js';
import { decodeDocumentText } from '../../ingest/input.js';
import { ingestText } from '../../ingest/service.js';
import type { DocumentInput } from '../../store/index.js';
import { ApiError } from '../errors.js';
import { documentBody, documentUploadQuery, emptyQuery, idParam, pageQuery, parseParams } from '../../query/params.js';

/** Text uploads must be UTF-8 (or its ASCII subset): that is what src/ingest decodes. */
const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

function documentInput(req: Request): DocumentInput {
  if (Buffer.isBuffer(req.body)) {
    const meta = parseParams(documentUploadQuery, req.query, 'query');
    const charset = /;\s*charset="?([^";]+)/i.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && !UTF8_CHARSETS.has(charset)) throw new ApiError(415, 'unsupported_encoding', `send the text as UTF-8, not ${charset}`);
    return { text: decodeDocumentText(req.body), ...meta };
  }
  if (req.body === undefined || req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
    if (req.headers['content-type'] === undefined) throw new ApiError(400, 'invalid_body', 'send the document: JSON { "text": ... } or text/plain');
    if (!req.is('application/json') && !req.is('text/*')) {
      throw new ApiError(415, 'unsupported_media_type', 'send the document as application/json { "text": ... } or as text/plain');
    }
    throw new ApiError(400, 'invalid_body', 'body must be a JSON object { "text": ..., "title"?, "url"?, "published"? }');
  }
  parseParams(emptyQuery, req.query, 'query');
  return parseParams(documentBody, req.body, 'body');
}

export function documentRoutes(context: ServerContext): Router {
  const router = Router();

  router.post('/api/documents', (req, res) => {
    const outcome = ingestText(context.store, documentInput(req), context.extract);
    res.status(outcome.created ? 201 : 200).json(outcome);
  });

  router.get('/api/documents', (req, res) => {
    const page = parseParams(pageQuery, req.query, 'query');
    res.json(context.store.listDocuments(page.limit, page.offset));
  });

  router.get('/api/documents/:id', (req, res) => {
    const { id } = parseParams(idParam, req.params, 'id');
    parseParams(emptyQuery, req.query, 'query');
    const doc = context.store.getDocument(id);
    if (!doc) throw new ApiError(404, 'document_not_found', `no document '${id}'`);
    res.json(doc);
  });

  router.delete('/api/documents/:id', (req, res) => {
    const { id } = parseParams(idParam, req.params, 'id');
    parseParams(emptyQuery, req.query, 'query');
    const before = { nodes: context.store.graph.nodes(), edges: context.store.graph.edges() };
    if (!context.store.deleteDocument(id)) throw new ApiError(404, 'document_not_found', `no document '${id}'`);
    const graph = context.store.graph;
    res.json({
      id,
      deleted: true,
      removed: { entities: before.nodes.filter((n) => !graph.hasNode(n)), relations: before.edges.filter((e) => !graph.hasEdge(e)) },
    });
  });

  return router;
}
