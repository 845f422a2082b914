import type { Projector } from '../../../data/projector.ts';
import { requireScope } from '../../../platform/checks.ts';
import type { Viewer } from '../../../platform/viewer.ts';

export interface OutboxStatusRecord {
  pending: number;
  dead: number;
  oldestPendingSeconds: number;
}

/** The projection backlog. It spans every organisation's events: an operator's view (`admin`). */
export async function outboxStatus(viewer: Viewer | null, projector: Pick<Projector, 'lag'>): Promise<OutboxStatusRecord> {
  requireScope(viewer, 'admin');
  return projector.lag();
}
