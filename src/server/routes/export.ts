// GET /api/export: the graph (or the part matching the /api/graph filters) as GEXF, GraphML, JSON or
// CSV, streamed into the response. POST /api/import: a GEXF, GraphML or JSON file merged into the
// store, checked whole before anything is stored.
import type { IncomingMessage } from 'node:http';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { EXPORT_FORMATS, FORMATS, IMPORT_FORMATS, exportFileName, exportGraph, formatOf, readGraph } from '../../formats/registry.js';
import { GEXF_VERSIONS, type GexfVersion } from '../../formats/gexf-write.js';
import { ImportFormatError } from '../../formats/import-error.js';
import type { KnowledgeGraph } from '../../graph/model.js';
import { relationSubgraph } from '../../query/subgraph.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { relationFilter } from '../../query/refs.js';
import { parseParams, relationFilterSchema } from '../../query/params.js';

/** The files of multi-file formats (CSV: nodes, edges). */
const PARTS = [...new Set(FORMATS.flatMap((f) => ('parts' in f ? f.parts : [])))] as [string, ...string[]];

const flag = z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).transform((v) => v === 'true' || v === '1');

export const exportQuery = z.strictObject({
  ...relationFilterSchema,
  format: z.enum(EXPORT_FORMATS, { error: `must be one of: ${EXPORT_FORMATS.join(', ')}` }).default('gexf'),
  version: z.enum(GEXF_VERSIONS as [GexfVersion, ...GexfVersion[]], { error: `must be one of: ${GEXF_VERSIONS.join(', ')}` }).optional(),
  dynamic: flag.optional(),
  /** A multi-file format (CSV: nodes, edges): which file. */
  file: z.enum(PARTS, { error: `must be one of: ${PARTS.join(', ')}` }).optional(),
});

export const importQuery = z.strictObject({
  format: z.enum(IMPORT_FORMATS, { error: `must be one of: ${IMPORT_FORMATS.join(', ')}` }).optional(),
});

const FILTER_NAMES = Object.keys(relationFilterSchema);

/** The live graph when no filter is given (no copy), else the matching relations and their endpoints. */
function graphToExport(live: KnowledgeGraph, query: z.infer<typeof exportQuery>): KnowledgeGraph {
  const filtered = FILTER_NAMES.some((name) => query[name as keyof typeof query] !== undefined);
  return filtered ? relationSubgraph(live, relationFilter(live, query)) : live;
}

/** The request body as text: already parsed by the app's JSON or text parsers, or read here up to the limit. */
async function bodyText(req: Request, limit: number): Promise<string> {
  if (typeof req.body === 'string') return req.body;
  if (req.body !== undefined && req.body !== null && typeof req.body === 'object' && Object.keys(req.body as object).length > 0) return JSON.stringify(req.body);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as IncomingMessage) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) throw new ApiError(413, 'payload_too_large', `request body is larger than the limit of ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function exportRoutes(context: ServerContext): Router {
  const router = Router();

  router.get('/api/export', async (req, res) => {
    const query = parseParams(exportQuery, req.query, 'query');
    const format = formatOf(query.format);
    if (format.parts && (query.file === undefined || !format.parts.includes(query.file))) {
      throw new ApiError(400, 'invalid_parameter', `file: ${format.id} is ${format.parts.length} files, ask for ${format.parts.map((p) => `file=${p}`).join(' or ')}`);
    }
    const graph = graphToExport(context.store.graph, query);
    // attachment() guesses a type from the file name; ours comes after it.
    res.status(200).attachment(exportFileName(format.id, query.file)).type(format.mediaType);
    try {
      await exportGraph(graph, format.id, res, { version: query.version, dynamic: query.dynamic, part: query.file });
    } catch (error) {
      // Once the file has started, the only honest signal left is a cut connection.
      if (!res.headersSent) throw error;
      res.destroy();
    }
  });

  router.post('/api/import', async (req, res) => {
    const query = parseParams(importQuery, req.query, 'query');
    const text = await bodyText(req, context.options.maxBodyBytes);
    if (text.trim() === '') throw new ApiError(400, 'empty_body', 'send the GEXF, GraphML or JSON file as the request body');
    let graph: KnowledgeGraph;
    try {
      graph = await readGraph(text, query.format);
    } catch (error) {
      if (error instanceof ImportFormatError) throw new ApiError(400, 'invalid_file', error.message);
      throw error;
    }
    // The store merges it in one transaction: all of it or nothing.
    res.status(200).json({ imported: context.store.importGraph(graph) });
  });

  return router;
}
