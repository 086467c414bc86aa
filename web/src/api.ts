// The HTTP API client: the explorer's only source of data. Each function is one endpoint; errors come
// back as ApiError carrying the server's `{ error: { code, message } }`.
import type { EntityDetails } from '../../src/query/entity.js';
import type { EntityHit } from '../../src/query/search.js';
import type { IngestOutcome } from '../../src/store/index.js';
import type { DocumentSummary, StoredDocument } from '../../src/store/rows.js';
import type { CompactGraph } from '../../src/query/compact.js';
import type { RelationView } from '../../src/query/relations.js';
import { filterParams, type GraphFilters } from './filters.js';

// Response shapes are the server's own types (type-only imports: nothing of the server is bundled).
export type { EntityDetails, EntityHit, IngestOutcome, DocumentSummary };
export type { PredicateGroup } from '../../src/query/entity.js';
export type { RelationView, CompactGraph, StoredDocument };


export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export interface NewDocument {
  title: string;
  text: string;
  published?: string;
}

import type { ExportFormat } from '../../src/formats/registry.js';
export type { ExportFormat };

// Whether the server answered the last request. A fetch that fails without an HTTP answer (server
// down, network gone) flips it to false; any answer, even an error status, flips it back.
let reachable = true;
const connectionListeners = new Set<(reachable: boolean) => void>();

export function onConnectionChange(listener: (reachable: boolean) => void): void {
  connectionListeners.add(listener);
}

function setReachable(value: boolean): void {
  if (value === reachable) return;
  reachable = value;
  for (const listener of connectionListeners) listener(value);
}

export const UNREACHABLE = 'server_unreachable';

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
  } catch {
    setReachable(false);
    throw new ApiError(0, UNREACHABLE, 'the server cannot be reached');
  }
  setReachable(true);
  if (!response.ok) throw await apiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function apiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiError(response.status, body.error?.code ?? 'http_error', body.error?.message ?? response.statusText);
  } catch {
    return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`);
  }
}

const withQuery = (path: string, params: URLSearchParams): string => (params.size > 0 ? `${path}?${params}` : path);


/** Asks the server whether it is up (the answer also clears the unreachable state). */
export async function checkHealth(): Promise<void> {
  await request('/api/health');
}

/** The stored drawing: a position for every entity. */
export async function fetchLayout(): Promise<Record<string, [number, number]>> {
  return (await request<{ positions: Record<string, [number, number]> }>('/api/layout')).positions;
}

export async function saveLayout(positions: Record<string, [number, number]>): Promise<void> {
  await request('/api/layout', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ positions }) });
}

/** The graph (or the filtered part) in columns without evidence text: what the page draws. */
export function fetchCompactGraph(filters?: GraphFilters): Promise<CompactGraph> {
  return request(withQuery('/api/graph/compact', filters ? filterParams(filters) : new URLSearchParams()));
}

/** One relation with its evidence sentences (the compact graph carries only their number). */
export async function fetchRelation(source: string, predicate: string, target: string, key: string): Promise<RelationView | undefined> {
  const params = new URLSearchParams({ source, target, predicate, limit: '5', evidence: 'all' });
  const { relations } = await request<{ relations: RelationView[] }>(withQuery('/api/relations', params));
  return relations.find((r) => r.id === key) ?? relations[0];
}

export async function searchEntities(query: string, limit = 10): Promise<EntityHit[]> {
  const params = new URLSearchParams({ q: query, limit: String(limit) });
  return (await request<{ entities: EntityHit[] }>(withQuery('/api/entities', params))).entities;
}

export function fetchEntity(id: string): Promise<EntityDetails> {
  return request(`/api/entities/${encodeURIComponent(id)}`);
}

export async function listDocuments(): Promise<DocumentSummary[]> {
  return (await request<{ documents: DocumentSummary[] }>('/api/documents?limit=500')).documents;
}

export function addDocument(document: NewDocument): Promise<IngestOutcome> {
  return request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(document),
  });
}

export function fetchDocument(id: string): Promise<StoredDocument> {
  return request(`/api/documents/${encodeURIComponent(id)}`);
}

export async function deleteDocument(id: string): Promise<void> {
  await request(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The download URL of the graph in `format`, restricted to what the filters show. */
export function exportUrl(format: ExportFormat, filters: GraphFilters): string {
  const params = filterParams(filters);
  params.set('format', format);
  return withQuery('/api/export', params);
}
