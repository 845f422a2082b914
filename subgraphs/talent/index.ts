import { DateTime } from '../../platform/scalars.ts';
import { runStandalone } from '../../platform/standalone.ts';
import type { SubgraphDefinition } from '../../platform/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import type { TalentContext } from './context.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import { Talent } from './resolvers/Talent.ts';
import { TalentConnection } from './resolvers/TalentConnection.ts';
import { seedDemo } from './demo-seed.ts';
import { Jobs } from './jobs.ts';
import { Job } from './resolvers/Job.ts';
import { JobConnection } from './resolvers/JobConnection.ts';
import { Talents } from './talents.ts';

const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation,
  Talent,
  TalentConnection,
  Job,
  JobConnection,
  // jobs, pipelines, applications
  // notes, tags, pools, audit
  // relationships
  // sync (importTalents)
  // duplicates and personal-data rights
};

/** The CRM talent domain: talents (and, as Looma grows, jobs, pipelines and relationships). */
export const talentSubgraph: SubgraphDefinition<TalentContext> = {
  name: 'talent',
  port: (config) => config.ports.talent,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base) => ({
    ...base,
    talents: new Talents(base.data.stores.relational, base.loaders),
    jobs: new Jobs(base.data.stores.relational, base.viewer),
    // jobs, pipelines, applications
    // notes, tags, pools, audit
    // relationships
    // sync (importTalents)
    // duplicates and personal-data rights
  }),
  onStart: async ({ config, data, logger }) => {
    if (config.demo.seed && (await seedDemo(data.stores.relational, config.demo.talents))) {
      logger.info({ talents: config.demo.talents }, 'demo organisation seeded');
    }
  },
};

await runStandalone(import.meta.url, [talentSubgraph], { projector: true });
