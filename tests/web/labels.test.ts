// Label placement: whatever is offered, what is placed never overlaps and stays on screen.
import { describe, expect, it } from 'vitest';
import { countOverlaps, LabelPlacer, mergedEdgeLabel, overlaps } from '../../web/src/labels.js';
import { seededRandom } from '../../src/graph/interop.js';

const measure = (text: string, fontSize: number): number => text.length * fontSize * 0.6;

describe('LabelPlacer', () => {
  it('places no two labels over each other, however crowded the offers', () => {
    const random = seededRandom(3);
    const placer = new LabelPlacer({ width: 400, height: 300 }, measure, 1_000);
    let offered = 0;
    for (let i = 0; i < 2_000; i++) {
      offered += 1;
      placer.offer({ text: `entity ${i}`, x: random() * 400, y: random() * 300, fontSize: 12, kind: 'node' });
    }
    expect(placer.placed.length).toBeGreaterThan(20);
    expect(placer.placed.length).toBeLessThan(offered);
    expect(countOverlaps(placer.placed)).toBe(0);
    for (const box of placer.placed) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(400);
    }
  });

  it('tries the fallback spots in order when the first is taken, and stops at the limit', () => {
    const placer = new LabelPlacer({ width: 400, height: 300 }, measure, 2);
    expect(placer.offer({ text: 'first', x: 100, y: 100, fontSize: 12, kind: 'node' })).toBe(true);
    expect(placer.offer({ text: 'second', x: 100, y: 100, fontSize: 12, kind: 'node', fallbacks: [{ x: 100, y: 100 }, { x: 100, y: 140 }] })).toBe(true);
    expect(placer.placed[1].y).toBeGreaterThan(placer.placed[0].y + placer.placed[0].height - 1);
    expect(overlaps(placer.placed[0], placer.placed[1])).toBe(false);
    expect(placer.offer({ text: 'third', x: 300, y: 250, fontSize: 12, kind: 'node' })).toBe(false);
  });
});

describe('mergedEdgeLabel', () => {
  it('joins the distinct predicates of parallel edges in a fixed order', () => {
    expect(mergedEdgeLabel(['requests', 'demands', 'requests'])).toBe('demands · requests');
    expect(mergedEdgeLabel(['demands', 'requests'])).toBe(mergedEdgeLabel(['requests', 'demands']));
  });
});
