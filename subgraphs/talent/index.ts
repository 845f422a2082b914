import { DateTime } from '../../platform/scalars.ts';
import { runStandalone } from '../../platform/standalone.ts';
import type { SubgraphDefinition } from '../../platform/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import type { TalentContext } from './context.ts';
import { Duplicates } from './duplicates.ts';
import { Merges } from './merge.ts';
import { Privacy } from './privacy.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import { Consent } from './resolvers/Consent.ts';
import { Talent } from './resolvers/Talent.ts';
import { TalentConnection } from './resolvers/TalentConnection.ts';
import { ImportRowResult } from './resolvers/ImportRowResult.ts';
import { TalentImports } from './talent-import.ts';
import { seedDemo } from './demo-seed.ts';
import { Jobs } from './jobs.ts';
import { Applications } from './applications.ts';
import { Application } from './resolvers/Application.ts';
import { ApplicationConnection } from './resolvers/ApplicationConnection.ts';
import { StageMove } from './resolvers/StageMove.ts';
import { Job } from './resolvers/Job.ts';
import { JobConnection } from './resolvers/JobConnection.ts';
import { Talents } from './talents.ts';
import { AuditLog } from './audit-log.ts';
import { Notes } from './notes.ts';
import { Pools } from './pools.ts';
import { Tags } from './tags.ts';
import { Timeline } from './timeline.ts';
import { AuditEntry, AuditEntryConnection } from './resolvers/AuditEntry.ts';
import { Note, NoteConnection } from './resolvers/Note.ts';
import { Tag } from './resolvers/Tag.ts';
import { TalentPool } from './resolvers/TalentPool.ts';
import { TimelineConnection, TimelineEvent } from './resolvers/TimelineEvent.ts';
import { Relationships } from './relationships.ts';
import { Relationship } from './resolvers/Relationship.ts';
import { NetworkMember } from './resolvers/NetworkMember.ts';
import { TalentPath } from './resolvers/TalentPath.ts';
import { Referrer } from './resolvers/Referrer.ts';

const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation,
  Talent,
  TalentConnection,
  Consent,
  Job,
  JobConnection,
  // jobs, pipelines, applications
  Application,
  ApplicationConnection,
  StageMove,
  // notes, tags, pools, audit
  Note,
  NoteConnection,
  Tag,
  TalentPool,
  TimelineEvent,
  TimelineConnection,
  AuditEntry,
  AuditEntryConnection,
  // relationships
  Relationship,
  NetworkMember,
  TalentPath,
  Referrer,
  // sync (importTalents)
  ImportRowResult,
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
    applications: new Applications(base.data.stores.relational, base.viewer),
    // notes, tags, pools, audit
    notes: new Notes(base.data.stores.relational, base.viewer),
    tags: new Tags(base.data.stores.relational, base.viewer),
    pools: new Pools(base.data.stores.relational, base.viewer, base.loaders),
    auditLog: new AuditLog(base.data.stores.relational),
    timeline: new Timeline(base.data.stores.relational, base.viewer, base.loaders),
    // relationships
    relationships: new Relationships(base.data.stores.relational, base.data.stores.graph, base.loaders),
    // sync (importTalents)
    imports: new TalentImports(base.data.stores.relational, base.loaders, base.logger),
    // duplicates and personal-data rights
    duplicates: new Duplicates(base.data.stores.relational, base.loaders),
    merges: new Merges(base.data.stores.relational, base.loaders),
    privacy: new Privacy(base.data, base.loaders, base.logger),
  }),
  onStart: async ({ config, data, logger }) => {
    if (config.demo.seed && (await seedDemo(data.stores.relational, config.demo.talents))) {
      logger.info({ talents: config.demo.talents }, 'demo organisation seeded');
    }
  },
};

await runStandalone(import.meta.url, [talentSubgraph], { projector: true });
