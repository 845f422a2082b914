-- The embedder revision a vector collection was created with (the taxonomies' content the embedding read):
-- another one at start is a warning to reindex. Null: created before revisions were recorded.
ALTER TABLE vector_collections ADD COLUMN revision text;
