// The relation ontology: event predicates aligned with CAMEO root codes, plus standing relations.
// Ids and labels follow docs/contract.md; this table is the single source for every layer
// (extractor, graph, API, exports, web legend).

export type EntityType = 'person' | 'organization' | 'country' | 'location' | 'facility';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'country', 'location', 'facility'];

/** CAMEO "quad class": 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

export type PredicateId =
  | 'makes_statement' | 'requests' | 'offers' | 'consults' | 'agrees_with' | 'cooperates_with' | 'aids'
  | 'withdraws_from' | 'investigates' | 'demands' | 'criticizes' | 'rejects' | 'threatens' | 'protests'
  | 'deploys_to' | 'sanctions' | 'coerces' | 'attacks' | 'fights'
  | 'leader_of' | 'official_of' | 'member_of' | 'participates_in' | 'part_of' | 'located_in' | 'controls';

export interface PredicateDefinition {
  id: PredicateId;
  /** Readable form used as the edge label: "withdraws from". */
  label: string;
  /** CAMEO root code for event predicates; null for standing relations. */
  cameo: string | null;
  quadClass: QuadClass | null;
  kind: 'event' | 'standing';
  /** True when "A p B" implies "B p A" (talks, agreements, fighting). */
  symmetric: boolean;
}

const event = (id: PredicateId, label: string, cameo: string, quadClass: QuadClass, symmetric = false): PredicateDefinition =>
  ({ id, label, cameo, quadClass, kind: 'event', symmetric });
const standing = (id: PredicateId, label: string): PredicateDefinition =>
  ({ id, label, cameo: null, quadClass: null, kind: 'standing', symmetric: false });

export const PREDICATES: readonly PredicateDefinition[] = [
  event('makes_statement', 'makes statement about', '01', 1),
  event('requests', 'requests', '02', 1),
  event('offers', 'offers', '03', 1),
  event('consults', 'holds talks with', '04', 1, true),
  event('agrees_with', 'agrees with', '05', 1, true),
  event('cooperates_with', 'cooperates with', '06', 2, true),
  event('aids', 'provides aid to', '07', 2),
  event('withdraws_from', 'withdraws from', '08', 2),
  event('investigates', 'investigates', '09', 3),
  event('demands', 'demands', '10', 3),
  event('criticizes', 'criticizes', '11', 3),
  event('rejects', 'rejects', '12', 3),
  event('threatens', 'threatens', '13', 3),
  event('protests', 'protests against', '14', 3),
  event('deploys_to', 'deploys forces to', '15', 4),
  event('sanctions', 'reduces relations with', '16', 4),
  event('coerces', 'coerces', '17', 4),
  event('attacks', 'attacks', '18', 4),
  event('fights', 'fights', '19', 4, true),
  standing('leader_of', 'leader of'),
  standing('official_of', 'official of'),
  standing('member_of', 'member of'),
  standing('participates_in', 'participates in'),
  standing('part_of', 'part of'),
  standing('located_in', 'located in'),
  standing('controls', 'controls'),
];

export const PREDICATE_BY_ID: ReadonlyMap<PredicateId, PredicateDefinition> = new Map(PREDICATES.map((p) => [p.id, p]));

export function isPredicateId(value: string): value is PredicateId {
  return PREDICATE_BY_ID.has(value as PredicateId);
}

export function predicateDefinition(id: PredicateId): PredicateDefinition {
  const def = PREDICATE_BY_ID.get(id);
  if (!def) throw new Error(`unknown predicate: ${id}`);
  return def;
}
