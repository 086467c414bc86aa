// The dependency stage behind its setting: the trained parser's trees through the English patterns.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const TEXT = 'Canada, which opposes Russia, met Brazil on Monday. Alena Drozd was arrested by the KGB in March. Japan agreed to help Vietnam.';
const triples = (relations: ReturnType<typeof extractDocument>['relations']) => relations.map((r) => `${r.source} ${r.predicate} ${r.target}`);

describe('dependencyRelations setting', () => {
  it('is off by default and, when on, adds to the relations without losing any', () => {
    const off = extractDocument(TEXT, 'doc');
    const on = extractDocument(TEXT, 'doc', { dependencyRelations: 1 });
    expect(off.relations.every((r) => !r.evidence.reason?.startsWith('dep.'))).toBe(true);
    expect(triples(on.relations)).toEqual(expect.arrayContaining(triples(off.relations)));
    expect(triples(on.relations)).toContain('japan aids vietnam');
    for (const r of on.relations) expect(r.evidence.reason).toMatch(/^[a-z]+\.[a-z-]+(:[a-z_-]+)?$/);
  });
});
