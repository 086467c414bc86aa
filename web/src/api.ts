// The HTTP API client: the explorer's only source of data. Each function is one endpoint; errors come
// back as ApiError carrying the server's `{ error: { code, message } }`.
import type { SerializedGraph } from 'graphology-types';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../src/graph/model.js';
import type { EntityDetails } from '../../src/query/entity.js';
import type { EntityHit } from '../../src/query/search.js';
import type { IngestOutcome } from '../../src/store/index.js';
import type { DocumentSummary } from '../../src/store/rows.js';
import { filterParams, type GraphFilters } from './filters.js';

// Response shapes are the server's own types (type-only imports: nothing of the server is bundled).
export type { EntityDetails, EntityHit, IngestOutcome, DocumentSummary };
export type { PredicateGroup } from '../../src/query/entity.js';
export type { RelationView } from '../../src/query/relations.js';

export type GraphData = SerializedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

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

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
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

/** The whole graph, or the part the filters keep (the server does the filtering). */
export function fetchGraph(filters?: GraphFilters): Promise<GraphData> {
  return request(withQuery('/api/graph', filters ? filterParams(filters) : new URLSearchParams()));
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

export async function deleteDocument(id: string): Promise<void> {
  await request(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The download URL of the graph in `format`, restricted to what the filters show. */
export function exportUrl(format: ExportFormat, filters: GraphFilters): string {
  const params = filterParams(filters);
  params.set('format', format);
  return withQuery('/api/export', params);
}
