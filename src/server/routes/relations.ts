// Relations and graph-shaped answers: relation lists, the (filtered) graph, ego networks and paths.
import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { findPaths } from '../../query/paths.js';
import { findRelations, relationFields } from '../../query/relations.js';
import { egoNetwork, filteredGraph } from '../../query/subgraph.js';
import { entityOr404, relationFilter } from '../refs.js';
import { graphQuery, idParam, LIMITS, neighborsQuery, parseOr400, pathsQuery, relationsQuery } from '../validation.js';

export function relationRoutes(context: ServerContext): Router {
  const router = Router();

  router.get('/api/relations', (req, res) => {
    const { limit, offset, evidence, fields, ...params } = parseOr400(relationsQuery, req.query, 'query');
    const graph = context.store.graph;
    const found = findRelations(graph, relationFilter(graph, params), { limit, offset }, evidence);
    res.json(fields ? { ...found, relations: found.relations.map((r) => relationFields(r, fields)) } : found);
  });

  router.get('/api/graph', (req, res) => {
    const params = parseOr400(graphQuery, req.query, 'query');
    const graph = context.store.graph;
    res.json(filteredGraph(graph, relationFilter(graph, params)));
  });

  router.get('/api/neighbors/:id', (req, res) => {
    const { id } = parseOr400(idParam, req.params, 'id');
    const query = parseOr400(neighborsQuery, req.query, 'query');
    const graph = context.store.graph;
    const center = entityOr404(graph, id, 'id');
    res.json(egoNetwork(graph, center, {
      depth: query.depth,
      predicates: query.predicate ? new Set(query.predicate) : undefined,
      maxNodes: LIMITS.maxEgoNodes,
    }));
  });

  router.get('/api/paths', (req, res) => {
    const query = parseOr400(pathsQuery, req.query, 'query');
    const graph = context.store.graph;
    const from = entityOr404(graph, query.from, 'from');
    const to = entityOr404(graph, query.to, 'to');
    res.json(findPaths(graph, from, to, { maxLength: query.maxLength, directed: query.directed, maxPaths: LIMITS.maxPaths }));
  });

  return router;
}
