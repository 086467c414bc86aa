// Filter and view state, kept in the page URL so a view can be shared. Filter parameter names and
// value formats are exactly those of GET /api/graph, so the same query string drives both.
import { ENTITY_TYPES, isPredicateId, type EntityType, type PredicateId } from '../../src/domain/ontology.js';
import { isModality, type Modality } from '../../src/domain/extraction.js';

export interface GraphFilters {
  /** Entity types to keep; empty = all. */
  type: EntityType[];
  /** Predicates to keep; empty = all. */
  predicate: PredicateId[];
  /** Modalities to keep; empty = all. */
  modality: Modality[];
  minDegree: number;
  /** Document date range, ISO yyyy-mm-dd; '' = open. */
  since: string;
  until: string;
}

export type ColorMode = 'type' | 'community';
export type SizeMode = 'degree' | 'pagerank';

export interface ViewState {
  filters: GraphFilters;
  color: ColorMode;
  size: SizeMode;
  /** The entity whose panel is open, if any. */
  node: string;
  /** The relation whose panel is open, if any (its key). */
  edge: string;
}

export const EMPTY_FILTERS: GraphFilters = { type: [], predicate: [], modality: [], minDegree: 0, since: '', until: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function listParam<T extends string>(params: URLSearchParams, name: string, accept: (value: string) => value is T): T[] {
  const values = params.getAll(name).flatMap((value) => value.split(','));
  return [...new Set(values.map((v) => v.trim()).filter(accept))];
}

const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);

/** Reads filters from a query string; unknown values are dropped rather than failing the page. */
export function parseFilters(params: URLSearchParams): GraphFilters {
  const minDegree = Number.parseInt(params.get('minDegree') ?? '', 10);
  const since = params.get('since') ?? '';
  const until = params.get('until') ?? '';
  return {
    type: listParam(params, 'type', isEntityType),
    predicate: listParam(params, 'predicate', isPredicateId),
    modality: listParam(params, 'modality', isModality),
    minDegree: Number.isFinite(minDegree) && minDegree > 0 ? minDegree : 0,
    since: DATE.test(since) ? since : '',
    until: DATE.test(until) ? until : '',
  };
}

/** The API query parameters for these filters; parameters at their default are left out. */
export function filterParams(filters: GraphFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type.length > 0) params.set('type', filters.type.join(','));
  if (filters.predicate.length > 0) params.set('predicate', filters.predicate.join(','));
  if (filters.modality.length > 0) params.set('modality', filters.modality.join(','));
  if (filters.minDegree > 0) params.set('minDegree', String(filters.minDegree));
  if (filters.since) params.set('since', filters.since);
  if (filters.until) params.set('until', filters.until);
  return params;
}

export function hasActiveFilters(filters: GraphFilters): boolean {
  return filterParams(filters).size > 0;
}

/** Why these filters cannot be applied (shown next to the form), or null when they can. */
export function filterProblem(filters: GraphFilters): string | null {
  for (const [name, value] of [['From', filters.since], ['To', filters.until]] as const) {
    if (value && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) return `${name}: “${value}” is not a date (yyyy-mm-dd).`;
  }
  if (filters.since && filters.until && filters.since > filters.until) {
    return `The range is empty: “from” (${filters.since}) is after “to” (${filters.until}).`;
  }
  return null;
}

export function hasDateRange(filters: GraphFilters): boolean {
  return filters.since !== '' || filters.until !== '';
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  return {
    filters: parseFilters(params),
    color: params.get('color') === 'community' ? 'community' : 'type',
    size: params.get('size') === 'pagerank' ? 'pagerank' : 'degree',
    node: params.get('node') ?? '',
    edge: params.get('node') ? '' : params.get('edge') ?? '',
  };
}

/** The query string of a view: the API filter parameters plus the view's own settings. */
export function viewStateSearch(state: ViewState): string {
  const params = filterParams(state.filters);
  if (state.color !== 'type') params.set('color', state.color);
  if (state.size !== 'degree') params.set('size', state.size);
  if (state.node) params.set('node', state.node);
  else if (state.edge) params.set('edge', state.edge);
  const search = params.toString();
  return search ? `?${search}` : '';
}
