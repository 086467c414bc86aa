// Relations and graph-shaped answers: relation lists, the (filtered) graph, ego networks and paths.
import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { findPaths } from '../../query/paths.js';
import { findRelations, relationFields } from '../../query/relations.js';
import { egoNetwork, filteredGraph } from '../../query/subgraph.js';
import { requireEntity, relationFilter } from '../../query/refs.js';
import { graphQuery, idParam, LIMITS, neighborsQuery, parseParams, pathsQuery, relationsQuery } from '../../query/params.js';

export function relationRoutes(context: ServerContext): Router {
  const router = Router();

  router.get('/api/relations', (req, res) => {
    const { limit, offset, evidence, fields, ...params } = parseParams(relationsQuery, req.query, 'query');
    const graph = context.store.graph;
    const found = findRelations(graph, relationFilter(graph, params), { limit, offset }, evidence);
    res.json(fields ? { ...found, relations: found.relations.map((r) => relationFields(r, fields)) } : found);
  });

  router.get('/api/graph', (req, res) => {
    const params = parseParams(graphQuery, req.query, 'query');
    const graph = context.store.graph;
    res.json(filteredGraph(graph, relationFilter(graph, params)));
  });

  router.get('/api/neighbors/:id', (req, res) => {
    const { id } = parseParams(idParam, req.params, 'id');
    const query = parseParams(neighborsQuery, req.query, 'query');
    const graph = context.store.graph;
    const center = requireEntity(graph, id, 'id');
    res.json(egoNetwork(graph, center, {
      depth: query.depth,
      predicates: query.predicate ? new Set(query.predicate) : undefined,
      maxNodes: LIMITS.maxEgoNodes,
    }));
  });

  router.get('/api/paths', (req, res) => {
    const query = parseParams(pathsQuery, req.query, 'query');
    const graph = context.store.graph;
    const from = requireEntity(graph, query.from, 'from');
    const to = requireEntity(graph, query.to, 'to');
    res.json(findPaths(graph, from, to, { maxLength: query.maxLength, directed: query.directed, maxPaths: LIMITS.maxPaths }));
  });

  return router;
}
