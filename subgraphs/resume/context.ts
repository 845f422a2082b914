import type { BaseContext } from '../../platform/subgraph.ts';
import type { Resumes } from './resumes.ts';

export interface ResumeContext extends BaseContext {
  resumes: Resumes;
}
