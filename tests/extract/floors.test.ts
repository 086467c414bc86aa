// The ratchet itself: a drop of more than one point fails, a smaller one does not.
import { describe, expect, it } from 'vitest';
import { drops } from './floors.js';

describe('quality floors', () => {
  it('reports a figure more than one point below its floor, and only that one', () => {
    expect(drops({ recall: 0.5, precision: 0.9 }, { recall: 0.489, precision: 0.891 })).toEqual([
      'recall: 0.489 is more than one point below its floor 0.5',
    ]);
  });

  it('treats a missing figure as a drop', () => {
    expect(drops({ f1: 0.8 }, {})).toHaveLength(1);
  });
});
