// The extractor's settings: defaults, overrides, validation, and that a setting reaches the stage it tunes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACTOR_SETTINGS, resolveSettings } from '../../src/extract/settings.js';
import { extractDocument } from '../../src/extract/index.js';

describe('resolveSettings', () => {
  it('returns the defaults when given nothing, and overrides only what is given', () => {
    expect(resolveSettings()).toEqual(DEFAULT_EXTRACTOR_SETTINGS);
    const tuned = resolveSettings({ verbConfidence: 0.5 });
    expect(tuned.verbConfidence).toBe(0.5);
    expect(tuned.nominalConfidence).toBe(DEFAULT_EXTRACTOR_SETTINGS.nominalConfidence);
  });

  it('rejects a confidence outside 0–1 and a window that is not a whole number', () => {
    expect(() => resolveSettings({ verbConfidence: 1.5 })).toThrow(/verbConfidence.*between 0 and 1/);
    expect(() => resolveSettings({ agentWindow: 2.5 })).toThrow(/agentWindow.*whole number/);
    expect(() => resolveSettings({ subjectWindow: Number.NaN })).toThrow(/subjectWindow/);
  });
});

describe('settings reach the extractor', () => {
  it('gives verb relations the configured confidence', () => {
    const text = 'Peru attacked Bolivia.';
    const relation = (confidence: number) => extractDocument(text, 'doc', { verbConfidence: confidence }).relations.find((r) => r.predicate === 'attacks');
    expect(relation(0.85)?.confidence).toBe(0.85);
    expect(relation(0.6)?.confidence).toBe(0.6);
  });

  it('finds a passive agent only within the agent window', () => {
    const text = 'Bolivia was attacked yesterday in the early hours of a cold morning by Peru.';
    const found = (agentWindow: number) => extractDocument(text, 'doc', { agentWindow }).relations.some((r) => r.predicate === 'attacks');
    expect(found(20)).toBe(true);
    expect(found(3)).toBe(false);
  });
});
