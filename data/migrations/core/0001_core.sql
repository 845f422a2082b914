-- Timestamps are kept to the millisecond, as JavaScript and the keyset cursors see them.
-- The source of truth: tenants, the first talent-domain tables, and the transactional outbox.

CREATE TABLE orgs (
  id         uuid PRIMARY KEY,
  slug       text NOT NULL UNIQUE,
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE talents (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES orgs (id),
  name       text NOT NULL,
  headline   text,
  skills     text[] NOT NULL DEFAULT '{}',
  version    integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
-- Keyset pagination: newest first, id as the tie-breaker, always within one org.
CREATE INDEX talents_org_created ON talents (org_id, created_at DESC, id DESC);

CREATE TABLE jobs (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES orgs (id),
  title      text NOT NULL,
  department text,
  location   text,
  skills     text[] NOT NULL DEFAULT '{}',
  status     text NOT NULL DEFAULT 'OPEN',
  version    integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX jobs_org_created ON jobs (org_id, created_at DESC, id DESC);

-- A write and its event commit together; the projector applies events to graph, vector and search.
CREATE TABLE outbox (
  id                bigserial PRIMARY KEY,
  org_id            uuid NOT NULL,
  aggregate_type    text NOT NULL,
  aggregate_id      uuid NOT NULL,
  aggregate_version integer NOT NULL,
  event_type        text NOT NULL,
  payload           jsonb NOT NULL,
  state             text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
  attempts          integer NOT NULL DEFAULT 0,
  available_at      timestamptz NOT NULL DEFAULT now(),
  leased_until      timestamptz,
  last_error        text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  processed_at      timestamptz
);
CREATE INDEX outbox_pending ON outbox (available_at, id) WHERE state = 'pending';
CREATE INDEX outbox_aggregate ON outbox (aggregate_type, aggregate_id);
