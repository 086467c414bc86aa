// The places gazetteer (lang/en/places.ts, generated from GeoNames and country-region-data): which
// country a city or region name is in. An ambiguous name ("Nice", "Reading") goes to the country
// the document itself names, else to its most populous place.
import { PLACES_TSV } from './lang/en/places.js';
import { ALPHA3_OF_ALPHA2 } from './lang/en/countries.js';

export interface PlaceCandidate {
  /** ISO 3166-1 alpha-3. */
  country: string;
  population: number;
}

let index: Map<string, PlaceCandidate[]> | undefined;

function placeIndex(): Map<string, PlaceCandidate[]> {
  if (index) return index;
  index = new Map();
  for (const line of PLACES_TSV.split('\n')) {
    const [name, list] = line.split('\t');
    const candidates: PlaceCandidate[] = [];
    for (const entry of list.split(',')) {
      const [alpha2, population] = entry.split(':');
      const country = ALPHA3_OF_ALPHA2.get(alpha2);
      if (country) candidates.push({ country, population: Number(population) });
    }
    if (candidates.length > 0) index.set(name, candidates);
  }
  return index;
}

/** The places a name may be, most populous first; empty when the gazetteer does not know it. */
export function placeCandidates(name: string): readonly PlaceCandidate[] {
  return placeIndex().get(name) ?? [];
}

/** The country (alpha-3) of a place name: one the document names if a candidate is there, else the largest. */
export function placeCountry(name: string, documentCountries: ReadonlySet<string>): string | undefined {
  const candidates = placeCandidates(name);
  return (candidates.find((c) => documentCountries.has(c.country)) ?? candidates[0])?.country;
}
