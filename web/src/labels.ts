// Node and edge labels, drawn by the explorer itself (sigma's own label layers are off) so that every
// label, forced or not, goes through one collision check: a label is drawn only where it overlaps no
// label already drawn, in priority order (selected, hovered, the hovered node's largest neighbours,
// then by node size, then edge labels). Parallel edges share one label ("requests · demands").
// Labels have a white halo, included in their box, so even halos never overlap.

export interface Box { x: number; y: number; width: number; height: number }

export interface LabelRequest {
  text: string;
  /** Where the text starts (left edge) and its vertical centre, in CSS pixels. */
  x: number;
  y: number;
  /** Centre the text on x instead of starting there (edge labels). */
  centred?: boolean;
  fontSize: number;
  bold?: boolean;
  kind: 'node' | 'edge';
  /** Other places to try, in order, when (x, y) is taken. */
  fallbacks?: readonly { x: number; y: number; centred?: boolean }[];
}

export interface PlacedLabel extends LabelRequest, Box {}

/** Room around the glyphs for the halo, on every side. */
export const HALO = 2;

/** A uniform grid of cells over the screen, each listing the boxes that touch it. */
class OccupancyGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cellSize: number) {}

  private keys(box: Box): number[] {
    const keys: number[] = [];
    const x0 = Math.floor(box.x / this.cellSize);
    const x1 = Math.floor((box.x + box.width) / this.cellSize);
    const y0 = Math.floor(box.y / this.cellSize);
    const y1 = Math.floor((box.y + box.height) / this.cellSize);
    // Cells are numbered on a 4096-wide lattice (offset so that slightly negative coordinates work).
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) keys.push((cy + 64) * 4096 + (cx + 64));
    return keys;
  }

  collides(box: Box): boolean {
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) if (overlaps(box, other)) return true;
    }
    return false;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box a label takes, halo included. */
export function labelBox(request: LabelRequest, textWidth: number): Box {
  const left = request.centred ? request.x - textWidth / 2 : request.x;
  return { x: left - HALO, y: request.y - request.fontSize / 2 - HALO, width: textWidth + 2 * HALO, height: request.fontSize + 2 * HALO };
}

/**
 * Places labels in the order given, skipping any that would overlap one already placed or leave the
 * screen, until `limit` are placed. `measure` gives a text's width at a font size.
 */
export class LabelPlacer {
  private readonly grid = new OccupancyGrid(64);
  readonly placed: PlacedLabel[] = [];

  constructor(private readonly screen: { width: number; height: number }, private readonly measure: (text: string, fontSize: number, bold: boolean) => number, private readonly limit: number) {}

  get full(): boolean {
    return this.placed.length >= this.limit;
  }

  /** Places the label at its first free spot (its own, then the fallbacks); returns whether it did. */
  offer(request: LabelRequest): boolean {
    if (this.full || request.text === '') return false;
    const width = this.measure(request.text, request.fontSize, request.bold === true);
    for (const spot of [request, ...(request.fallbacks ?? [])]) {
      const box = labelBox({ ...request, ...spot }, width);
      if (box.x < 0 || box.y < 0 || box.x + box.width > this.screen.width || box.y + box.height > this.screen.height) continue;
      if (this.grid.collides(box)) continue;
      this.grid.add(box);
      const { fallbacks: _fallbacks, ...label } = request;
      this.placed.push({ ...label, ...box });
      return true;
    }
    return false;
  }
}

/** Pairs of labels that overlap (0 when placement works): what the tests and the benchmark count. */
export function countOverlaps(boxes: readonly Box[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) count += 1;
  return count;
}

/** One label per pair of entities: the distinct predicate labels of the edges between them, in a fixed order. */
export function mergedEdgeLabel(labels: readonly string[]): string {
  return [...new Set(labels)].sort().join(' · ');
}

/** Draws placed labels: halo first, then the text. */
export function drawLabels(context: CanvasRenderingContext2D, labels: readonly PlacedLabel[], font: string): void {
  context.save();
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  for (const label of labels) {
    context.font = `${label.bold ? '600 ' : ''}${label.fontSize}px ${font}`;
    const left = label.x + HALO;
    const middle = label.y + label.height / 2;
    context.lineWidth = 2 * HALO + 1;
    context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
    context.strokeText(label.text, left, middle);
    context.fillStyle = label.kind === 'edge' ? '#3d3d3d' : '#1a1a1a';
    context.fillText(label.text, left, middle);
  }
  context.restore();
}
