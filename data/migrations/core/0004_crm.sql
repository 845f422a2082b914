-- The talent CRM domain: the full talent profile, jobs with pipelines, applications and their
-- stage moves, notes, tags and pools, relationships between talents, upstream ids for sync, and
-- the audit log. Actor columns are text: a user id, an API key id or 'system'.

-- Talent ---------------------------------------------------------------------------------------

ALTER TABLE talents
  ADD COLUMN latin_name          text,
  ADD COLUMN chinese_name        text,
  ADD COLUMN years_of_experience numeric(4, 1),
  ADD COLUMN languages           text[] NOT NULL DEFAULT '{}',
  -- [{ "kind": "LINKEDIN" | "GITHUB" | "WEBSITE" | "PORTFOLIO" | "OTHER", "url": "https://…" }]
  ADD COLUMN links               jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN source              text NOT NULL DEFAULT 'SOURCED',
  ADD COLUMN owner_id            uuid,
  -- ACTIVE and ARCHIVED are visible; MERGED and ERASED rows are tombstones that keep counts,
  -- foreign keys and the audit trail without the person.
  ADD COLUMN status              text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED', 'MERGED', 'ERASED')),
  ADD COLUMN archived_at         timestamptz,
  ADD COLUMN merged_into         uuid REFERENCES talents (id),
  ADD COLUMN erased_at           timestamptz,
  -- [{ "purpose": "RECRUITING" | "TALENT_POOL" | "MARKETING", "givenAt": iso, "expiresAt": iso | null, "source": text }]
  ADD COLUMN consent             jsonb NOT NULL DEFAULT '[]',
  -- [{ "company": text, "title": text | null, "start": "YYYY-MM" | null, "end": "YYYY-MM" | null }]
  -- (worked-with relationships are derived from overlapping employments at one company)
  ADD COLUMN employments         jsonb NOT NULL DEFAULT '[]',
  -- Lowercased, NFKC-less copy of skills for case-insensitive filters (kept by the trigger below).
  ADD COLUMN skill_keys          text[] NOT NULL DEFAULT '{}';

CREATE FUNCTION talents_skill_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.skill_keys := ARRAY(SELECT DISTINCT lower(btrim(s)) FROM unnest(NEW.skills) AS s);
  RETURN NEW;
END
$$;
CREATE TRIGGER talents_skill_keys BEFORE INSERT OR UPDATE OF skills ON talents
  FOR EACH ROW EXECUTE FUNCTION talents_skill_keys();
UPDATE talents SET skills = skills;

CREATE INDEX talents_org_updated ON talents (org_id, updated_at DESC, id DESC);
CREATE INDEX talents_org_name ON talents (org_id, name, id);
CREATE INDEX talents_skill_keys ON talents USING gin (skill_keys);
CREATE INDEX talents_org_owner ON talents (org_id, owner_id);

-- Upstream systems' ids: `importTalents` upserts by (source, externalId). A merge moves the ids of
-- the merged talents to the one kept, so a later import still finds the person.
CREATE TABLE talent_external_ids (
  org_id      uuid NOT NULL REFERENCES orgs (id),
  source      text NOT NULL,
  external_id text NOT NULL,
  talent_id   uuid NOT NULL REFERENCES talents (id),
  -- A hash of the row last imported: the same row again is `UNCHANGED` without a diff.
  row_hash    text,
  imported_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  PRIMARY KEY (org_id, source, external_id)
);
CREATE INDEX talent_external_ids_talent ON talent_external_ids (talent_id);

-- Jobs and pipelines ---------------------------------------------------------------------------

ALTER TABLE jobs
  ADD COLUMN description      text,
  ADD COLUMN remote_policy    text NOT NULL DEFAULT 'ONSITE' CHECK (remote_policy IN ('ONSITE', 'HYBRID', 'REMOTE')),
  ADD COLUMN employment_type  text NOT NULL DEFAULT 'FULL_TIME'
    CHECK (employment_type IN ('FULL_TIME', 'PART_TIME', 'CONTRACT', 'INTERNSHIP', 'TEMPORARY')),
  -- { "min": number | null, "max": number | null, "currency": "CNY", "period": "YEAR" | "MONTH" | "HOUR" }
  ADD COLUMN salary           jsonb,
  ADD COLUMN required_skills  text[] NOT NULL DEFAULT '{}',
  ADD COLUMN preferred_skills text[] NOT NULL DEFAULT '{}',
  ADD COLUMN min_years        numeric(4, 1),
  -- The job's own stages ([{ "key", "name", "kind" }] in order), or null for the org's.
  ADD COLUMN stages           jsonb,
  ADD COLUMN created_by       text;
-- `skills` stays: required then preferred, what search and matching read.
UPDATE jobs SET required_skills = skills;
CREATE INDEX jobs_org_status ON jobs (org_id, status, created_at DESC, id DESC);

CREATE TABLE job_hiring_team (
  org_id   uuid NOT NULL REFERENCES orgs (id),
  job_id   uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  user_id  uuid NOT NULL,
  role     text NOT NULL CHECK (role IN ('HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER', 'COORDINATOR')),
  added_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  PRIMARY KEY (job_id, user_id)
);
CREATE INDEX job_hiring_team_user ON job_hiring_team (org_id, user_id);

-- An org's default pipeline; an org without rows uses Looma's (applied, screening, interview,
-- offer, hired, rejected). `kind` says what a stage means to the rules: a move out of a HIRED or
-- REJECTED stage needs a reopen.
CREATE TABLE pipeline_stages (
  org_id   uuid NOT NULL REFERENCES orgs (id),
  key      text NOT NULL,
  name     text NOT NULL,
  position integer NOT NULL,
  kind     text NOT NULL CHECK (kind IN ('ACTIVE', 'HIRED', 'REJECTED')),
  PRIMARY KEY (org_id, key)
);

CREATE TABLE applications (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES orgs (id),
  talent_id        uuid NOT NULL REFERENCES talents (id),
  job_id           uuid NOT NULL REFERENCES jobs (id),
  stage            text NOT NULL,
  status           text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'HIRED', 'REJECTED')),
  rejection_reason text,
  created_by       text,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  updated_at       timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  -- One application per talent and job.
  UNIQUE (org_id, talent_id, job_id)
);
CREATE INDEX applications_org_created ON applications (org_id, created_at DESC, id DESC);
CREATE INDEX applications_org_job_stage ON applications (org_id, job_id, stage, created_at DESC, id DESC);
CREATE INDEX applications_org_talent ON applications (org_id, talent_id);

-- Every stage move, with who and when (the first row is the application's creation).
CREATE TABLE application_stage_moves (
  id             bigserial PRIMARY KEY,
  org_id         uuid NOT NULL REFERENCES orgs (id),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  from_stage     text,
  to_stage       text NOT NULL,
  reason         text,
  actor_id       text,
  moved_at       timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX application_stage_moves_application ON application_stage_moves (application_id, moved_at, id);

-- Notes, tags and pools ------------------------------------------------------------------------

CREATE TABLE notes (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL REFERENCES orgs (id),
  talent_id      uuid NOT NULL REFERENCES talents (id),
  application_id uuid REFERENCES applications (id) ON DELETE SET NULL,
  body           text NOT NULL,
  -- Mentioned users of the org (the frontend notifies them).
  mentions       uuid[] NOT NULL DEFAULT '{}',
  author_id      text,
  created_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  updated_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX notes_org_talent ON notes (org_id, talent_id, created_at DESC, id DESC);

CREATE TABLE tags (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES orgs (id),
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
-- One tag per name, whatever its case.
CREATE UNIQUE INDEX tags_org_name ON tags (org_id, lower(name));

CREATE TABLE talent_tags (
  org_id    uuid NOT NULL REFERENCES orgs (id),
  talent_id uuid NOT NULL REFERENCES talents (id),
  tag_id    uuid NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  added_by  text,
  added_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  PRIMARY KEY (talent_id, tag_id)
);
CREATE INDEX talent_tags_tag ON talent_tags (tag_id, talent_id);

CREATE TABLE talent_pools (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES orgs (id),
  name        text NOT NULL,
  description text,
  owner_id    text,
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  updated_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE UNIQUE INDEX talent_pools_org_name ON talent_pools (org_id, lower(name));

CREATE TABLE talent_pool_members (
  org_id    uuid NOT NULL REFERENCES orgs (id),
  pool_id   uuid NOT NULL REFERENCES talent_pools (id) ON DELETE CASCADE,
  talent_id uuid NOT NULL REFERENCES talents (id),
  added_by  text,
  added_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  PRIMARY KEY (pool_id, talent_id)
);
CREATE INDEX talent_pool_members_talent ON talent_pool_members (talent_id);

-- Relationships --------------------------------------------------------------------------------

-- The source of truth for the graph's talent-to-talent edges (each row is its own aggregate in
-- the outbox). KNOWS and WORKED_WITH are symmetric and stored once with from_id < to_id;
-- REFERRED_BY (from was referred by to) and MANAGED (from managed to) have a direction.
-- Derived rows (WORKED_WITH from overlapping employments) are rewritten when employments change.
CREATE TABLE talent_relationships (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES orgs (id),
  from_id    uuid NOT NULL REFERENCES talents (id),
  to_id      uuid NOT NULL REFERENCES talents (id),
  type       text NOT NULL CHECK (type IN ('REFERRED_BY', 'WORKED_WITH', 'MANAGED', 'KNOWS')),
  derived    boolean NOT NULL DEFAULT false,
  -- { "note": text } for recorded ones; { "company", "from", "to" } for derived ones.
  detail     jsonb NOT NULL DEFAULT '{}',
  created_by text,
  version    integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  CHECK (from_id <> to_id),
  UNIQUE (org_id, from_id, to_id, type)
);
CREATE INDEX talent_relationships_to ON talent_relationships (org_id, to_id);

-- Audit ----------------------------------------------------------------------------------------

-- Every mutation: who, what, when, before and after. `talent_id` is the person it concerns (a
-- talent's timeline reads it); an erasure scrubs `before` and `after` of that person's rows.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  org_id      uuid NOT NULL REFERENCES orgs (id),
  actor_id    text NOT NULL,
  actor_kind  text NOT NULL CHECK (actor_kind IN ('USER', 'API_KEY', 'SYSTEM')),
  action      text NOT NULL,
  entity_type text NOT NULL,
  entity_id   text NOT NULL,
  talent_id   uuid,
  before      jsonb,
  after       jsonb,
  at          timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX audit_log_org_at ON audit_log (org_id, at DESC, id DESC);
CREATE INDEX audit_log_org_entity ON audit_log (org_id, entity_type, entity_id, at DESC);
CREATE INDEX audit_log_org_talent ON audit_log (org_id, talent_id, at DESC, id DESC) WHERE talent_id IS NOT NULL;
