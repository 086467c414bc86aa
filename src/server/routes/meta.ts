// Health, the ontology with counts, and the OpenAPI description.
import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { predicateUsage } from '../../query/ontology.js';
import { openApiDocument } from '../openapi.js';
import { emptyQuery, parseParams } from '../../query/params.js';

export function metaRoutes(context: ServerContext): Router {
  const router = Router();

  router.get('/api/health', (req, res) => {
    parseParams(emptyQuery, req.query, 'query');
    const graph = context.store.graph;
    res.json({
      status: 'ok',
      documents: context.store.documentCount(),
      entities: graph.order,
      relations: graph.size,
      uptimeSeconds: Math.round(process.uptime()),
    });
  });

  router.get('/api/ontology', (req, res) => {
    parseParams(emptyQuery, req.query, 'query');
    res.json({ predicates: predicateUsage(context.store.graph) });
  });

  router.get('/api/openapi.json', (req, res) => {
    parseParams(emptyQuery, req.query, 'query');
    res.json(openApiDocument());
  });

  return router;
}
