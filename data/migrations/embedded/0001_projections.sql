-- Embedded defaults of the projection ports, inside the same PGlite database as the source of truth.

CREATE EXTENSION IF NOT EXISTS vector;

-- graph: labelled nodes and typed edges; traversals are recursive SQL.
CREATE TABLE graph_nodes (
  label   text NOT NULL,
  id      text NOT NULL,
  org_id  text NOT NULL,
  version integer NOT NULL DEFAULT 0,
  props   jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (label, id)
);
CREATE INDEX graph_nodes_org ON graph_nodes (org_id, label);

CREATE TABLE graph_edges (
  from_label text NOT NULL,
  from_id    text NOT NULL,
  type       text NOT NULL,
  to_label   text NOT NULL,
  to_id      text NOT NULL,
  org_id     text NOT NULL,
  PRIMARY KEY (from_label, from_id, type, to_label, to_id)
);
CREATE INDEX graph_edges_to ON graph_edges (to_label, to_id, type);

-- vector: pgvector, one row per record; a collection records the model and dimensions it holds.
CREATE TABLE vector_collections (
  name       text PRIMARY KEY,
  model      text NOT NULL,
  dimensions integer NOT NULL
);
CREATE TABLE vector_records (
  collection text NOT NULL REFERENCES vector_collections (name) ON DELETE CASCADE,
  id         text NOT NULL,
  org_id     text NOT NULL,
  version    integer NOT NULL,
  embedding  vector NOT NULL,
  props      jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (collection, id)
);
CREATE INDEX vector_records_org ON vector_records (collection, org_id);

-- search: weighted tsvector over pre-tokenised text (Chinese runs become bigrams), keywords for filters.
CREATE TABLE search_indexes (
  name text PRIMARY KEY,
  spec jsonb NOT NULL
);
CREATE TABLE search_documents (
  index_name text NOT NULL REFERENCES search_indexes (name) ON DELETE CASCADE,
  id         text NOT NULL,
  org_id     text NOT NULL,
  version    integer NOT NULL,
  fields     jsonb NOT NULL,
  keywords   text[] NOT NULL DEFAULT '{}',
  document   tsvector NOT NULL,
  PRIMARY KEY (index_name, id)
);
CREATE INDEX search_documents_org ON search_documents (index_name, org_id);
CREATE INDEX search_documents_fts ON search_documents USING gin (document);
CREATE INDEX search_documents_keywords ON search_documents USING gin (keywords);
