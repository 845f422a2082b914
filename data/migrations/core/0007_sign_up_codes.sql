-- Sign-up codes: with SIGNUP_POLICY=invite-only, a new organisation needs a code an operator issued
-- (`npm run signups -- invite <email>`). Single use, bound to one email, stored as SHA-256.
CREATE TABLE sign_up_codes (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email      text NOT NULL,
  code_hash  text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  -- The organisation the code created.
  org_id     uuid REFERENCES orgs (id),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX sign_up_codes_email ON sign_up_codes (email, created_at);
