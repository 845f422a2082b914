-- Identity: the signing key ring, users, invites, refresh-token families and API keys.
-- Secrets are never stored: passwords as scrypt hashes, tokens and API-key secrets as SHA-256.

-- Platform-wide (not a tenant's): the keys that sign Looma's access tokens. Private halves are
-- AES-256-GCM encrypted under AUTH_KEY_ENCRYPTION_SECRET.
CREATE TABLE signing_keys (
  kid             text PRIMARY KEY,
  state           text NOT NULL CHECK (state IN ('active', 'retiring', 'retired')),
  public_jwk      jsonb NOT NULL,
  private_key_enc text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  retiring_at     timestamptz,
  retired_at      timestamptz
);
-- One active key at a time: two processes creating the first key cannot both win.
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (state) WHERE state = 'active';

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES orgs (id),
  -- Lowercased by the domain; one account per email across Looma (login takes only the email).
  email         text NOT NULL UNIQUE,
  name          text NOT NULL,
  role          text NOT NULL CHECK (role IN ('ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'VIEWER')),
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX users_org ON users (org_id, created_at);

CREATE TABLE invites (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES orgs (id),
  email       text NOT NULL,
  role        text NOT NULL CHECK (role IN ('ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'VIEWER')),
  token_hash  text NOT NULL UNIQUE,
  invited_by  text NOT NULL,
  expires_at  timestamptz NOT NULL,
  accepted_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX invites_org ON invites (org_id, created_at);

-- A login starts a family; each refresh replaces the token with the next of the family. A token
-- presented after it was replaced means it leaked: the whole family is revoked.
CREATE TABLE refresh_tokens (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES orgs (id),
  user_id     uuid NOT NULL REFERENCES users (id),
  family_id   uuid NOT NULL,
  token_hash  text NOT NULL UNIQUE,
  expires_at  timestamptz NOT NULL,
  replaced_at timestamptz,
  revoked_at  timestamptz,
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE api_keys (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES orgs (id),
  name         text NOT NULL,
  scopes       text[] NOT NULL,
  secret_hash  text NOT NULL,
  created_by   text NOT NULL,
  last_used_at timestamptz,
  revoked_at   timestamptz,
  created_at   timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX api_keys_org ON api_keys (org_id, created_at);
