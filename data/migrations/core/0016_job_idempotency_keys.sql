-- createJob's idempotency keys, as 0015's for talents: the client's key (unique per organisation) and a hash of the
-- create's validated input, so a retried create answers the job the first call made. One owner:
-- data/records/job-store.ts.
ALTER TABLE jobs ADD COLUMN idempotency_key text, ADD COLUMN idempotency_hash text;

CREATE UNIQUE INDEX jobs_idempotency_key ON jobs (org_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
