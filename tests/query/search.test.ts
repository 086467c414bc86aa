import { describe, expect, it } from 'vitest';
import { resolveEntityRef, searchEntities } from '../../src/query/search.js';
import { boundedEditDistance, matchName } from '../../src/query/names.js';
import { newsGraph } from './graphs.js';

const graph = newsGraph();
const ids = (q: string, type?: 'person' | 'country') => searchEntities(graph, { q, type, limit: 10, offset: 0 }).entities.map((e) => e.id);

describe('entity search', () => {
  it('finds entities by name or alias, ignoring case and accents', () => {
    expect(ids('TURKEY')[0]).toBe('turkey');
    expect(ids('erdoğan')[0]).toBe('recep-tayyip-erdogan');
    expect(ids('Biden')[0]).toBe('joe-biden');
  });

  it('finds by prefix and by misspelling', () => {
    expect(ids('Erd')).toEqual(['recep-tayyip-erdogan']);
    expect(ids('afghanistn')).toEqual(['afghanistan']);
    expect(ids('Erdgoan')).toContain('recep-tayyip-erdogan');
    expect(ids('xyzzy')).toEqual([]);
  });

  it('filters by type and pages', () => {
    expect(ids('', 'person').sort()).toEqual(['joe-biden', 'recep-tayyip-erdogan']);
    const all = searchEntities(graph, { limit: 2, offset: 0 });
    expect(all.total).toBe(graph.order);
    expect(all.entities).toHaveLength(2);
    expect(searchEntities(graph, { limit: 2, offset: 2 }).entities[0].id).not.toBe(all.entities[1].id);
  });

  it('says how a hit matched', () => {
    const [hit] = searchEntities(graph, { q: 'Erdogan', limit: 1, offset: 0 }).entities;
    expect(hit).toMatchObject({ id: 'recep-tayyip-erdogan', match: 'exact', matched: 'Erdogan' });
  });

  it('resolves references: id, exact name, then best partial match', () => {
    expect(resolveEntityRef(graph, 'turkey')).toEqual(['turkey']);
    expect(resolveEntityRef(graph, 'US')).toEqual(['united-states']);
    expect(resolveEntityRef(graph, 'Tayyip')).toEqual(['recep-tayyip-erdogan']);
    expect(resolveEntityRef(graph, 'Atlantis')).toEqual([]);
  });
});

describe('name matching', () => {
  it('bounds edit distance', () => {
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 1)).toBe(2);
    expect(matchName('ab', 'ac')).toBeUndefined();
  });
});
