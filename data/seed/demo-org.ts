import type { RelationalStore } from '../ports.ts';
import { orgStore } from '../records/org-store.ts';
import { DEMO_ORG } from './demo-data.ts';

/**
 * Creates an organisation for demo data if it is missing; idempotent. The talent and identity
 * subgraphs both seed the demo organisation and may start in any order, so each ensures it.
 */
export async function ensureDemoOrg(db: RelationalStore, orgId: string, slug: string = `demo-${orgId}`): Promise<void> {
  await orgStore.insertIfAbsent(db, { id: orgId, slug, name: DEMO_ORG.name });
}
