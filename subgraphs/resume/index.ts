import { DateTime } from '../../platform/scalars.ts';
import { runStandalone } from '../../data/runtime/standalone.ts';
import type { SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { RESUME_STORES, type ResumeContext, type ResumeStore } from './context.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { ParsedResume } from './resolvers/ParsedResume.ts';
import { Query } from './resolvers/Query.ts';
import { Resume } from './resolvers/Resume.ts';
import { ResumeLink } from './resolvers/ResumeLink.ts';
import { Talent } from './resolvers/Talent.ts';
import { Resumes } from './resumes/resumes.ts';

const resolvers: Resolvers = { DateTime, Query, Mutation, Talent, Resume, ParsedResume, ResumeLink };

/** Resumes: upload (parse, store, create or update the talent), read, and each talent's resumes. */
export const resumeSubgraph: SubgraphDefinition<ResumeContext, ResumeStore> = {
  name: 'resume',
  port: (config) => config.ports.resume,
  stores: RESUME_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base, runtime) => ({ ...base, resumes: new Resumes(base.data.stores.relational, base.viewer, runtime.config.resumes) }),
};

await runStandalone(import.meta.url, [resumeSubgraph]);
