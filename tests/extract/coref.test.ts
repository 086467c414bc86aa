// Stage 5: pronouns and definite descriptions stand for the entity they refer to, and so can act.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { ExtractionResult } from '../../src/domain/extraction.js';

/** The entity each mention with this exact text resolved to, in order. */
const resolved = (result: ExtractionResult, text: string) => result.mentions.filter((m) => m.text === text).map((m) => m.entity);
const triples = (result: ExtractionResult) => result.relations.map((r) => `${r.source} ${r.predicate} ${r.target}`);

describe('pronouns', () => {
  it('resolves "it" to the state named before, which then acts', () => {
    const result = extractDocument('Nepal held elections on Sunday. It later criticized India.', 'doc');
    expect(resolved(result, 'It')).toEqual(['nepal']);
    expect(triples(result)).toContain('nepal criticizes india');
  });

  it('reads a sentence-opening "It" as the previous subject, not the last object', () => {
    const result = extractDocument('Chile signed a trade agreement with Peru on Monday. It also pledged aid to Bolivia.', 'doc');
    expect(resolved(result, 'It')).toEqual(['chile']);
    expect(triples(result)).toContain('chile offers bolivia');
    expect(triples(result)).not.toContain('peru offers bolivia');
  });

  it('resolves "its" to the owner it stands for', () => {
    expect(resolved(extractDocument('Brazil recalled its ambassador.', 'doc'), 'its')).toEqual(['brazil']);
  });

  it('resolves "they" to an organisation', () => {
    const result = extractDocument('The Kestrel Party rallied in Lima. They later condemned Peru.', 'doc');
    expect(resolved(result, 'They')).toEqual(['kestrel-party']);
    expect(triples(result)).toContain('kestrel-party criticizes peru');
  });

  it('resolves "he"/"she" to the last person, not to a place', () => {
    const result = extractDocument('Minister Olaf Brandvik arrived in Oslo. She criticized Latvia.', 'doc');
    expect(resolved(result, 'She')).toEqual(['olaf-brandvik']);
    expect(triples(result)).toContain('olaf-brandvik criticizes latvia');
  });

  it('resolves "his country" to the state of the titled person', () => {
    const result = extractDocument('Estonian President Olaf Brandvik visited Finland. He said his country would help Latvia.', 'doc');
    expect(resolved(result, 'He')).toEqual(['olaf-brandvik']);
    expect(resolved(result, 'his country')).toEqual(['estonia']);
    expect(result.relations.find((r) => r.source === 'estonia' && r.target === 'latvia')).toMatchObject({ predicate: 'aids', modality: 'possible' });
  });

  it('leaves a pronoun unresolved when its antecedent is too far back', () => {
    const result = extractDocument('Vanuatu held elections. The weather changed. The rain stopped. The wind rose. Later it criticized Samoa.', 'doc');
    expect(resolved(result, 'it')).toEqual([]);
    expect(result.relations).toEqual([]);
  });

  it('leaves a pronoun with no candidate unresolved', () => {
    expect(extractDocument('It rained all week in the hills.', 'doc').mentions).toEqual([]);
  });
});

describe('definite descriptions', () => {
  it('resolves "the country" to the last named state', () => {
    const result = extractDocument('Vanuatu held elections. The country later condemned Fiji.', 'doc');
    expect(resolved(result, 'The country')).toEqual(['vanuatu']);
    expect(triples(result)).toContain('vanuatu criticizes fiji');
  });

  it('resolves "the airport" to the airport named before', () => {
    const result = extractDocument('Somali troops secured Mogadishu airport. Gunmen attacked the airport.', 'doc');
    expect(resolved(result, 'the airport')).toEqual(['mogadishu-airport']);
  });

  it('does not resolve a description no entity fits', () => {
    const result = extractDocument('Chile criticized Peru. The bridge collapsed.', 'doc');
    expect(resolved(result, 'The bridge')).toEqual([]);
  });
});

describe('quotations', () => {
  it('resolves "I" inside a quote to the speaker who follows', () => {
    const result = extractDocument('Hungarian President Lena Kovacs said: "I condemn Serbia."', 'doc');
    expect(resolved(result, 'I')).toEqual(['lena-kovacs']);
    expect(triples(result)).toContain('lena-kovacs criticizes serbia');
  });

  it('resolves "we" inside a quote to a speaker named after it', () => {
    const result = extractDocument('"We will never abandon Croatia," said Hungarian President Lena Kovacs.', 'doc');
    expect(resolved(result, 'We')).toEqual(['lena-kovacs']);
  });

  it('leaves "I" outside quotes unresolved', () => {
    const result = extractDocument('Lena Kovacs visited Serbia. I think the visit went well.', 'doc');
    expect(resolved(result, 'I')).toEqual([]);
  });
});

describe('mention records', () => {
  it('gives coreferent mentions offsets that slice the original text', () => {
    const text = 'Estonian President Olaf Brandvik visited Finland. He said his country would help Latvia.';
    const result = extractDocument(text, 'doc');
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('titles as definite descriptions', () => {
  it('resolves "the prime minister" to the last person the article gave that title, and nothing else', () => {
    const result = extractDocument('Prime Minister Tomas Rebelo met Spain. Later the prime minister criticised Greece. The minister of Chile stayed away.', 'doc');
    const triples = result.relations.map((r) => `${r.source} ${r.predicate} ${r.target}`);
    expect(triples).toContain('tomas-rebelo criticizes greece');
    expect(result.mentions.filter((m) => m.entity === 'tomas-rebelo').map((m) => m.text)).toEqual(['Tomas Rebelo', 'the prime minister']);
  });
});
