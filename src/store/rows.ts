// Typed rows as they come out of SQLite, and the document metadata the rest of the code sees.
export interface DocumentRow {
  id: string;
  seq: number;
  content_hash: string;
  title: string | null;
  text: string;
  url: string | null;
  published: string | null;
  ingested_at: string;
}

export interface EntityRow {
  id: string;
  label: string;
  entity_type: string;
  country: string | null;
  merged_into: string | null;
  merged_at: string | null;
}

export interface DocumentEntityRow {
  doc_id: string;
  extracted_key: string;
  entity_id: string;
  label: string;
  entity_type: string;
  mentions: number;
  country: string | null;
}

export interface AliasRow {
  doc_id: string;
  extracted_key: string;
  alias: string;
}

export interface MentionRow {
  doc_id: string;
  entity_id: string;
  start: number;
  end: number;
  text: string;
  entity_type: string;
}

export interface EvidenceRow {
  relation_id: string;
  source: string;
  predicate: string;
  target: string;
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  modality: string;
  confidence: number;
  /** The extraction rule; '' for rows stored before rules were recorded. */
  reason: string;
}

/** A stored document without its text. */
export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  ingestedAt: string;
  length: number;
  entities: number;
  relations: number;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
  contentHash: string;
}
