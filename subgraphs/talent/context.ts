import type { BaseContext } from '../../platform/subgraph.ts';
import type { Jobs } from './jobs.ts';
import type { Talents } from './talents.ts';

/** Per request: the viewer, its loaders, and one instance of each domain module. */
export interface TalentContext extends BaseContext {
  talents: Talents;
  jobs: Jobs;
  // jobs, pipelines, applications
  // notes, tags, pools, audit
  // relationships
  // sync (importTalents)
  // duplicates and personal-data rights
}
