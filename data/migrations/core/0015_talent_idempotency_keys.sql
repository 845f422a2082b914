-- createTalent's idempotency keys: a retried create (its answer lost, STORE_UNAVAILABLE with outcome UNKNOWN)
-- answers the talent the first call created instead of a second one. The key is the client's, scoped to the
-- organisation; the hash is of the normalised input, so the same key with other input is refused
-- (IDEMPOTENCY_KEY_REUSED). Only keyed creates hold a row of the (partial) index; the unique index is what holds
-- under concurrency: of two creates with one key, one inserts, the other reads the winner's row.
-- One owner: data/records/talent-store.ts. An erasure clears both columns (a key may hold personal data).
ALTER TABLE talents ADD COLUMN idempotency_key text, ADD COLUMN idempotency_hash text;

CREATE UNIQUE INDEX talents_idempotency_key ON talents (org_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
