import type { BaseContext } from '../../platform/subgraph.ts';
import type { Jobs } from './jobs.ts';
import type { Talents } from './talents.ts';

export interface TalentContext extends BaseContext {
  talents: Talents;
  jobs: Jobs;
}
