// Documents: add (JSON or text/plain), list, read, delete.
import { Router, type Request } from 'express';
import type { ServerContext } from '../context.js';
import { ingestText } from '../../ingest/service.js';
import type { DocumentInput } from '../../store/index.js';
import { ApiError } from '../errors.js';
import { documentBody, documentUploadQuery, emptyQuery, idParam, pageQuery, parseOr400 } from '../validation.js';

function documentInput(req: Request): DocumentInput {
  if (typeof req.body === 'string') {
    const meta = parseOr400(documentUploadQuery, req.query, 'query');
    return { text: req.body, ...meta };
  }
  if (req.body === undefined || req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
    if (req.headers['content-type'] === undefined) throw new ApiError(400, 'invalid_body', 'send the document: JSON { "text": ... } or text/plain');
    if (!req.is('application/json') && !req.is('text/*')) {
      throw new ApiError(415, 'unsupported_media_type', 'send the document as application/json { "text": ... } or as text/plain');
    }
    throw new ApiError(400, 'invalid_body', 'body must be a JSON object { "text": ..., "title"?, "url"?, "published"? }');
  }
  parseOr400(emptyQuery, req.query, 'query');
  return parseOr400(documentBody, req.body, 'body');
}

export function documentRoutes(context: ServerContext): Router {
  const router = Router();

  router.post('/api/documents', (req, res) => {
    const outcome = ingestText(context.store, documentInput(req), context.extract);
    res.status(outcome.created ? 201 : 200).json(outcome);
  });

  router.get('/api/documents', (req, res) => {
    const page = parseOr400(pageQuery, req.query, 'query');
    res.json(context.store.listDocuments(page.limit, page.offset));
  });

  router.get('/api/documents/:id', (req, res) => {
    const { id } = parseOr400(idParam, req.params, 'id');
    parseOr400(emptyQuery, req.query, 'query');
    const doc = context.store.getDocument(id);
    if (!doc) throw new ApiError(404, 'document_not_found', `no document '${id}'`);
    res.json(doc);
  });

  router.delete('/api/documents/:id', (req, res) => {
    const { id } = parseOr400(idParam, req.params, 'id');
    parseOr400(emptyQuery, req.query, 'query');
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
