// The tables of schema version 1. Documents own everything extracted from them (ON DELETE CASCADE), so
// removing a document removes its mentions, aliases and evidence in one statement; relations and
// entities are shared across documents and are pruned when no evidence is left for them.
export const VERSION_1_TABLES = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  text TEXT NOT NULL,
  url TEXT,
  published TEXT,
  ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  country TEXT,
  -- Set when the entity was merged by hand into another one; cleared again by a split.
  merged_into TEXT REFERENCES entities(id),
  merged_at TEXT
);
CREATE INDEX IF NOT EXISTS entities_merged_into ON entities(merged_into);
-- One document's view of an entity: the surface label, aliases and mention count it contributed.
CREATE TABLE IF NOT EXISTS document_entities (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  extracted_key TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  label TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  country TEXT,
  PRIMARY KEY (doc_id, extracted_key)
);
CREATE INDEX IF NOT EXISTS document_entities_entity ON document_entities(entity_id);
CREATE TABLE IF NOT EXISTS aliases (
  doc_id TEXT NOT NULL,
  extracted_key TEXT NOT NULL,
  alias TEXT NOT NULL,
  FOREIGN KEY (doc_id, extracted_key) REFERENCES document_entities(doc_id, extracted_key) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS aliases_owner ON aliases(doc_id, extracted_key);
CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  entity_type TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS relations (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL REFERENCES entities(id),
  predicate TEXT NOT NULL,
  target TEXT NOT NULL REFERENCES entities(id)
);
CREATE TABLE IF NOT EXISTS evidence (
  id INTEGER PRIMARY KEY,
  relation_id TEXT NOT NULL REFERENCES relations(id),
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  modality TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_doc ON evidence(doc_id);
CREATE INDEX IF NOT EXISTS evidence_relation ON evidence(relation_id);
`;

