// `newsgraph query ...`: the API's queries from the shell, over the store in --data. Parameters are
// validated by the queries' own schemas (src/query/params.ts), as the HTTP API's are; output is readable
// text, or JSON with --json. A reference that names nothing exits 1, a bad parameter 2.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KnowledgeGraph } from '../graph/model.js';
import type { EntityType } from '../domain/ontology.js';
import { entityDetails } from '../query/entity.js';
import { predicateUsage } from '../query/ontology.js';
import { findPaths, type GraphPath } from '../query/paths.js';
import { findRelations, type RelationView } from '../query/relations.js';
import { searchEntities } from '../query/search.js';
import { egoNetwork } from '../query/subgraph.js';
import { QueryError } from '../query/errors.js';
import { requireEntity, relationFilter } from '../query/refs.js';
import { entitySearchQuery, LIMITS, neighborsQuery, parseParams, pathsQuery, relationsQuery } from '../query/params.js';
import { DATABASE_FILE, GraphStore } from '../store/index.js';
import { CliError, parseCommandArgs, type CliCommand } from './common.js';

const HELP = `usage: newsgraph query <what> [options] [--data DIR] [--json]

  relations [--source X] [--target X] [--entity X [--entity Y]] [--predicate P[,P]] [--cameo C]
            [--since DATE] [--until DATE] [--limit N] [--offset N]
  entities [QUERY] [--type TYPE] [--limit N]     search by name or alias (prefix, fuzzy)
  entity ID|NAME                                an entity with its relations by predicate
  neighbors ID|NAME [--depth 1..3] [--predicate P]
  paths FROM TO [--max-length 1..6] [--directed]
  ontology                                      predicates with CAMEO codes and counts

X, FROM and TO are entity ids or names. Example:
  newsgraph query relations --target Turkey --predicate requests`;

const OPTIONS = {
  data: { type: 'string', default: 'data' },
  json: { type: 'boolean', default: false },
  source: { type: 'string' }, target: { type: 'string' }, entity: { type: 'string', multiple: true },
  predicate: { type: 'string' }, cameo: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' },
  limit: { type: 'string' }, offset: { type: 'string' }, type: { type: 'string' },
  depth: { type: 'string' }, 'max-length': { type: 'string' }, directed: { type: 'boolean', default: false },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/** Drops options that were not given, so the API schemas apply their defaults. */
function given(fields: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
}

function relationLine(r: RelationView): string {
  const cameo = r.cameo ? `CAMEO ${r.cameo}, ` : '';
  const head = `${r.source.label} —${r.label}→ ${r.target.label}  (${cameo}${r.modality}, confidence ${r.confidence})`;
  return [head, ...r.evidence.map((e) => `    “${e.text.trim()}” [${e.title ?? e.doc}]`)].join('\n');
}

function pathLines(path: GraphPath): string {
  const hops = path.hops.map((hop) => hop.relations.map((r) => `  ${relationLine(r).replace(/\n/g, '\n  ')}`).join('\n'));
  return [`${path.nodes.map((n) => n.label).join(' — ')} (${path.length} hop${path.length === 1 ? '' : 's'})`, ...hops].join('\n');
}

type Answer = { json: unknown; text: string };

function relations(graph: KnowledgeGraph, v: Values): Answer {
  const { limit, offset, ...params } = parseParams(relationsQuery, given({
    source: v.source, target: v.target, entity: v.entity, predicate: v.predicate, cameo: v.cameo,
    since: v.since, until: v.until, limit: v.limit, offset: v.offset,
  }), 'options');
  const answer = findRelations(graph, relationFilter(graph, params), { limit, offset });
  const text = answer.relations.length === 0 ? 'no relations match' : answer.relations.map(relationLine).join('\n');
  return { json: answer, text: `${text}\n(${answer.relations.length} of ${answer.total})` };
}

function entities(graph: KnowledgeGraph, v: Values, positionals: string[]): Answer {
  const query = parseParams(entitySearchQuery, given({ q: positionals[0], type: v.type, limit: v.limit, offset: v.offset }), 'options');
  const answer = searchEntities(graph, { ...query, type: query.type as EntityType | undefined });
  const lines = answer.entities.map((e) => `${e.id}  ${e.label} (${e.entityType}, ${e.mentions} mentions, degree ${e.degree})`);
  return { json: answer, text: lines.length > 0 ? lines.join('\n') : 'no entities match' };
}

function entity(graph: KnowledgeGraph, positionals: string[]): Answer {
  const details = entityDetails(graph, requireEntity(graph, required(positionals[0], 'an entity id or name'), 'entity'));
  const groups = [...details.relations.outgoing, ...details.relations.incoming].flatMap((g) => g.relations.map(relationLine));
  const head = `${details.label} (${details.entityType}${details.country ? `, ${details.country}` : ''}) aliases: ${details.aliases.join(', ') || '-'}`;
  return { json: details, text: [head, ...groups].join('\n') };
}

function neighbors(graph: KnowledgeGraph, v: Values, positionals: string[]): Answer {
  const query = parseParams(neighborsQuery, given({ depth: v.depth, predicate: v.predicate }), 'options');
  const center = requireEntity(graph, required(positionals[0], 'an entity id or name'), 'entity');
  const ego = egoNetwork(graph, center, { depth: query.depth, predicates: query.predicate ? new Set(query.predicate) : undefined, maxNodes: LIMITS.maxEgoNodes });
  const text = ego.nodes.filter((n) => n.key !== center).map((n) => `${n.key}  ${n.attributes?.label ?? ''}`).join('\n');
  return { json: ego, text: text || 'no neighbors' };
}

function paths(graph: KnowledgeGraph, v: Values, positionals: string[]): Answer {
  const query = parseParams(pathsQuery, given({
    from: required(positionals[0], 'FROM and TO'), to: required(positionals[1], 'FROM and TO'),
    maxLength: v['max-length'], directed: v.directed ? 'true' : undefined,
  }), 'options');
  const answer = findPaths(graph, requireEntity(graph, query.from, 'from'), requireEntity(graph, query.to, 'to'),
    { maxLength: query.maxLength, directed: query.directed, maxPaths: LIMITS.maxPaths });
  const text = answer.paths.length === 0 ? `no path of at most ${query.maxLength} hops` : answer.paths.map(pathLines).join('\n\n');
  return { json: answer, text };
}

function ontology(graph: KnowledgeGraph): Answer {
  const usage = predicateUsage(graph);
  return { json: { predicates: usage }, text: usage.map((p) => `${p.id.padEnd(16)} ${(p.cameo ?? '--').padEnd(3)} ${String(p.relations).padStart(5)}  ${p.label}`).join('\n') };
}

function required(value: string | undefined, what: string): string {
  if (value === undefined) throw new CliError(`give ${what}`, 2);
  return value;
}

function answer(graph: KnowledgeGraph, what: string, v: Values, rest: string[]): Answer {
  switch (what) {
    case 'relations': return relations(graph, v);
    case 'entities': return entities(graph, v, rest);
    case 'entity': return entity(graph, rest);
    case 'neighbors': return neighbors(graph, v, rest);
    case 'paths': return paths(graph, v, rest);
    case 'ontology': return ontology(graph);
    default: throw new CliError(`unknown query '${what}' (relations, entities, entity, neighbors, paths, ontology)`, 2);
  }
}

export const queryCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    const [what, ...rest] = positionals;
    if (what === undefined) throw new CliError('say what to query: relations, entities, entity, neighbors, paths or ontology', 2);
    if (!existsSync(join(resolve(values.data), DATABASE_FILE))) throw new CliError(`no graph stored in '${values.data}' (run newsgraph ingest first, or give --data)`);
    const store = GraphStore.open(resolve(values.data));
    try {
      const result = answer(store.graph, what, values, rest);
      process.stdout.write(`${values.json ? JSON.stringify(result.json, null, 2) : result.text}\n`);
      return 0;
    } catch (error) {
      if (error instanceof QueryError) throw new CliError(error.message, error.kind === 'not_found' ? 1 : 2);
      throw error;
    } finally {
      store.close();
    }
  },
};
