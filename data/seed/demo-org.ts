import type { RelationalStore } from '../ports.ts';
import { DEMO_ORG } from './demo-data.ts';

/**
 * Creates an organisation for demo data if it is missing; idempotent. The talent and identity
 * subgraphs both seed the demo organisation and may start in any order, so each ensures it.
 */
export async function ensureDemoOrg(db: RelationalStore, orgId: string, slug: string = `demo-${orgId}`): Promise<void> {
  await db.query('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [orgId, slug, DEMO_ORG.name]);
}
