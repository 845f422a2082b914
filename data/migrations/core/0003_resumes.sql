-- Resumes and the talent profile fields they fill. A resume keeps its original bytes, the text
-- extracted from them and the parsed structure; the talent keeps what matching and search need.

ALTER TABLE talents
  ADD COLUMN emails          text[] NOT NULL DEFAULT '{}',
  ADD COLUMN phones          text[] NOT NULL DEFAULT '{}',
  ADD COLUMN location        text,
  ADD COLUMN current_title   text,
  ADD COLUMN current_company text,
  ADD COLUMN titles          text[] NOT NULL DEFAULT '{}',
  ADD COLUMN companies       text[] NOT NULL DEFAULT '{}',
  ADD COLUMN schools         text[] NOT NULL DEFAULT '{}';

-- An upload attaches to the org's talent with the same e-mail (lowercased) or phone (E.164).
CREATE INDEX talents_org_emails ON talents USING gin (emails);
CREATE INDEX talents_org_phones ON talents USING gin (phones);

CREATE TABLE resumes (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES orgs (id),
  talent_id    uuid NOT NULL REFERENCES talents (id),
  filename     text,
  content_type text NOT NULL,
  size         integer NOT NULL,
  content      bytea NOT NULL,
  text         text NOT NULL,
  parsed       jsonb NOT NULL,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
-- Talent.resumes: a page of talents' resumes in one query, newest first.
CREATE INDEX resumes_org_talent ON resumes (org_id, talent_id, created_at DESC);
