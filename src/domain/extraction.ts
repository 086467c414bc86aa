// The data that flows out of the extractor. Everything downstream (graph, store, queries, exports)
// reads these shapes and nothing else from extraction.
import type { EntityType, PredicateId } from './ontology.js';

/** Where a fact or mention was stated: character offsets are into the original document text (end exclusive). */
export interface Evidence {
  doc: string;
  /** Index of the sentence in the document (0-based). */
  sentence: number;
  start: number;
  end: number;
  /** The sentence text as written in the original document. */
  text: string;
  /** Id of the extraction rule that read the fact off this sentence ("verb.passive:attack", "name.title";
   *  docs/extraction-rules.md lists the families). Absent for facts imported without one. */
  reason?: string;
}

/** asserted: stated as fact; intended: "is ready to", "plans to", "wants to"; possible: "may", "could", "would";
 *  conditional: "if requested"; reported: attributed claim. */
export const MODALITIES = ['asserted', 'intended', 'possible', 'conditional'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Asserted facts outrank intentions, which outrank possibilities and conditions. */
export const MODALITY_STRENGTH: Readonly<Record<Modality, number>> = { asserted: 3, intended: 2, possible: 1, conditional: 0 };

export function isModality(value: string): value is Modality {
  return (MODALITIES as readonly string[]).includes(value);
}

export interface Mention {
  doc: string;
  start: number;
  end: number;
  text: string;
  entityType: EntityType;
  /** Key of the entity (graph node) the mention resolved to. */
  entity: string;
}

export interface ExtractedEntity {
  /** Deterministic key: a slug of the canonical name ("recep-tayyip-erdogan", "turkey"). */
  key: string;
  /** Canonical name ("Recep Tayyip Erdogan", "Turkey"). */
  label: string;
  entityType: EntityType;
  /** Every other surface form resolved to this entity in this document. */
  aliases: string[];
  /** Number of mentions (including coreferent pronouns and descriptions). */
  mentions: number;
  /** ISO 3166-1 alpha-3 of the state the entity is or belongs to, when known. */
  country?: string;
}

export interface ExtractedRelation {
  source: string;
  target: string;
  predicate: PredicateId;
  modality: Modality;
  /** 0–1: how sure the rule that produced it is. */
  confidence: number;
  evidence: Evidence;
}

export interface ExtractionResult {
  doc: string;
  entities: ExtractedEntity[];
  mentions: Mention[];
  relations: ExtractedRelation[];
  /** News agencies and outlets the document cites as its sources ("told Reuters", "the BBC reported"). */
  sources?: string[];
}

/** What an extractor is: one document's text and id → its extraction (src/extract/index.ts `extractDocument`). */
export type Extractor = (text: string, doc: string) => ExtractionResult;
