// Word lists that tell what a name or a noun phrase denotes. Lower-case; matched on single tokens.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** A capitalised word among these makes a name an organisation ("Defense Ministry", "Kestrel Party"). */
export const ORGANIZATION_HEADS = words(`
  ministry department agency council committee commission party movement front army forces navy airforce police
  guard guards bank fund organization organisation union association alliance group company corporation corp inc ltd
  plc university court parliament congress senate assembly government office institute brigade brigades militia
  authority service services cabinet federation league coalition network foundation bureau board tribunal directorate
  command corps community battalion regiment club society secretariat administration agency news times post television radio
  broadcaster airlines airways industries holdings group consortium council junta mission taskforce unit
`);

/** ...a facility ("Kabul International Airport", "Zaporizhzhia Nuclear Power Plant"). */
export const FACILITY_HEADS = words(`
  airport airbase base port harbour harbor station bridge dam plant reactor embassy consulate palace hospital prison
  stadium refinery pipeline mine camp crossing checkpoint terminal tower building facility complex canal highway
  mosque church cathedral temple square barracks headquarters compound school academy arena airfield seaport
`);

/** Facility heads that also attach in lower case after a place name ("Kabul airport", "Gaza border crossing"). */
export const LOWERCASE_FACILITY_HEADS = words(`
  airport airbase port harbour harbor embassy consulate prison refinery airfield seaport
`);

/** ...a location ("Jordan River", "Donetsk Region"). */
export const LOCATION_HEADS = words(`
  river sea ocean mountains mount province region valley strait gulf city district island islands peninsula county
  desert lake coast bay territory territories oblast governorate prefecture basin plateau plain heights corridor strip
  bank shoal reef reefs atoll archipelago hills canyon lagoon line
`);

/**
 * Common nouns for the people and bodies that act for a state or organisation: "Turkish troops",
 * "Ankara's military", "the government of Japan", "Taliban fighters" act for Turkey, Japan, the Taliban.
 */
export const ACTOR_NOUNS = words(`
  government governments administration authorities authority officials official forces force troops military army
  navy soldiers police diplomats diplomat leaders leader leadership regime cabinet delegation negotiators negotiator
  spokesman spokeswoman spokesperson envoy envoys militants fighters rebels insurgents ministry ministers minister
  president premier chancellor parliament lawmakers legislators junta warplanes jets warships drones state
  representatives representative ambassador prosecutors prosecutor investigators inspectors regulators judges court
  board aircraft artillery guard guards commandos agents intelligence coastguard gunboats vessels ships officers
  spokespeople members supporters mediators delegates delegation services counterpart counterparts
`);

/** Actor nouns that are military, for "send troops to" → deploys forces to. */
export const MILITARY_NOUNS = words(`
  troops forces force soldiers military army navy warships warship jets warplanes fighter fighters tanks units
  battalions brigades marines peacekeepers personnel contingent presence
`);

/** Military nouns for people and ships, that are deployed rather than handed over ("send troops" vs "send tanks"). */
export const DEPLOYABLE_NOUNS = words(`
  troops forces force soldiers military army navy warships warship units battalions brigades marines peacekeepers
  personnel contingent presence sailors officers advisers advisors instructors
`);

/** Weapons and equipment: a name before them is a model, not an actor ("Leopard tanks", "Patriot missiles"). */
export const EQUIPMENT_NOUNS = words(`
  tanks tank missiles missile jets jet drones drone rockets rocket systems system howitzers helicopters helicopter
  aircraft vehicles vehicle launchers launcher rifles shells fighter fighters vaccine vaccines
`);

/** Generic place nouns before "of" + a name: "the city of Kherson", "the province of Idlib". */
export const PLACE_NOUNS = words(`
  city town village region province district capital port area state country territory island enclave
`);

/** Words after a group name that do not change the entity ("Taliban movement", "Hamas militants"). */
export const GROUP_SUFFIXES = words(`
  movement group militants fighters insurgents rebels militia leaders leadership
`);

/** Capitalised words that never start or belong to an entity name. */
export const NOT_NAME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec i mr mrs ms dr sir madam god today yesterday tomorrow tonight earlier later
  still moreover furthermore however meanwhile also but and or the a an this that these those it its he she they we
  you his her their our my your following after before during since while when where although though if as in on
  at by for from of to with without about above below over under between among against according another other one
  two three four five six seven eight nine ten last next says said told added stated
  breaking update exclusive analysis opinion editorial watch video photos live reuters-style
`);

/** Honorifics that mark the next name as a person and are not titles of office. */
export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady sheikh sheik imam rabbi father sister brother
`);

/** Heads of names that denote no actor or place: treaties, laws, plans ("Indus Waters Treaty"). */
export const NON_ENTITY_HEADS = words(`
  treaty agreement accord accords convention protocol act law charter plan initiative doctrine declaration resolution
  strategy summit conference talks war games olympics cup prize award
`);

/** Prepositions after which a place is a location, not an actor ("in Kabul", "to Moscow"). */
export const LOCATIVE_PREPOSITIONS = words(`
  in at near into inside outside across around throughout within from via toward towards through
`);

/** Lower-case particles inside personal names ("Ursula von der Leyen", "Abu Bakr al-Baghdadi"). */
export const NAME_PARTICLES = words(`
  von van der den de del della di da du la le bin ibn al el abu ben
`);

/** Nouns that describe an organisation without naming it ("the group", "the bloc"). */
export const GENERIC_BODY_NOUNS = words('group movement organisation organization militia alliance bloc faction insurgency union');
/** ...of which these stand for an international body ("the bloc" after "the EU"), the others for a group. */
export const INTERNATIONAL_BODY_NOUNS = words('alliance bloc union organisation organization');
/** Nouns after a demonym that make it a person ("Kenyan officials"). */
export const PERSON_NOUNS = words(`official officials spokesman spokeswoman spokesperson minister president diplomat diplomats envoy
  ambassador leader leaders source sources commander negotiator negotiators`);
/** Nouns of membership: "NATO member Turkey", "a member of the alliance". */
export const MEMBER_WORDS = words('member members ally');

/** What "provide"/"send"/"deliver" give when the cue is aid ("send aid", "deliver weapons"). */
export const AID_NOUNS: ReadonlySet<string> = new Set([...EQUIPMENT_NOUNS, ...words(`aid assistance support help weapons arms supplies
  funding funds loans loan equipment ammunition food medicine vaccines relief money grants missiles tanks training`)]);
