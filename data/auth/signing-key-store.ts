import type { JsonWebKey } from 'node:crypto';
import type { NewSigningKey, SigningKeyInfo, SigningKeyState, SigningKeyStore, StoredSigningKey } from '../../platform/signing-keys.ts';
import type { RelationalStore } from '../ports.ts';

interface SigningKeyRow {
  kid: string;
  state: SigningKeyState;
  public_jwk: JsonWebKey;
  private_key_enc: string;
  created_at: Date;
}

/** Serialises rotations across processes (a transaction-scoped advisory lock). */
const ROTATION_LOCK = 4_711_2027;

/** The `signing_keys` table: the one owner of its SQL. The key ring (platform/signing-keys.ts) holds the rules. */
export class SqlSigningKeyStore implements SigningKeyStore {
  private readonly db: RelationalStore;

  constructor(db: RelationalStore) {
    this.db = db;
  }

  async current(retireAfterMs: number): Promise<StoredSigningKey[]> {
    const rows = await this.db.query<SigningKeyRow>(
      `SELECT kid, state, public_jwk, private_key_enc, created_at FROM signing_keys
       WHERE state = 'active' OR (state = 'retiring' AND retiring_at > now() - make_interval(secs => $1))`,
      [retireAfterMs / 1000],
    );
    return rows.map((row) => ({
      kid: row.kid,
      state: row.state,
      publicJwk: row.public_jwk,
      privateKeyEnc: row.private_key_enc,
      createdAt: row.created_at,
    }));
  }

  async addFirstActive(key: NewSigningKey): Promise<void> {
    // The partial unique index on the active state lets one insert win.
    await this.db.query(
      `INSERT INTO signing_keys (kid, state, public_jwk, private_key_enc) VALUES ($1, 'active', $2, $3)
       ON CONFLICT (state) WHERE state = 'active' DO NOTHING`,
      [key.kid, key.publicJwk, key.privateKeyEnc],
    );
  }

  async replaceActive(key: NewSigningKey, retireAfterMs: number): Promise<SigningKeyInfo> {
    const created = await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [ROTATION_LOCK]);
      await tx.query(
        `UPDATE signing_keys SET state = 'retired', retired_at = now()
         WHERE state = 'retiring' AND retiring_at <= now() - make_interval(secs => $1)`,
        [retireAfterMs / 1000],
      );
      await tx.query(`UPDATE signing_keys SET state = 'retiring', retiring_at = now() WHERE state = 'active'`);
      const [row] = await tx.query<SigningKeyRow>(
        `INSERT INTO signing_keys (kid, state, public_jwk, private_key_enc) VALUES ($1, 'active', $2, $3) RETURNING kid, state, created_at`,
        [key.kid, key.publicJwk, key.privateKeyEnc],
      );
      return row!;
    });
    return { kid: created.kid, state: created.state, createdAt: created.created_at };
  }

  async retire(kid: string): Promise<boolean> {
    const retired = await this.db.query(
      `UPDATE signing_keys SET state = 'retired', retired_at = now() WHERE kid = $1 AND state = 'retiring' RETURNING kid`,
      [kid],
    );
    return retired.length > 0;
  }

  async list(): Promise<SigningKeyInfo[]> {
    const rows = await this.db.query<SigningKeyRow>('SELECT kid, state, created_at FROM signing_keys ORDER BY created_at DESC');
    return rows.map((r) => ({ kid: r.kid, state: r.state, createdAt: r.created_at }));
  }
}
