// Stage 6: clause rules turn cue verbs and nouns into typed, directed relations with modality and evidence.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { ExtractionResult, Modality } from '../../src/domain/extraction.js';

const triples = (result: ExtractionResult) => result.relations.map((r) => `${r.source} ${r.predicate} ${r.target}`).sort();
const relationsOf = (text: string) => triples(extractDocument(text, 'doc'));
const modalityOf = (text: string, source: string, predicate: string, target: string): Modality | undefined =>
  extractDocument(text, 'doc').relations.find((r) => r.source === source && r.predicate === predicate && r.target === target)?.modality;

describe('verbs', () => {
  it('reads an active clause: subject → object', () => {
    expect(relationsOf('Chile attacked Peru.')).toEqual(['chile attacks peru']);
  });

  it('reads a passive clause: agent → subject', () => {
    expect(relationsOf('Peru was attacked by Chile.')).toEqual(['chile attacks peru']);
  });

  it('reads the target after the preposition of the cue frame', () => {
    expect(relationsOf('Kenya withdrew from Somalia.')).toEqual(['kenya withdraws_from somalia']);
    expect(relationsOf('Argentina sent troops to Paraguay.')).toEqual(['argentina deploys_to paraguay']);
  });

  it('reads a verb with a particle: "call on"', () => {
    expect(relationsOf('Bolivia called on Brazil to reopen the border.')).toContain('bolivia requests brazil');
  });

  it('keeps the direction of a request: "X asked Y"', () => {
    expect(relationsOf('Bolivia asked Brazil for help.')).toEqual(['bolivia requests brazil']);
    expect(relationsOf('Ecuador asked Colombia to withdraw its troops.')).toEqual(['ecuador requests colombia']);
  });

  it('does not read a cue verb without any entity argument', () => {
    expect(relationsOf('Chile attacked the problem with vigour.')).toEqual([]);
  });
});

describe('nouns', () => {
  it('reads "the attack by X on Y"', () => {
    expect(relationsOf('The attack by Chile on Peru was condemned.')).toEqual(['chile attacks peru']);
  });

  it('reads a possessive source: "X\'s request to Y"', () => {
    expect(relationsOf("Bolivia's request to Brazil was rejected.")).toEqual(['bolivia requests brazil']);
  });

  it('reads the sides of "talks between X and Y"', () => {
    expect(relationsOf('Talks between Egypt and Sudan resumed.')).toEqual(['egypt consults sudan']);
  });

  it('reads a light verb with a cue noun: "X could impose sanctions on Y"', () => {
    expect(relationsOf('Senegal could impose sanctions on Gambia.')).toEqual(['senegal sanctions gambia']);
  });
});

describe('coordination', () => {
  it('relates every coordinated subject', () => {
    expect(relationsOf('Kenya, Uganda and Rwanda condemned Sudan.')).toEqual(['kenya criticizes sudan', 'rwanda criticizes sudan', 'uganda criticizes sudan']);
  });

  it('relates every coordinated object', () => {
    expect(relationsOf('Chile attacked Peru and Bolivia.')).toEqual(['chile attacks bolivia', 'chile attacks peru']);
  });

  it('relates coordinated subjects of a symmetric cue to each other', () => {
    expect(relationsOf('Egypt and Ethiopia held talks.')).toEqual(['egypt consults ethiopia']);
  });
});

describe('negation and denial', () => {
  it('emits nothing for a negated clause', () => {
    expect(relationsOf('Kenya did not withdraw from Somalia.')).toEqual([]);
    expect(relationsOf('Ghana never attacked Togo.')).toEqual([]);
  });

  it('emits nothing for what someone refused to do', () => {
    expect(relationsOf('Ghana refused to withdraw from Mali.')).toEqual([]);
  });

  it('emits nothing under a denial', () => {
    expect(relationsOf('Ghana denied that it had attacked Togo.')).toEqual([]);
    expect(relationsOf('Ghana denied attacking Togo.')).toEqual([]);
  });

  it('reads what was demanded as the demand, not as done', () => {
    expect(relationsOf('Uruguay threatened to attack Paraguay.')).toEqual(['uruguay threatens paraguay']);
  });
});

describe('modality', () => {
  it('marks a plain statement asserted', () => {
    expect(modalityOf('Chile attacked Peru.', 'chile', 'attacks', 'peru')).toBe('asserted');
  });

  it('marks "may" possible', () => {
    expect(modalityOf('Ghana may attack Togo.', 'ghana', 'attacks', 'togo')).toBe('possible');
  });

  it('marks "is ready to" and "wants to" intended', () => {
    expect(modalityOf('Ghana is ready to hold talks with Togo.', 'ghana', 'consults', 'togo')).toBe('intended');
    expect(modalityOf('Ghana wants to withdraw from Mali.', 'ghana', 'withdraws_from', 'mali')).toBe('intended');
    expect(modalityOf('Ghana will send troops to Mali.', 'ghana', 'deploys_to', 'mali')).toBe('intended');
  });

  it('marks a clause followed by "if" conditional', () => {
    expect(modalityOf('Ghana will aid Togo if requested.', 'ghana', 'aids', 'togo')).toBe('conditional');
  });
});

describe('evidence', () => {
  const original = '<p>Peru met Chile &amp; Bolivia\u2019s envoys.</p>\n<p>The attack by  <b>Chile</b> on Peru was \u201cbrutal\u201d.</p>';
  const result = extractDocument(original, 'article.html');

  it('carries the document, the sentence index and offsets that slice the original text exactly', () => {
    expect(result.relations.length).toBeGreaterThan(0);
    for (const relation of result.relations) {
      const { doc, start, end, text } = relation.evidence;
      expect(doc).toBe('article.html');
      expect(original.slice(start, end)).toBe(text);
    }
  });

  it('points at the sentence that states the relation, as written', () => {
    const attack = result.relations.find((r) => r.predicate === 'attacks');
    expect(attack).toMatchObject({ source: 'chile', target: 'peru' });
    expect(attack?.evidence.text).toBe('The attack by  <b>Chile</b> on Peru was \u201cbrutal\u201d.');
    expect(attack?.evidence.sentence).toBe(1);
  });

  it('gives a confidence between 0 and 1', () => {
    for (const relation of result.relations) {
      expect(relation.confidence).toBeGreaterThan(0);
      expect(relation.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('participle clauses', () => {
  it('give a participle after a comma the main clause subject', () => {
    expect(relationsOf('Peru recalled its ambassador on Monday, accusing Chile of espionage.')).toContain('peru criticizes chile');
    expect(relationsOf('Peru recalled its ambassador on Monday, accusing Chile of espionage.')).not.toContain('chile criticizes chile');
  });
});
