// Text on coloured badges stays readable (WCAG AA, 4.5:1) for every entity type colour.
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPE_COLORS } from '../../src/graph/palette.js';
import { contrastRatio, readableTextOn } from '../../web/src/colors.js';

describe('readableTextOn', () => {
  it('gives every entity type badge a text colour with at least 4.5:1 contrast', () => {
    for (const [type, colour] of Object.entries(ENTITY_TYPE_COLORS)) {
      expect(contrastRatio(colour, readableTextOn(colour)), type).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes the WCAG ratio (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});
