-- The configuration service (issue 12, point 4): versioned configuration documents per scope — the platform
-- default (`default`), an organisation (`org:<uuid>`), a service (`service:<name>`). Platform-wide rows (no
-- org_id column: an org scope names its organisation). Each version is immutable: a change, or a rollback,
-- appends version n+1 of its scope (a rollback records the version whose values it copied in rolled_back_to).
CREATE TABLE config_versions (
  id             bigserial PRIMARY KEY,
  scope          text NOT NULL CHECK (
                   scope = 'default'
                   OR scope ~ '^service:[a-z][a-z0-9-]{0,39}$'
                   OR scope ~ '^org:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                 ),
  version        integer NOT NULL CHECK (version > 0),
  "values"       jsonb NOT NULL,
  author         text NOT NULL,
  comment        text,
  rolled_back_to integer CHECK (rolled_back_to > 0 AND rolled_back_to < version),
  created_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  UNIQUE (scope, version)
);

-- Versions are never changed nor deleted: history and rollback rely on it.
CREATE FUNCTION config_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'configuration versions are immutable';
END;
$$;

CREATE TRIGGER config_versions_immutable BEFORE UPDATE OR DELETE ON config_versions
  FOR EACH ROW EXECUTE FUNCTION config_versions_immutable();
