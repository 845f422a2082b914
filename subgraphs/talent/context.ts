import type { StorePort } from '../../platform/round-trips.ts';
import type { BaseContext } from '../../data/runtime/subgraph.ts';
import type { Applications } from './applications/applications.ts';
import type { AuditLog } from './audit/audit-log.ts';
import type { Duplicates } from './records/duplicates.ts';
import type { Jobs } from './jobs/jobs.ts';
import type { Merges } from './records/merge.ts';
import type { Notes } from './notes/notes.ts';
import type { Pools } from './pools/pools.ts';
import type { Privacy } from './records/privacy.ts';
import type { Relationships } from './relationships/relationships.ts';
import type { TalentImports } from './sync/talent-import.ts';
import type { Tags } from './tags/tags.ts';
import type { Talents } from './talents/talents.ts';
import type { Timeline } from './audit/timeline.ts';

/** The stores this subgraph uses, and the only ones its process opens. Rows; relationships through the graph; personal-data export and erasure reach every store; and its process runs the projector. */
export const TALENT_STORES = ['relational', 'graph', 'vector', 'search', 'cache'] as const satisfies readonly StorePort[];
export type TalentStore = (typeof TALENT_STORES)[number];

/** Per request: the viewer, its loaders, and one instance of each domain module. */
export interface TalentContext extends BaseContext<TalentStore> {
  talents: Talents;
  jobs: Jobs;
  applications: Applications;
  notes: Notes;
  tags: Tags;
  pools: Pools;
  auditLog: AuditLog;
  timeline: Timeline;
  relationships: Relationships;
  imports: TalentImports;
  duplicates: Duplicates;
  merges: Merges;
  privacy: Privacy;
}
