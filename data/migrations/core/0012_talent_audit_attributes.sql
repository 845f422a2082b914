-- Audit attributes (issue 14, point 5): what an organisation records about a talent for fairness
-- audits only (voluntary self-identification: gender, age band, ethnicity, ...), kept apart from the
-- profile and NEVER read by scoring. `matchingAudit` reads them to report selection rates by group.
-- One owner: subgraphs/matching/audit/audit-attribute-store.ts.
CREATE TABLE talent_audit_attributes (
  org_id      uuid NOT NULL REFERENCES orgs (id),
  talent_id   uuid NOT NULL REFERENCES talents (id),
  name        text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]{0,39}$'),
  value       text NOT NULL CHECK (length(value) BETWEEN 1 AND 100),
  recorded_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  PRIMARY KEY (org_id, talent_id, name)
);
CREATE INDEX talent_audit_attributes_name ON talent_audit_attributes (org_id, name);

-- A talent's audit attributes follow its tombstone, whichever code writes it: an erasure removes them
-- (they are the person's data), a merge moves them to the talent kept where it has none of that name
-- and drops the rest (the kept talent's own record wins).
CREATE FUNCTION talent_audit_attributes_follow_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'MERGED' AND NEW.merged_into IS NOT NULL THEN
    INSERT INTO talent_audit_attributes (org_id, talent_id, name, value, recorded_at)
      SELECT org_id, NEW.merged_into, name, value, recorded_at FROM talent_audit_attributes
      WHERE org_id = NEW.org_id AND talent_id = NEW.id
      ON CONFLICT (org_id, talent_id, name) DO NOTHING;
  END IF;
  DELETE FROM talent_audit_attributes WHERE org_id = NEW.org_id AND talent_id = NEW.id;
  RETURN NEW;
END;
$$;

CREATE TRIGGER talent_audit_attributes_follow_tombstone AFTER UPDATE OF status ON talents
  FOR EACH ROW WHEN (NEW.status IN ('MERGED', 'ERASED') AND OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION talent_audit_attributes_follow_tombstone();
