import type { BaseContext } from '../../platform/subgraph.ts';
import type { Applications } from './applications.ts';
import type { AuditLog } from './audit-log.ts';
import type { Duplicates } from './duplicates.ts';
import type { Jobs } from './jobs.ts';
import type { Merges } from './merge.ts';
import type { Notes } from './notes.ts';
import type { Pools } from './pools.ts';
import type { Privacy } from './privacy.ts';
import type { Relationships } from './relationships.ts';
import type { TalentImports } from './talent-import.ts';
import type { Tags } from './tags.ts';
import type { Talents } from './talents.ts';
import type { Timeline } from './timeline.ts';

/** Per request: the viewer, its loaders, and one instance of each domain module. */
export interface TalentContext extends BaseContext {
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
