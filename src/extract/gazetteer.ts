// Name lookup over the generic resources: countries (names, demonyms, capitals, seats of government)
// and international organisations. Keys are lower-case names with normalised spacing and dots.
import { COUNTRIES } from './lang/en/countries.js';
import { GOVERNMENT_SEATS, ORGANIZATIONS } from './lang/en/organizations.js';

export type GazetteerEntry =
  | { kind: 'country'; code: string }
  | { kind: 'demonym'; code: string }
  | { kind: 'capital'; code: string; city: string }
  | { kind: 'seat'; code: string }
  | { kind: 'organization'; label: string };

/** Lookup key of a name: lower case, single spaces, no space before "." or after "-". */
export function gazetteerKey(name: string): string {
  // Accents are optional in news copy: "Brasilia" is "Brasília".
  const lower = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // Most look-ups are single plain words: skip the regular expressions for them.
  if (/^[a-z.']+$/.test(lower)) return lower;
  return lower.replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();
}

function buildGazetteer(): Map<string, GazetteerEntry> {
  const entries = new Map<string, GazetteerEntry>();
  // Earlier additions win: names of states before demonyms before capitals before organisations.
  const add = (name: string, entry: GazetteerEntry) => {
    const key = gazetteerKey(name);
    if (!entries.has(key)) entries.set(key, entry);
  };
  for (const country of COUNTRIES) for (const name of country.names) add(name, { kind: 'country', code: country.code });
  for (const country of COUNTRIES) for (const demonym of country.demonyms) add(demonym, { kind: 'demonym', code: country.code });
  for (const [seat, code] of Object.entries(GOVERNMENT_SEATS)) add(seat, { kind: 'seat', code });
  for (const organization of ORGANIZATIONS) {
    for (const name of [organization.label, ...organization.names]) add(name, { kind: 'organization', label: organization.label });
  }
  for (const country of COUNTRIES) for (const city of country.capitals) add(city, { kind: 'capital', code: country.code, city });
  return entries;
}

const GAZETTEER = buildGazetteer();

/** Case-sensitive for short all-capital acronyms ("US" but not "us"), otherwise case-insensitive. */
export function lookupName(surface: string): GazetteerEntry | undefined {
  const entry = GAZETTEER.get(gazetteerKey(surface));
  if (!entry) return undefined;
  if (surface.length <= 4 && surface.toLowerCase() === surface) return undefined;
  if (/^[A-Z]/.test(surface) === false && !/^\d/.test(surface)) return undefined;
  return entry;
}

/** Abbreviations ("US", "UK", "EU") that news writing sometimes glues to the next word ("USNational"). */
export const GLUEABLE_PREFIXES: readonly string[] = [...GAZETTEER.keys()]
  .filter((k) => /^[a-z]{2,3}$/.test(k))
  .map((k) => k.toUpperCase())
  .filter((k) => lookupName(k)?.kind === 'country' || lookupName(k)?.kind === 'organization');
