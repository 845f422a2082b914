-- Supergraph hot reload (issue 12, point 3): every subgraph instance's schema, kept by its sha256 when
-- it registers, and the supergraphs the control plane composed from them. Platform-wide rows (no org_id).
CREATE TABLE service_schemas (
  hash          text PRIMARY KEY,
  service       text NOT NULL,
  sdl           text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  -- Set when composition refused this schema: its instances stay UNHEALTHY (a fixed schema is a new hash).
  refused_at    timestamptz,
  refusal       text
);
CREATE INDEX service_schemas_service ON service_schemas (service, first_seen_at DESC);

-- The current supergraph is the newest by composed_at (a set composed again, a rollback, moves it up).
CREATE TABLE supergraphs (
  id            bigserial PRIMARY KEY,
  hash          text NOT NULL UNIQUE,
  sdl           text NOT NULL,
  -- The subgraph schema hashes it was composed from: {"talent": "<sha256>", ...}.
  schema_hashes jsonb NOT NULL,
  composed_at   timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX supergraphs_composed_at ON supergraphs (composed_at DESC, id DESC);
