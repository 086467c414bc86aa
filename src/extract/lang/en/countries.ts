// Countries with their names, demonyms and capitals: the `world-countries` package, completed with the
// forms news writing uses that it lacks ("Turkey", "U.S.", "Britain", "Saudi"). Generic resource data.
import worldCountriesModule, { type Country } from 'world-countries';

// The package is CommonJS: at run time the default import is the array its types call `default`.
const worldCountries = worldCountriesModule as unknown as Country[];

export interface CountryRecord {
  /** ISO 3166-1 alpha-3. */
  code: string;
  /** The name news writing uses most ("Turkey", "United States"). */
  label: string;
  /** Every name of the state itself (official, common, alternative spellings, abbreviations). */
  names: string[];
  /** Adjectives and plural nouns for its people ("Turkish", "Americans"). */
  demonyms: string[];
  /** Capitals: metonyms for the government ("Ankara said"). */
  capitals: string[];
  /** Sovereign states come first when a name or demonym is shared ("French": France, not its territories). */
  independent: boolean;
}

/** The label news uses where it differs from world-countries' common name. */
const NEWS_LABELS: Readonly<Record<string, string>> = {
  TUR: 'Turkey', CZE: 'Czech Republic', CIV: 'Ivory Coast', MMR: 'Myanmar', COD: 'Democratic Republic of the Congo',
  COG: 'Republic of the Congo', CPV: 'Cape Verde', SWZ: 'Eswatini', MKD: 'North Macedonia', PSE: 'Palestine',
  VAT: 'Vatican', KOR: 'South Korea', PRK: 'North Korea', TLS: 'East Timor', RUS: 'Russia', IRN: 'Iran', SYR: 'Syria',
};

/** Names, demonyms and capitals that news writing uses and world-countries lacks. */
const EXTRA_NAMES: Readonly<Record<string, { names?: string[]; demonyms?: string[]; capitals?: string[] }>> = {
  USA: { names: ['U.S.', 'U.S.A.', 'America', 'the States'], demonyms: ['American', 'Americans'], capitals: ['Washington'] },
  GBR: { names: ['Britain', 'U.K.', 'UK', 'Great Britain', 'England'], demonyms: ['British', 'Briton', 'Britons'] },
  TUR: { names: ['Turkey', 'Turkiye', 'Türkiye'], demonyms: ['Turkish', 'Turks'] },
  RUS: { names: ['Russian Federation'], demonyms: ['Russian', 'Russians'] },
  SAU: { demonyms: ['Saudi', 'Saudis'] },
  ARE: { names: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati', 'Emiratis'] },
  KOR: { names: ['Republic of Korea', 'ROK'], demonyms: ['South Korean', 'South Koreans'] },
  PRK: { names: ['DPRK', "Democratic People's Republic of Korea"], demonyms: ['North Korean', 'North Koreans'] },
  COD: { names: ['DRC', 'DR Congo', 'Congo-Kinshasa'], demonyms: ['Congolese'] },
  CHN: { names: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'] },
  NLD: { names: ['Holland'], demonyms: ['Dutch'], capitals: ['The Hague'] },
  PSE: { names: ['Palestinian territories', 'Palestinian Authority'], demonyms: ['Palestinian', 'Palestinians'] },
  ISR: { demonyms: ['Israeli', 'Israelis'] },
  AFG: { demonyms: ['Afghan', 'Afghans'] },
  IRN: { names: ['Islamic Republic of Iran', 'Persia'], demonyms: ['Iranian', 'Iranians'] },
  PHL: { demonyms: ['Filipino', 'Filipinos', 'Philippine'] },
  NZL: { demonyms: ['New Zealander', 'Kiwi'] },
  MMR: { names: ['Burma'], demonyms: ['Burmese', 'Myanmar'] },
  CIV: { names: ["Cote d'Ivoire", "Côte d'Ivoire"], demonyms: ['Ivorian', 'Ivorians'], capitals: ['Abidjan'] },
  CZE: { names: ['Czechia'], demonyms: ['Czech', 'Czechs'] },
  VAT: { names: ['Holy See', 'Vatican City'] },
  SYR: { demonyms: ['Syrian', 'Syrians'] },
  UKR: { demonyms: ['Ukrainian', 'Ukrainians'], capitals: ['Kyiv', 'Kiev'] },
  KGZ: { demonyms: ['Kyrgyz'] },
  KAZ: { demonyms: ['Kazakh', 'Kazakhs'] },
  UZB: { demonyms: ['Uzbek', 'Uzbeks'] },
  TJK: { demonyms: ['Tajik', 'Tajiks'] },
  LAO: { demonyms: ['Lao'] },
  IND: { capitals: ['Delhi'] },
  // Seats of government that world-countries does not list as capitals.
  BOL: { capitals: ['La Paz'] },
  LKA: { capitals: ['Colombo'] },
  BEN: { capitals: ['Cotonou'] },
};

// Short codes are too ambiguous as names except these, which news uses as names on their own.
const ABBREVIATIONS_AS_NAMES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter((v) => v.length > 0))];
}

function buildCountries(): CountryRecord[] {
  return worldCountries.map((country) => {
    const extra = EXTRA_NAMES[country.cca3] ?? {};
    const label = NEWS_LABELS[country.cca3] ?? country.name.common;
    const alternatives = country.altSpellings.filter((name) => name.length > 3 || ABBREVIATIONS_AS_NAMES.has(name));
    const english = country.demonyms?.eng;
    // Some entries list several forms in one string ("Bosnian, Herzegovinian").
    const demonyms = english ? [english.m, english.f].flatMap((d) => d.split(/,\s*/)) : [];
    const capitals = (country.capital ?? []).flatMap((capital) => [capital, capital.replace(/\s+D\.?C\.?$/, '')]);
    return {
      code: country.cca3,
      label,
      names: unique([label, country.name.common, country.name.official, ...alternatives, ...(extra.names ?? [])]),
      demonyms: unique([...demonyms, ...demonyms.map((d) => (d.endsWith('s') ? d : `${d}s`)), ...(extra.demonyms ?? [])])
        .filter((d) => !/(ish|ese|ch|ss)s$/.test(d) || (extra.demonyms ?? []).includes(d)),
      capitals: unique([...capitals, ...(extra.capitals ?? [])]),
      independent: country.independent === true,
    };
  }).sort((a, b) => Number(b.independent) - Number(a.independent));
}

export const COUNTRIES: readonly CountryRecord[] = buildCountries();
export const COUNTRY_BY_CODE: ReadonlyMap<string, CountryRecord> = new Map(COUNTRIES.map((c) => [c.code, c]));
/** ISO 3166-1 alpha-2 → alpha-3 (the places gazetteer is keyed by alpha-2, entities carry alpha-3). */
export const ALPHA3_OF_ALPHA2: ReadonlyMap<string, string> = new Map(worldCountries.map((c) => [c.cca2, c.cca3]));
