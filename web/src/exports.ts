// Export what is shown: GEXF, GraphML and JSON come from GET /api/export with the current filters;
// the PNG snapshot is drawn from the renderer's own layers.
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { exportUrl, type ExportFormat } from './api.js';
import type { GraphFilters } from './filters.js';
import type { ExplorerSigma } from './renderer.js';

/** Points every `a[data-export=<format>]` at the export of the current view. */
export function updateExportLinks(container: HTMLElement, filters: GraphFilters): void {
  for (const link of container.querySelectorAll<HTMLAnchorElement>('a[data-export]')) {
    const format = link.dataset.export as ExportFormat;
    link.href = exportUrl(format, filters);
    // An empty download attribute keeps the server's file name (Content-Disposition), which the formats registry gives.
    link.download = '';
  }
}

export function downloadSnapshot(renderer: ExplorerSigma): Promise<void> {
  // export-image is typed for Sigma<Attributes>; it only reads layers and settings, which ours has.
  return downloadAsPNG(renderer as unknown as Sigma, { fileName: 'newsgraph', backgroundColor: '#ffffff' });
}
