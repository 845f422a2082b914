import { DateTime } from '../../platform/scalars.ts';
import { refreshSkillKeys } from '../../data/records/talent-store.ts';
import { runStandalone } from '../../data/runtime/standalone.ts';
import type { SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { Applications } from './applications/applications.ts';
import { AuditLog } from './audit/audit-log.ts';
import { TALENT_STORES, type TalentContext, type TalentStore } from './context.ts';
import { seedDemo } from './demo/demo-seed.ts';
import { Duplicates } from './records/duplicates.ts';
import { Jobs } from './jobs/jobs.ts';
import { Merges } from './records/merge.ts';
import { Notes } from './notes/notes.ts';
import { Pools } from './pools/pools.ts';
import { Privacy } from './records/privacy.ts';
import { Relationships } from './relationships/relationships.ts';
import { Application } from './resolvers/Application.ts';
import { ApplicationConnection } from './resolvers/ApplicationConnection.ts';
import { AuditEntry, AuditEntryConnection } from './resolvers/AuditEntry.ts';
import { Consent } from './resolvers/Consent.ts';
import { ImportRowResult } from './resolvers/ImportRowResult.ts';
import { Job } from './resolvers/Job.ts';
import { JobConnection } from './resolvers/JobConnection.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { NetworkMember } from './resolvers/NetworkMember.ts';
import { Note, NoteConnection } from './resolvers/Note.ts';
import { Query } from './resolvers/Query.ts';
import { Referrer } from './resolvers/Referrer.ts';
import { Relationship } from './resolvers/Relationship.ts';
import { StageMove } from './resolvers/StageMove.ts';
import { Tag } from './resolvers/Tag.ts';
import { Talent } from './resolvers/Talent.ts';
import { TalentConnection } from './resolvers/TalentConnection.ts';
import { TalentPath } from './resolvers/TalentPath.ts';
import { TalentPool } from './resolvers/TalentPool.ts';
import { TimelineConnection, TimelineEvent } from './resolvers/TimelineEvent.ts';
import { TalentImports } from './sync/talent-import.ts';
import { Tags } from './tags/tags.ts';
import { Talents } from './talents/talents.ts';
import { Timeline } from './audit/timeline.ts';

const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation,
  Talent,
  TalentConnection,
  Consent,
  Job,
  JobConnection,
  Application,
  ApplicationConnection,
  StageMove,
  Note,
  NoteConnection,
  Tag,
  TalentPool,
  TimelineEvent,
  TimelineConnection,
  AuditEntry,
  AuditEntryConnection,
  Relationship,
  NetworkMember,
  TalentPath,
  Referrer,
  ImportRowResult,
};

/** The recruiting CRM: talents, jobs and pipelines, notes, tags and pools, relationships, sync, duplicates, audit and personal-data rights. */
export const talentSubgraph: SubgraphDefinition<TalentContext, TalentStore> = {
  name: 'talent',
  port: (config) => config.ports.talent,
  stores: TALENT_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base) => ({
    ...base,
    talents: new Talents(base.data.stores.relational, base.loaders),
    jobs: new Jobs(base.data.stores.relational, base.viewer),
    applications: new Applications(base.data.stores.relational, base.viewer),
    notes: new Notes(base.data.stores.relational, base.viewer),
    tags: new Tags(base.data.stores.relational, base.viewer),
    pools: new Pools(base.data.stores.relational, base.viewer, base.loaders),
    auditLog: new AuditLog(base.data.stores.relational),
    timeline: new Timeline(base.data.stores.relational, base.viewer, base.loaders),
    relationships: new Relationships(base.data.stores.relational, base.data.stores.graph, base.loaders),
    imports: new TalentImports(base.data.stores.relational, base.loaders, base.logger),
    duplicates: new Duplicates(base.data.stores.relational, base.loaders),
    merges: new Merges(base.data.stores.relational, base.loaders),
    privacy: new Privacy(base.data, base.loaders, base.logger),
  }),
  onStart: async ({ config, data, logger }) => {
    // Skill keys from before the taxonomy's (an existing database) or from another taxonomy version, recomputed.
    const changed = await refreshSkillKeys(data.stores.relational);
    if (changed > 0)
      logger.warn(
        { talents: changed },
        'skill keys changed (migration 0013 or a taxonomy update): run `npm run reindex` so search filters by them too',
      );
    if (config.demo.seed && (await seedDemo(data.stores.relational, config.demo.talents))) {
      logger.info({ talents: config.demo.talents }, 'demo organisation seeded');
    }
  },
};

await runStandalone(import.meta.url, [talentSubgraph], { projector: true });
