// Colours of the explorer. Entity-type and relation colours come from the shared palette
// (src/graph/palette.ts) so the legend here and the colours of GEXF/GraphML exports agree; community
// colours and the greyed-out focus colours are the explorer's own.
import type { EntityType, QuadClass } from '../../src/domain/ontology.js';
import { ENTITY_TYPE_COLORS, QUAD_CLASS_COLORS, STANDING_RELATION_COLOR, predicateColor } from '../../src/graph/palette.js';

export { ENTITY_TYPE_COLORS, QUAD_CLASS_COLORS, STANDING_RELATION_COLOR, predicateColor };

export const QUAD_CLASS_NAMES: Record<QuadClass, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const DIMMED_NODE_COLOR = '#e2e2e2';
export const DIMMED_EDGE_COLOR = '#efefef';

export function entityTypeColor(type: EntityType): string {
  return ENTITY_TYPE_COLORS[type] ?? '#999999';
}

// 12 distinguishable hues for Louvain communities; beyond that, colours repeat.
const COMMUNITY_COLORS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46a0a0', '#f032e6', '#9a6324', '#800000', '#808000', '#000075', '#a9a9a9'];

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length];
}

/** WCAG relative luminance of "#rrggbb". */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `background` (type badges). */
export function readableTextOn(background: string): string {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
