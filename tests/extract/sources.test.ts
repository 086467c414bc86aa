// News agencies and outlets that only report are the document's sources, not actors.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/model.js';

describe('news outlets as sources', () => {
  const text = 'BRUSSELS (Reuters) - Poland condemned Russia, a Polish official told Reuters. The BBC reported that Hungary criticized Ukraine.';
  const result = extractDocument(text, 'doc');

  it('lists reporting outlets as the document\'s sources, with no relation of their own', () => {
    expect(result.sources?.sort()).toEqual(['BBC', 'Reuters']);
    expect(result.relations.some((r) => /reuters|bbc/.test(`${r.source} ${r.target}`))).toBe(false);
  });

  it('records the sources on the document in the graph', () => {
    expect(buildGraph([result]).getAttribute('documents').doc.sources?.sort()).toEqual(['BBC', 'Reuters']);
  });

  it('keeps an outlet that is itself an actor', () => {
    const acted = extractDocument('Russia banned the BBC.', 'doc');
    expect(acted.entities.map((e) => e.label)).toContain('BBC');
    expect(acted.sources).toBeUndefined();
  });
});
