// The routes an Express app really has (method and path), read from its router, so tests can hold the
// OpenAPI document to them.
import type { Express } from 'express';

export interface RouteEntry { method: string; path: string }

interface RouteLike { path: string | RegExp; methods: Record<string, boolean> }
interface LayerLike { route?: RouteLike; rawPath?: unknown; handle?: { stack?: LayerLike[] } }

function collect(stack: readonly LayerLike[], prefix: string, into: RouteEntry[]): void {
  for (const layer of stack) {
    if (layer.route && typeof layer.route.path === 'string') {
      for (const [method, on] of Object.entries(layer.route.methods)) if (on) into.push({ method, path: prefix + layer.route.path });
    } else if (layer.handle?.stack) {
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      collect(layer.handle.stack, prefix + mount, into);
    }
  }
}

/** API routes as OpenAPI writes them: `/api/documents/{id}`. */
export function apiRoutes(app: Express): RouteEntry[] {
  const router = (app as unknown as { router: { stack: LayerLike[] } }).router;
  const routes: RouteEntry[] = [];
  collect(router.stack, '', routes);
  return routes
    .filter((r) => r.path.startsWith('/api/'))
    .map((r) => ({ method: r.method, path: r.path.replace(/:(\w+)/g, '{$1}') }));
}
