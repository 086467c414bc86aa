// Every relation names the rule that produced it, so a reader can see why an edge exists.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { exportedEvidence } from '../../src/formats/attributes.js';

const TEXT = [
  'Kenyan President Ann Mwangi met Ugandan officials in Kampala.',
  'Chile was attacked by Peru on Monday.',
  'Poland, a member of the EU, condemned the talks between Serbia and Kosovo.',
  'Japan threatened to strike North Korea.',
].join(' ');

describe('reason', () => {
  const result = extractDocument(TEXT, 'doc');
  const reasonOf = (source: string, predicate: string, target: string) =>
    result.relations.find((r) => r.source === source && r.predicate === predicate && r.target === target)?.evidence.reason;

  it('is set on every relation', () => {
    expect(result.relations.length).toBeGreaterThan(4);
    for (const r of result.relations) expect(r.evidence.reason, `${r.source} ${r.predicate} ${r.target}`).toMatch(/^[a-z]+\.[a-z-]+(:[a-z_-]+)?$/);
  });

  it('names the pattern family and cue', () => {
    expect(reasonOf('ann-mwangi', 'leader_of', 'kenya')).toBe('name.title');
    expect(reasonOf('peru', 'attacks', 'chile')).toBe('verb.passive:attack');
    expect(reasonOf('poland', 'member_of', 'european-union')).toBe('phrase.member-of');
    expect(reasonOf('serbia', 'consults', 'kosovo')).toBe('noun.between:talks');
    expect(reasonOf('japan', 'threatens', 'north-korea')).toBe('verb.chain:threaten');
  });

  it('is exported with the evidence', () => {
    const [first] = exportedEvidence([result.relations[0].evidence], {});
    expect(first.reason).toBe(result.relations[0].evidence.reason);
  });
});
