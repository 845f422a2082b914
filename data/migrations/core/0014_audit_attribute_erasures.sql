-- What an erasure removed of a talent's audit attributes (migration 0012's trigger deletes them): their names,
-- never their values, so `eraseTalent`'s report can say it (the matching subgraph, their owner, resolves
-- `EraseTalentResult.auditAttributes` from here). One owner: subgraphs/matching/audit/audit-attribute-store.ts.
CREATE TABLE talent_audit_attribute_erasures (
  org_id    uuid NOT NULL REFERENCES orgs (id),
  talent_id uuid NOT NULL REFERENCES talents (id),
  names     text[] NOT NULL,
  erased_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  PRIMARY KEY (org_id, talent_id)
);

-- As 0012's, and an erasure first notes the names of the attributes it removes (none: no row).
CREATE OR REPLACE FUNCTION talent_audit_attributes_follow_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'MERGED' AND NEW.merged_into IS NOT NULL THEN
    INSERT INTO talent_audit_attributes (org_id, talent_id, name, value, recorded_at)
      SELECT org_id, NEW.merged_into, name, value, recorded_at FROM talent_audit_attributes
      WHERE org_id = NEW.org_id AND talent_id = NEW.id
      ON CONFLICT (org_id, talent_id, name) DO NOTHING;
  END IF;
  IF NEW.status = 'ERASED' THEN
    INSERT INTO talent_audit_attribute_erasures (org_id, talent_id, names)
      SELECT NEW.org_id, NEW.id, array_agg(name ORDER BY name) FROM talent_audit_attributes
      WHERE org_id = NEW.org_id AND talent_id = NEW.id
      HAVING count(*) > 0
      ON CONFLICT (org_id, talent_id) DO UPDATE SET names = EXCLUDED.names, erased_at = EXCLUDED.erased_at;
  END IF;
  DELETE FROM talent_audit_attributes WHERE org_id = NEW.org_id AND talent_id = NEW.id;
  RETURN NEW;
END;
$$;
