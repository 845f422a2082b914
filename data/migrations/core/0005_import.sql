-- importTalents: the upstream system's own timestamp of the row last imported per key, so an older
-- row arriving late (a replayed export, an out-of-order sync) is UNCHANGED instead of overwriting.
ALTER TABLE talent_external_ids ADD COLUMN upstream_updated_at timestamptz;
