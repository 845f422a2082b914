-- Skill filters compare taxonomy keys (data/projections/talent-projection.ts skillFilterKey): "Go", "golang" and
-- "Go语言" are one skill, "k8s" is Kubernetes, "机器学习" is Machine Learning. SQL cannot look the taxonomy up, so
-- the talents store writes `skill_keys` with the skills, and the trigger that kept them as lowercased text goes.

DROP TRIGGER talents_skill_keys ON talents;
DROP FUNCTION talents_skill_keys();

-- Which taxonomy computed the row's keys (skillKeysFingerprint); '' for none: the rows from before this migration
-- and rows written by plain SQL. The talent service recomputes every row whose value is not the current one when it
-- starts (data/records/talent-store.ts refreshSkillKeys), so an existing database is brought over without a manual step.
ALTER TABLE talents ADD COLUMN skill_keys_taxonomy text NOT NULL DEFAULT '';

-- A write that changes the skills but not their keys (plain SQL, say) marks them stale; a write that changes the
-- keys too sets both columns itself.
CREATE FUNCTION talents_skill_keys_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.skill_keys IS NOT DISTINCT FROM OLD.skill_keys THEN
    NEW.skill_keys_taxonomy := '';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER talents_skill_keys_stale BEFORE UPDATE OF skills ON talents
  FOR EACH ROW WHEN (NEW.skills IS DISTINCT FROM OLD.skills) EXECUTE FUNCTION talents_skill_keys_stale();
