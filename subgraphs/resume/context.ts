import type { StorePort } from '../../platform/round-trips.ts';
import type { BaseContext } from '../../data/runtime/subgraph.ts';
import type { Resumes } from './resumes/resumes.ts';

/** The stores this subgraph uses, and the only ones its process opens. Resumes and the talents they create or update are rows (the projector carries them on). */
export const RESUME_STORES = ['relational'] as const satisfies readonly StorePort[];
export type ResumeStore = (typeof RESUME_STORES)[number];

export interface ResumeContext extends BaseContext<ResumeStore> {
  resumes: Resumes;
}
