// English abbreviations that keep their final period as part of the word (UD English convention:
// "Mr." is one word, and a period after it does not end the sentence). Language data, kept apart
// from the tokeniser's engine.
export const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'maj', 'adm', 'rev', 'hon', 'pres', 'inc', 'corp', 'ltd', 'co', 'bros', 'vs', 'etc', 'al', 'no', 'nos',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave',
  'approx', 'dept', 'est', 'fig', 'vol', 'pp', 'ca', 'cf', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

/** Word-final clitics split off as their own words ("do|n't", "it|'s", "we|'ll"), lower-case, straight apostrophe. */
export const ENGLISH_CLITICS: readonly string[] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/** Words UD English writes as two words without an apostrophe: cannot → can|not, gonna → gon|na. */
export const ENGLISH_SPLIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['cannot', 3], ['gonna', 3], ['wanna', 3], ['gotta', 3],
]);
