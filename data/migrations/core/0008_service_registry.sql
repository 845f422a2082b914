-- The service registry (issue 12): every Looma service instance registers itself when it starts,
-- heartbeats while it runs and deregisters when it stops. Platform-wide rows (no org_id), like signing_keys.
CREATE TABLE service_instances (
  id                text PRIMARY KEY,
  service           text NOT NULL,
  url               text NOT NULL,
  version           text NOT NULL,
  schema_hash       text NOT NULL,
  capacity          integer NOT NULL,
  state             text NOT NULL CHECK (state IN ('STARTING', 'HEALTHY', 'DEGRADED', 'UNHEALTHY', 'DRAINING')),
  registered_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  last_heartbeat_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  deregistered_at   timestamptz
);
CREATE INDEX service_instances_live ON service_instances (service, registered_at) WHERE deregistered_at IS NULL;

-- What happened to an instance: registered, state changes, drained, deregistered.
CREATE TABLE registry_events (
  id         bigserial PRIMARY KEY,
  instance   text NOT NULL REFERENCES service_instances (id),
  kind       text NOT NULL,
  from_state text,
  to_state   text,
  at         timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  detail     text
);
CREATE INDEX registry_events_at ON registry_events (at DESC, id DESC);
