// Standing relations read off names and appositions: titles, bodies of states, places of facilities, membership.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const standing = (text: string) =>
  extractDocument(text, 'doc').relations
    .filter((r) => ['leader_of', 'official_of', 'member_of', 'part_of', 'located_in'].includes(r.predicate))
    .map((r) => `${r.source} ${r.predicate} ${r.target}`)
    .sort();

describe('titles', () => {
  it('makes a minister an official of the state that precedes the title', () => {
    expect(standing('Kenyan Ambassador Ruth Wanjiru arrived.')).toEqual(['ruth-wanjiru official_of kenya']);
  });

  it('makes a president or prime minister the leader of the state', () => {
    expect(standing('Estonian President Olaf Brandvik arrived.')).toEqual(['olaf-brandvik leader_of estonia']);
    expect(standing('Dutch Prime Minister Mark Rutte arrived.')).toEqual(['mark-rutte leader_of netherlands']);
  });

  it('relates each of two coordinated titled people to their own state', () => {
    expect(standing('Irish Foreign Minister Aoife Brennan and Danish Defence Minister Sofie Lund met in Brussels.')).toEqual([
      'aoife-brennan official_of ireland',
      'sofie-lund official_of denmark',
    ]);
  });

  it('gives no title relation to a person without an owner', () => {
    expect(standing('Minister Olaf Brandvik arrived in Oslo.')).toEqual([]);
  });
});

describe('apposition', () => {
  it('reads "Person, Owner\'s title,"', () => {
    expect(standing("Hiroshi Tanabe, Japan's defence minister, visited Fiji.")).toEqual(['hiroshi-tanabe official_of japan']);
  });

  it('reads "Person, the title of Owner,"', () => {
    expect(standing('Hiroshi Tanabe, the defence minister of Japan, visited Fiji.')).toEqual(['hiroshi-tanabe official_of japan']);
  });

  it('reads "Owner\'s title, Person,"', () => {
    expect(standing("Ethiopia's prime minister, Abiy Tesfaye, met Kenya.")).toEqual(['abiy-tesfaye leader_of ethiopia']);
  });
});

describe('bodies and places', () => {
  it('makes a body named with its state part of that state', () => {
    expect(standing('The Malian Army withdrew.')).toEqual(['malian-army part_of mali']);
    expect(standing("Chile's Ministry of Defence issued a statement.")).toEqual(['chilean-ministry-of-defence part_of chile']);
  });

  it('locates a facility in the city it is named after', () => {
    expect(standing('Somali troops secured Mogadishu airport.')).toEqual(['mogadishu-airport located_in mogadishu']);
  });
});

describe('membership', () => {
  it('reads "X, a member of Y,"', () => {
    expect(standing('Poland, a member of the European Union, protested.')).toEqual(['poland member_of european-union']);
  });

  it('reads "Y member X"', () => {
    expect(standing('Officials said European Union member Poland protested.')).toContain('poland member_of european-union');
  });

  it('marks standing relations asserted with evidence from their sentence', () => {
    const text = 'Talks began.\nKenyan Ambassador Ruth Wanjiru arrived.';
    const [relation] = extractDocument(text, 'doc').relations;
    expect(relation).toMatchObject({ predicate: 'official_of', modality: 'asserted' });
    expect(relation.evidence).toMatchObject({ sentence: 1, text: 'Kenyan Ambassador Ruth Wanjiru arrived.' });
    expect(text.slice(relation.evidence.start, relation.evidence.end)).toBe(relation.evidence.text);
  });
});

describe('titles around a name', () => {
  const standing = (text: string) => extractDocument(text, 'doc').relations
    .filter((r) => r.predicate === 'leader_of' || r.predicate === 'official_of').map((r) => `${r.source} ${r.predicate} ${r.target} ${r.evidence.reason}`);

  it('reads a plural possessive owner in apposition ("the Greens\' parliamentary leader")', () => {
    expect(standing("Marta Quintas, the Greens' parliamentary leader, spoke in Lisbon.")).toEqual(['marta-quintas leader_of greens apposition.person-title']);
  });

  it('reads "title Person of Body"', () => {
    expect(standing('He met opposition leader Joao Falcao of the Social Democratic Party.')).toEqual(['joao-falcao leader_of social-democratic-party apposition.title-person-of']);
    expect(standing('He met Joao Falcao of the Social Democratic Party.')).toEqual([]);
  });
});
