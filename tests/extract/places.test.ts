// The places gazetteer and the located_in patterns: ambiguous names weighed by the document's countries
// and by population; "X in Y"; a place named as a place with its country in the same sentence.
import { describe, expect, it } from 'vitest';
import { placeCandidates, placeCountry } from '../../src/extract/places.js';
import { extractDocument } from '../../src/extract/index.js';

describe('placeCountry', () => {
  it('takes the most populous place of a name, unless the document names another candidate country', () => {
    expect(placeCandidates('Tripoli').map((c) => c.country)).toEqual(['LBY', 'LBN']);
    expect(placeCountry('Tripoli', new Set())).toBe('LBY');
    expect(placeCountry('Tripoli', new Set(['LBN', 'FRA']))).toBe('LBN');
    expect(placeCountry('Atlantis Minor', new Set())).toBeUndefined();
  });
});

describe('located_in from places', () => {
  const located = (text: string) => extractDocument(text, 'doc').relations
    .filter((r) => r.predicate === 'located_in').map((r) => `${r.source}>${r.target}:${r.evidence.reason}`).sort();

  it('reads "X and Y in Z"', () => {
    expect(located('Coalition jets struck positions near Mosul and Erbil in Iraq.')).toEqual(expect.arrayContaining(['erbil>iraq:place.in', 'mosul>iraq:place.in']));
  });

  it('gives a known place its country when both are named in the sentence, and the country code to the place', () => {
    const result = extractDocument('Floods cut off villages near Sylhet in northeastern Bangladesh.', 'doc');
    expect(result.entities.find((e) => e.key === 'sylhet')).toMatchObject({ entityType: 'location', country: 'BGD' });
    expect(located('Floods cut off villages near Sylhet in northeastern Bangladesh.')).toEqual(['sylhet>bangladesh:place.gazetteer']);
  });

  it('leaves a seat of government that stands for its state alone', () => {
    expect(located('Brazil will send firefighters to Bolivia if La Paz requests them.')).toEqual([]);
    expect(located('Talks in Sylhet went well.')).toEqual([]);
  });
});
