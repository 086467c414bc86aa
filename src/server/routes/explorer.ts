// What the web explorer needs beyond the general API: the graph in a compact form (columns, no
// evidence text) and the persisted drawing (GET gives a position for every entity, computing and
// storing the missing ones deterministically; PUT stores positions the reader made in the page).
import { Router } from 'express';
import { z } from 'zod';
import { completePositions } from '../../graph/placement.js';
import { compactGraph } from '../../query/compact.js';
import { filteredGraph } from '../../query/subgraph.js';
import { relationFilter } from '../../query/refs.js';
import type { Position } from '../../graph/layout.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { emptyQuery, graphQuery, parseParams } from '../../query/params.js';

const coordinate = z.number({ error: 'must be a number' }).finite({ error: 'must be finite' }).min(-1e9).max(1e9);

export const layoutBody = z.strictObject({
  positions: z.record(z.string().min(1).max(300), z.tuple([coordinate, coordinate], { error: 'must be [x, y]' }), { error: 'must map entity ids to [x, y]' }),
});

/** Two decimals are finer than a pixel at any zoom the explorer allows, and halve the answer's size. */
const round = (value: number): number => Math.round(value * 100) / 100;

export function explorerRoutes(context: ServerContext): Router {
  const router = Router();

  router.get('/api/graph/compact', (req, res) => {
    const params = parseParams(graphQuery, req.query, 'query');
    const graph = context.store.graph;
    res.json(compactGraph(filteredGraph(graph, relationFilter(graph, params))));
  });

  router.get('/api/layout', (req, res) => {
    parseParams(emptyQuery, req.query, 'query');
    const { positions, added } = completePositions(context.store.graph, context.store.positions());
    if (added.size > 0) context.store.savePositions(added);
    const body: Record<string, [number, number]> = {};
    for (const [id, { x, y }] of positions) body[id] = [round(x), round(y)];
    res.json({ positions: body });
  });

  router.put('/api/layout', (req, res) => {
    parseParams(emptyQuery, req.query, 'query');
    const { positions } = parseParams(layoutBody, req.body, 'body');
    const graph = context.store.graph;
    const unknown = Object.keys(positions).filter((id) => !graph.hasNode(id));
    if (unknown.length > 0) throw new ApiError(404, 'entity_not_found', `positions: no entity '${unknown[0]}'${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''}`);
    const stored = new Map<string, Position>(Object.entries(positions).map(([id, [x, y]]) => [id, { x, y }]));
    context.store.savePositions(stored);
    res.json({ stored: stored.size });
  });

  return router;
}
