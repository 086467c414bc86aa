// Titles of office. A title between an owner (country, organisation) and a person's name makes a
// standing relation: heads of state, government or organisations are `leader_of`, everyone else
// with an office is `official_of` ("Turkish Defense Minister Hulusi Akar" → Akar official_of Turkey).

export type TitleRole = 'leader' | 'official';

/** Title head words (lower case) and the role they give. Modifiers before them ("Defense", "Foreign",
 *  "National Security") are part of the title. */
export const TITLE_HEADS: Readonly<Record<string, TitleRole>> = {
  president: 'leader', 'president-elect': 'leader', premier: 'leader', chancellor: 'leader', king: 'leader',
  queen: 'leader', emperor: 'leader', emir: 'leader', amir: 'leader', sultan: 'leader', monarch: 'leader',
  'secretary-general': 'leader', 'director-general': 'leader', chairman: 'leader', chairwoman: 'leader',
  chairperson: 'leader', chair: 'leader', leader: 'leader', ayatollah: 'leader', pope: 'leader', dictator: 'leader',
  taoiseach: 'leader', shah: 'leader', 'head': 'leader', ceo: 'leader', founder: 'leader', mayor: 'leader',
  governor: 'official', minister: 'official', secretary: 'official', ambassador: 'official', envoy: 'official',
  spokesman: 'official', spokeswoman: 'official', spokesperson: 'official', adviser: 'official', advisor: 'official',
  senator: 'official', lawmaker: 'official', legislator: 'official', congressman: 'official', congresswoman: 'official',
  general: 'official', gen: 'official', 'gen.': 'official', admiral: 'official', commander: 'official',
  colonel: 'official', 'col.': 'official', lieutenant: 'official', major: 'official', marshal: 'official',
  official: 'official', diplomat: 'official', negotiator: 'official', deputy: 'official', representative: 'official',
  'attorney-general': 'official', prosecutor: 'official', judge: 'official', justice: 'official', chief: 'official',
  director: 'official', coordinator: 'official', commissioner: 'official', mp: 'official', speaker: 'official',
  'vice-president': 'official', vice: 'official', crown: 'official', prince: 'official', princess: 'official',
  sen: 'official', 'sen.': 'official', rep: 'official', 'rep.': 'official', gov: 'official', 'gov.': 'official',
  'lt.': 'official', 'lt': 'official', 'maj.': 'official', 'sgt.': 'official', sergeant: 'official',
  consul: 'official', attache: 'official', militant: 'official', commander_in_chief: 'leader',
};

/** Two-word titles whose role differs from their last word's ("Prime Minister", "Vice President"). */
export const COMPOUND_TITLES: Readonly<Record<string, TitleRole>> = {
  'prime minister': 'leader', 'first minister': 'leader', 'chief minister': 'leader', 'supreme leader': 'leader',
  'head of state': 'leader', 'crown prince': 'leader', 'vice president': 'official', 'deputy prime minister': 'official',
  'chief executive': 'leader', 'army chief': 'official', 'foreign minister': 'official', 'defence minister': 'official',
  'defense minister': 'official', 'secretary general': 'leader', 'director general': 'leader', 'secretary of state': 'official',
  'attorney general': 'official', 'chief of staff': 'official', 'security adviser': 'official', 'security advisor': 'official',
};

/** Words that can stand in a title before its head ("Defense", "Foreign", "National Security", "Deputy"). */
export const TITLE_MODIFIERS = new Set([
  'defense', 'defence', 'foreign', 'finance', 'interior', 'home', 'justice', 'trade', 'economy', 'economic', 'energy',
  'health', 'education', 'agriculture', 'transport', 'culture', 'labour', 'labor', 'environment', 'oil', 'industry',
  'national', 'security', 'deputy', 'vice', 'acting', 'former', 'senior', 'top', 'chief', 'prime', 'first',
  'supreme', 'military', 'army', 'navy', 'intelligence', 'state', 'federal', 'regional', 'provincial', 'foreign-affairs',
  'affairs', 'central', 'bank', 'economic', 'development', 'communications', 'information', 'veterans', 'immigration',
  'commerce', 'treasury', 'war', 'peace', 'special', 'general', 'assistant', 'junior', 'parliamentary', 'opposition',
  'party', 'rebel', 'militia', 'ruling', 'union', 'trade-union', 'police', 'air', 'force', 'staff', 'joint',
  'ministry', 'government', 'embassy', 'presidential', 'cabinet', 'kremlin', 'white', 'house', 'pentagon', 'department', 'policy', 'affairs', 'relations',
]);
