// Stage 4: entity resolution — the forms of one name become one entity, different bodies stay apart.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { bareName } from '../../src/extract/resolve.js';
import { entityKey } from '../../src/domain/names.js';
import type { ExtractedEntity, ExtractionResult } from '../../src/domain/extraction.js';

const entityOf = (result: ExtractionResult, key: string): ExtractedEntity => {
  const found = result.entities.find((e) => e.key === key);
  expect(found, `${key} among ${result.entities.map((e) => e.key).join(', ')}`).toBeDefined();
  return found as ExtractedEntity;
};

const keysOfMentions = (result: ExtractionResult, text: string) => [...new Set(result.mentions.filter((m) => m.text === text).map((m) => m.entity))];

describe('people', () => {
  const result = extractDocument('Chancellor Ingrid Halvorsen met Chile. Halvorsen later said Ingrid Halvorsen would return. Ms Halvorsen smiled.', 'doc');

  it('merges a surname with the full name it ends', () => {
    const person = entityOf(result, 'ingrid-halvorsen');
    expect(person).toMatchObject({ entityType: 'person', label: 'Ingrid Halvorsen' });
    expect(person.aliases).toContain('Halvorsen');
    expect(keysOfMentions(result, 'Halvorsen')).toEqual(['ingrid-halvorsen']);
    expect(result.entities.filter((e) => e.entityType === 'person')).toHaveLength(1);
  });

  it('counts every mention of the person', () => {
    expect(entityOf(result, 'ingrid-halvorsen').mentions).toBe(4);
  });

  it('keeps two people who share a first name apart', () => {
    const two = extractDocument('Minister Ana Ruiz met Minister Ana Castillo in Lima.', 'doc');
    expect(two.entities.filter((e) => e.entityType === 'person').map((e) => e.label).sort()).toEqual(['Ana Castillo', 'Ana Ruiz']);
  });
});

describe('states', () => {
  it('makes one country of its name, demonym and capital (as government)', () => {
    const result = extractDocument('Vietnam protested. Vietnamese officials said Hanoi rejected the plan.', 'doc');
    const countries = result.entities.filter((e) => e.entityType === 'country');
    expect(countries).toHaveLength(1);
    expect(countries[0]).toMatchObject({ key: 'vietnam', label: 'Vietnam', country: 'VNM' });
    expect(countries[0].aliases).toEqual(expect.arrayContaining(['Vietnamese', 'Hanoi']));
  });

  it('uses the canonical country name for an abbreviation', () => {
    const result = extractDocument('The US criticized Cuba.', 'doc');
    expect(entityOf(result, 'united-states').aliases).toContain('US');
  });

  it('does not make a country of a demonym that only qualifies a thing', () => {
    const result = extractDocument('Malian refugees reached Niger.', 'doc');
    expect(result.entities.map((e) => e.key)).toEqual(['niger']);
  });
});

describe('bodies of a state', () => {
  it('treats "Ministry of Defence" and "Defence Ministry" of the same state as one', () => {
    const result = extractDocument("Chile's Ministry of Defence criticized Peru. The Chilean Defence Ministry later issued a statement.", 'doc');
    const ministries = result.entities.filter((e) => e.entityType === 'organization');
    expect(ministries).toHaveLength(1);
    expect(ministries[0].country).toBe('CHL');
    expect(ministries[0].aliases).toEqual(expect.arrayContaining(['Chilean Defence Ministry']));
  });

  it('keeps the ministries of different states apart and labels them by state', () => {
    const result = extractDocument("Chile's Ministry of Defence met Peru's Ministry of Defence.", 'doc');
    const ministries = result.entities.filter((e) => e.entityType === 'organization');
    expect(ministries.map((e) => [e.label, e.country]).sort()).toEqual([
      ['Chilean Ministry of Defence', 'CHL'],
      ['Peruvian Ministry of Defence', 'PER'],
    ]);
  });

  it('merges a gazetteer organisation with its abbreviation', () => {
    const result = extractDocument('The United Nations condemned the coup. The UN praised Fiji.', 'doc');
    expect(keysOfMentions(result, 'UN')).toEqual(['united-nations']);
    expect(result.entities.filter((e) => e.entityType === 'organization')).toHaveLength(1);
  });

  it('merges a facility named in short and long form', () => {
    const result = extractDocument('Gunmen attacked Lima International Airport. Later Lima airport reopened.', 'doc');
    expect(result.entities.filter((e) => e.entityType === 'facility')).toHaveLength(1);
  });
});

describe('keys and names', () => {
  it('makes deterministic ASCII slugs', () => {
    expect(entityKey('São Tomé and Príncipe')).toBe('sao-tome-and-principe');
    expect(entityKey("Côte d'Ivoire")).toBe('cote-divoire');
  });

  it('strips articles, possessives and group words from names', () => {
    expect(bareName("the Kestrel movement's")).toBe('Kestrel');
    expect(bareName('the Sahel Front militants')).toBe('Sahel Front');
  });

  it('gives every mention the key of an extracted entity', () => {
    const result = extractDocument('Irish Foreign Minister Aoife Brennan and Danish Defence Minister Sofie Lund met in Brussels.', 'doc');
    const keys = new Set(result.entities.map((e) => e.key));
    for (const m of result.mentions) expect(keys.has(m.entity)).toBe(true);
  });
});

describe('shorter names', () => {
  it('joins an acronym to the name whose initials it spells', () => {
    const result = extractDocument('The Popular Liberation Front (PLF) attacked Chad. The PLF later withdrew.', 'doc');
    const front = result.entities.find((e) => e.label === 'Popular Liberation Front');
    expect(front?.aliases).toContain('PLF');
    expect(result.entities.filter((e) => e.entityType === 'organization')).toHaveLength(1);
  });

  it('knows a person by one word of a longer name', () => {
    const result = extractDocument('President Maria Lopes da Cunha arrived in Lima. Cunha met Peruvian officials, and Lopes thanked them.', 'doc');
    const people = result.entities.filter((e) => e.entityType === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Cunha', 'Lopes']));
  });

  it('gives one unknown name one type: "Jeddah talks" and "in Jeddah"', () => {
    const result = extractDocument('Delegates prepared for the Jeddah talks. Sudan sent envoys to meetings in Jeddah.', 'doc');
    expect(result.entities.filter((e) => e.label === 'Jeddah').map((e) => e.entityType)).toEqual(['location']);
  });
});
