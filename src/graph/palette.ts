// Colours of the graph, shared by the exports (GEXF viz:color, GraphML) and the web app's legend, so
// that Gephi and the browser draw the same graph the same way. Plain data: hex strings "#rrggbb".
import type { EntityType, PredicateId, QuadClass } from '../domain/ontology.js';
import { predicateDefinition } from '../domain/ontology.js';

/** Node colour by entity type (qualitative, colour-blind-safe hues from the Okabe–Ito palette). */
export const ENTITY_TYPE_COLORS: Record<EntityType, string> = {
  person: '#e69f00',
  organization: '#0072b2',
  country: '#009e73',
  location: '#56b4e9',
  facility: '#cc79a7',
};

/** Edge colour by CAMEO quad class: cooperation in greens/blues, conflict in oranges/reds. */
export const QUAD_CLASS_COLORS: Record<QuadClass, string> = {
  1: '#66a61e', // verbal cooperation
  2: '#1b9e77', // material cooperation
  3: '#e6ab02', // verbal conflict
  4: '#d95f02', // material conflict
};

/** Edge colour of standing relations (leader_of, located_in…), which have no quad class. */
export const STANDING_RELATION_COLOR = '#999999';

/** The colour an edge of this predicate is drawn with. */
export function predicateColor(predicate: PredicateId): string {
  const quadClass = predicateDefinition(predicate).quadClass;
  return quadClass === null ? STANDING_RELATION_COLOR : QUAD_CLASS_COLORS[quadClass];
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** "#rrggbb" or "#rgb" to channels; undefined for anything else. */
export function hexToRgb(hex: string): Rgb | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  if (short) return { r: parseInt(short[1] + short[1], 16), g: parseInt(short[2] + short[2], 16), b: parseInt(short[3] + short[3], 16) };
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (long) return { r: parseInt(long[1], 16), g: parseInt(long[2], 16), b: parseInt(long[3], 16) };
  return undefined;
}

/** Channels (clamped to 0–255) to "#rrggbb". */
export function rgbToHex({ r, g, b }: Rgb): string {
  const channel = (v: number): string => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** Parses "#rgb", "#rrggbb", "rgb(r,g,b)" and "rgba(r,g,b,a)" (what graphology-gexf produces); undefined otherwise. */
export function parseColor(color: string): Rgb | undefined {
  const hex = hexToRgb(color.trim());
  if (hex) return hex;
  const fn = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(color.trim());
  if (!fn) return undefined;
  const [r, g, b] = [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  return r <= 255 && g <= 255 && b <= 255 ? { r, g, b } : undefined;
}

/** Node size from mention count: logarithmic, so that the few actors in every story do not swamp the rest. */
export function nodeSizeFor(mentions: number): number {
  const m = Number.isFinite(mentions) && mentions > 0 ? mentions : 0;
  return Math.round((4 + 4 * Math.log2(1 + m)) * 100) / 100;
}
