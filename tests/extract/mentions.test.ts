// Stage 3: name mentions, split into owner, title and name; unknown names found by their shape.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/text.js';
import { analyzeText } from '../../src/extract/nlp.js';
import { collectNameEvidence, findSentenceMentions, prepareSentence, splitGluedTokens, type NameMention } from '../../src/extract/mentions.js';

function mentionsOf(text: string): NameMention[] {
  const sentences = analyzeText(normalizeText(text).text).map(prepareSentence);
  const evidence = collectNameEvidence(sentences);
  const out: NameMention[] = [];
  for (const sentence of sentences) out.push(...findSentenceMentions(sentence, evidence, out.length));
  return out;
}

const byText = (mentions: readonly NameMention[], text: string): NameMention => {
  const found = mentions.find((m) => m.text === text);
  expect(found, `mention "${text}" among ${mentions.map((m) => m.text).join(', ')}`).toBeDefined();
  return found as NameMention;
};

describe('titles and owners', () => {
  const mentions = mentionsOf('Kenyan Foreign Minister Mirela Vostrikova met Ugandan officials in Nairobi.');

  it('splits "Demonym Title Name" into the state and the titled person', () => {
    const owner = byText(mentions, 'Kenyan');
    const person = byText(mentions, 'Mirela Vostrikova');
    expect(owner).toMatchObject({ kind: 'demonym', entityType: 'country', countryCode: 'KEN', actor: false });
    expect(person).toMatchObject({ entityType: 'person', title: { text: 'Foreign Minister', role: 'official' }, owner: owner.id });
    expect(mentions.some((m) => m.text.includes('Foreign Minister'))).toBe(false);
  });

  it('gives a head-of-state title the leader role', () => {
    const [owner, person] = mentionsOf('Estonian President Olaf Brandvik arrived.');
    expect(person).toMatchObject({ name: 'Olaf Brandvik', title: { role: 'leader' }, owner: owner.id });
  });

  it('lets a demonym before an actor noun act, but not one before an ordinary noun', () => {
    expect(byText(mentions, 'Ugandan').actor).toBe(true);
    expect(byText(mentionsOf('Malian refugees crossed the border.'), 'Malian').actor).toBe(false);
  });

  it('reads a possessive owner: "Peru\'s Ministry of Defence"', () => {
    const found = mentionsOf("Peru's Ministry of Defence issued a statement.");
    const ministry = byText(found, 'Ministry of Defence');
    expect(ministry.entityType).toBe('organization');
    expect(ministry.owner).toBe(byText(found, 'Peru').id);
  });

  it('types a body by its head word and keeps its state as owner: "Chilean Navy"', () => {
    const found = mentionsOf('The Chilean Navy rescued fishermen.');
    const navy = byText(found, 'Chilean Navy');
    expect(navy.entityType).toBe('organization');
    expect(found.find((m) => m.id === navy.owner)?.countryCode).toBe('CHL');
  });
});

describe('glued abbreviations', () => {
  it('splits "USNational" into "US" and "National"', () => {
    const token = { text: 'USNational', lower: 'usnational', lemma: 'usnational', pos: 'PROPN', start: 10, end: 20 };
    expect(splitGluedTokens([token]).map((t) => [t.text, t.start, t.end])).toEqual([['US', 10, 12], ['National', 12, 20]]);
  });

  it('leaves words that merely start with capitals alone', () => {
    const tokens = ['USA', 'UKIP', 'EUROPE', 'Usually'].map((text, i) => ({ text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', start: i * 10, end: i * 10 + text.length }));
    expect(splitGluedTokens(tokens).map((t) => t.text)).toEqual(['USA', 'UKIP', 'EUROPE', 'Usually']);
  });

  it('finds the United States in a glued "USNational Guard"', () => {
    const found = mentionsOf('The USNational Guard arrived on Monday.');
    expect(byText(found, 'US')).toMatchObject({ entityType: 'country', countryCode: 'USA' });
  });
});

describe('names no list knows', () => {
  it('finds an invented full name inside a sentence', () => {
    const found = mentionsOf('Talks were led by Mirela Vostrikova on Friday.');
    expect(byText(found, 'Mirela Vostrikova').kind).toBe('name');
  });

  it('finds an invented single name that starts a sentence and acts', () => {
    expect(mentionsOf('Arnor attacked the village of Meridan.').map((m) => m.text)).toEqual(['Arnor', 'Meridan']);
  });

  it('does not take an ordinary capitalised first word for a name', () => {
    expect(mentionsOf('Heavy rain flooded Dhaka.').map((m) => m.text)).toEqual(['Dhaka']);
  });

  it('types an unknown name by its organisation head word', () => {
    expect(byText(mentionsOf('Members of the Kestrel Party protested.'), 'Kestrel Party').entityType).toBe('organization');
  });

  it('keeps name particles inside a person name', () => {
    expect(mentionsOf('Officials welcomed Minister Pieter van der Berg.').map((m) => m.text)).toContain('Pieter van der Berg');
  });
});

describe('facilities named after places', () => {
  it('attaches a lower-case facility word to a capital that no seed mentions: "Mogadishu airport"', () => {
    const found = mentionsOf('Somali troops secured Mogadishu airport on Tuesday.');
    const airport = byText(found, 'Mogadishu airport');
    const city = found.find((m) => m.id === airport.place);
    expect(airport.entityType).toBe('facility');
    expect(city).toMatchObject({ text: 'Mogadishu', entityType: 'location' });
  });

  it('reads a capitalised facility name with its place: "Lima International Airport"', () => {
    const found = mentionsOf('Flights left Lima International Airport late.');
    const airport = byText(found, 'Lima International Airport');
    expect(airport.entityType).toBe('facility');
    expect(found.find((m) => m.id === airport.place)?.text).toBe('Lima');
  });

  it('makes a capital after a locative preposition a location, elsewhere the government', () => {
    expect(byText(mentionsOf('Delegates met in Hanoi.'), 'Hanoi')).toMatchObject({ kind: 'capital', entityType: 'location' });
    expect(byText(mentionsOf('Officials said Hanoi rejected the plan.'), 'Hanoi')).toMatchObject({ kind: 'capital', entityType: 'country', countryCode: 'VNM' });
  });
});

describe('offsets', () => {
  it('gives offsets into the normalised text that slice the mention text', () => {
    const text = 'Irish Foreign Minister Aoife Brennan and Danish Defence Minister Sofie Lund met in Brussels.';
    for (const m of mentionsOf(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('names in wire copy', () => {
  it('reads a lower-case title between a body and a name: "Hamas spokesman Basem Naim"', () => {
    const mentions = mentionsOf('Hamas spokesman Basem Naim said the group would attend.');
    const person = byText(mentions, 'Basem Naim');
    expect(person.entityType).toBe('person');
    expect(person.title?.role).toBe('official');
    expect(mentions.find((m) => m.id === person.owner)?.text).toBe('Hamas');
  });

  it('takes an office after "of" as part of the title: "Secretary of State Ana Ruiz"', () => {
    const person = byText(mentionsOf('Peruvian Secretary of State Ana Ruiz flew to Quito.'), 'Ana Ruiz');
    expect(person.title?.text).toBe('Secretary of State');
  });

  it('skips the dateline place but keeps the agency', () => {
    const texts = mentionsOf('LIMA, Oct 14 (Reuters) - Peru recalled its ambassador from Chile.').map((m) => m.text);
    expect(texts).not.toContain('LIMA');
    expect(texts).not.toContain('Oct');
    expect(texts).toEqual(expect.arrayContaining(['Reuters', 'Peru', 'Chile']));
  });

  it('does not take a model of equipment for an actor: "Leopard tanks"', () => {
    const texts = mentionsOf('Norway will send Leopard tanks and Patriot missiles to Estonia.').map((m) => m.text);
    expect(texts).not.toContain('Leopard');
    expect(texts).not.toContain('Patriot');
    expect(texts).toEqual(expect.arrayContaining(['Norway', 'Estonia']));
  });

  it('does not take a treaty for an entity', () => {
    expect(mentionsOf('Chile signed the Antarctic Fisheries Treaty with Peru.').map((m) => m.text)).not.toContain('Antarctic Fisheries Treaty');
  });
});
