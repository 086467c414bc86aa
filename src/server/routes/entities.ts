// Entities: search, details, and hand merges (undoable with split).
import { Router } from 'express';
import type { ServerContext } from '../context.js';
import type { EntityType } from '../../domain/ontology.js';
import { entityDetails } from '../../query/entity.js';
import { searchEntities } from '../../query/search.js';
import { ApiError } from '../errors.js';
import { emptyQuery, entitySearchQuery, idParam, mergeBody, parseParams } from '../../query/params.js';

export function entityRoutes(context: ServerContext): Router {
  const router = Router();

  router.get('/api/entities', (req, res) => {
    const query = parseParams(entitySearchQuery, req.query, 'query');
    res.json(searchEntities(context.store.graph, { ...query, type: query.type as EntityType | undefined }));
  });

  router.post('/api/entities/merge', (req, res) => {
    parseParams(emptyQuery, req.query, 'query');
    const body = parseParams(mergeBody, req.body, 'body');
    const outcome = context.store.mergeEntities(body.into, body.from);
    res.json({ ...outcome, entity: entityDetails(context.store.graph, outcome.into) });
  });

  router.post('/api/entities/:id/split', (req, res) => {
    const { id } = parseParams(idParam, req.params, 'id');
    parseParams(emptyQuery, req.query, 'query');
    const outcome = context.store.splitEntity(id);
    const graph = context.store.graph;
    res.json({ ...outcome, entities: outcome.restored.filter((r) => graph.hasNode(r)).map((r) => entityDetails(graph, r)) });
  });

  router.get('/api/entities/:id', (req, res) => {
    const { id } = parseParams(idParam, req.params, 'id');
    parseParams(emptyQuery, req.query, 'query');
    const graph = context.store.graph;
    if (!graph.hasNode(id)) {
      const into = context.store.mergedInto(id);
      const hint = into ? ` (it was merged into '${into}')` : '';
      throw new ApiError(404, 'entity_not_found', `no entity '${id}'${hint}`);
    }
    res.json(entityDetails(graph, id));
  });

  return router;
}
