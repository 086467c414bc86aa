// The CAMEO dictionary conversion on a hand-written excerpt in PETRARCH's verb-file layout.
import { describe, expect, it } from 'vitest';
import { convert } from '../../scripts/cameo-lexicon.js';

const EXCERPT = `
####### VERB PATTERNS #######
---  BLAME   [112]  ---
ACCUSE [112]
CHARGE
CONDEMN [111]
- * (FOR +)                                          [111]         # CONDEMN
- * KILLING (OF ^)                                    [111]         # CONDEMN

---  DISTANCE   [---]  ---
DISTANCE
- * (FROM)                                            [110]         # DISTANCE

---  SAY   [010]  ---
SAY {SAYS SAID SAYING }

---  CRACK   [---]  ---
CRACK_DOWN [173]  # coder note
`;

describe('convert', () => {
  const cues = convert(EXCERPT);
  const find = (lemma: string, particle?: string) => cues.filter((c) => c.lemma === lemma && c.particle === particle);

  it('maps verbs to the predicate of their CAMEO root, marking which carry their own code', () => {
    expect(find('accuse')).toEqual([{ lemma: 'accuse', code: '112', predicate: 'criticizes', direct: true, preps: [], explicit: true }]);
    expect(find('charge')[0]).toMatchObject({ code: '112', predicate: 'criticizes', explicit: false });
    expect(find('crack', 'down')[0]).toMatchObject({ code: '173', predicate: 'coerces', explicit: true });
  });

  it('turns "verb (PREP)" patterns into prepositional cues of the pattern’s code', () => {
    expect(find('distance')).toEqual([{ lemma: 'distance', code: '110', predicate: 'criticizes', direct: false, preps: ['from'], explicit: true }]);
    expect(find('condemn').map((c) => `${c.predicate}:${c.direct}:${c.preps.join()}`).sort()).toEqual(['criticizes:false:for', 'criticizes:true:']);
  });

  it('leaves out roots the ontology keeps to the hand lexicon (statements)', () => {
    expect(find('say')).toEqual([]);
  });
});
