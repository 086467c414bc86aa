// English function words and closed word classes the engine reads clause structure with. The engine
// refers to these by role ("the genitive preposition", "a negator"), never by the words themselves.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Single function words, by the role the engine gives them. */
export const W = {
  /** Genitive / partitive preposition: "the city of Kherson", "members of NATO". */
  of: 'of',
  /** Passive agent marker: "was attacked by X". */
  by: 'by',
  /** Infinitive marker and dative preposition: "plans to withdraw", "sent aid to". */
  to: 'to',
  /** Purpose / beneficiary preposition, often mis-tagged: "called for", "aid for". */
  for: 'for',
  /** Coordinating conjunction that joins actors: "Kenya and Uganda". */
  and: 'and',
  /** Definite article, which opens a description: "the party". */
  the: 'the',
  /** Complementizer: "insisted that X withdraw". */
  that: 'that',
  /** Relative pronouns that open a clause about the phrase before. */
  which: 'which',
  who: 'who',
  /** Particle of "pull out of". */
  out: 'out',
  /** Containment: "Lyon in France". */
  in: 'in',
  /** The reciprocal preposition of "talks between A and B". */
  between: 'between',
  /** The noun of "the country", resolved to the most recent named country. */
  country: 'country',
} as const;

export const ARTICLES = words('the a an');
/** Possessive endings, singular and plural: "Japan's", "the Greens'". */
export const POSSESSIVE_MARKERS: ReadonlySet<string> = new Set(["'s", "'"]);
export const NEGATORS = new Set(['not', "n't", 'never', 'no']);
export const BE_FORMS = words('is are was were been being be get got gets');
export const RELATIVE_PRONOUNS = words('who which that whose');
/** Possessive determiners: they open a phrase rather than end one ("its forces"). */
export const POSSESSIVE_DETERMINERS = words('its their his her our my your');
/** Words tagged as prepositions that open a clause ("as the United States withdraws"). */
export const SUBORDINATORS = words('as after before since until while though although once because if when whereas unless');
/** Punctuation that ends a clause. */
export const CLAUSE_BREAKS = new Set([';', ':', '"', '(', ')', '?', '!']);
/** Words that make what follows a condition: "will send troops if asked". */
export const CONDITIONALS = words('if unless');
/** Subordinators that end a that-clause's reach: "warned that ... after the attack". */
export const COMPLEMENT_STOPS = words('after because');
/** Prepositions joining a name to the next in a longer name ("Bank of England", "Doctors for Peace"). */
export const NAME_CONNECTORS = words('of for');
/** Prepositions of a title's owner ("minister of defence", "ambassador to Chad"). */
export const TITLE_OWNER_PREPOSITIONS = words('of to');

/** Pronouns by the antecedents they take. */
export const SINGULAR_PERSONAL = words('he him his she her hers himself herself');
export const NEUTER = words('it its itself');
export const PLURAL = words('they them their theirs themselves');
export const FIRST_PERSON = words('i me my we us our');

/** Direction adjectives that name no one on their own ("Western military aid") but start names ("Western Sahara"). */
export const COMPASS_ADJECTIVES = words('western eastern northern southern central');
export const ORDINALS = words('first second third fourth fifth');

/** Word shapes the engine reads morphology from. */
export const SHAPES = {
  /** A past participle: "X, led by Y". */
  pastParticiple: /ed$/,
  /** A gerund or present participle: not passive ("is attacking"); a sentence-opening nominal ("Sending troops…"). */
  gerund: /ing$/,
  /** Nouns for groups of people ("gunmen", "servicemen"), never names. */
  peopleNoun: /men$/,
  /** Name particles written with a hyphen before a capital ("al-Assad", "bin-Salman"). */
  nameParticle: /^(al|el|bin|ibn|abu|ben)-[A-Z]/,
} as const;
