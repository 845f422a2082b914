/**
 * The soak benchmark's clients and what they do, all through the gateway like any API user.
 *
 * Setup: `signUp` makes a fresh organisation and its admin; `importTalents` brings in the talents,
 * `createJob` opens jobs; each client is a recruiter invited by the admin (`inviteUser`,
 * `acceptInvite`: its own session, its own X-Forwarded-For address) who owns a slice of the
 * talents and a few applications of its own. Owning them means the load never races itself: a
 * CONFLICT or any other error during the soak is Looma's, not the benchmark's.
 *
 * The mix: reads (filtered talent lists, a talent with fields from four subgraphs, search in each
 * mode, jobs and the pipeline board) and writes (createTalent, updateTalent, addNote, tag and
 * untag, moveApplication), the SDK's operations where it has them.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { generateDemoTalents, DEMO_JOBS } from '../../data/seed/demo-data.ts';
import {
  AcceptInviteDocument,
  AddNoteDocument,
  createLoomaClient,
  CreateApplicationDocument,
  CreateJobDocument,
  CreateTalentDocument,
  ImportTalentsDocument,
  InviteUserDocument,
  JobsDocument,
  LoomaRequestError,
  MoveApplicationDocument,
  OutboxStatusDocument,
  PipelineBoardDocument,
  RefreshDocument,
  SignUpDocument,
  TagTalentsDocument,
  TalentListDocument,
  UpdateTalentDocument,
  type LoomaClient,
  type TalentFilter,
} from '../../sdk/client.ts';

const REQUEST_TIMEOUT_MS = 30_000;
const PASSWORD = 'soak-benchmark-password';
const IMPORT_BATCH = 500;
const APPLICATIONS_PER_CLIENT = 4;
/** Refresh a session this long before its access token expires (runs longer than 15 minutes). */
const REFRESH_BEFORE_MS = 120_000;

const LOCATIONS = ['Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou', 'Singapore', 'Remote'];
const SKILLS = ['Go', 'Kubernetes', 'Python', 'React', 'TypeScript', 'PostgreSQL', 'Spark', 'Figma', '机器学习', 'Kafka'];
const SEARCHES = [
  'kubernetes',
  'go engineer',
  'machine learning',
  '机器学习',
  'react typescript',
  'data engineer spark',
  'product designer',
  '产品经理',
];
const TAGS = ['soak-hot', 'soak-later', 'soak-referral'];

// Operations the SDK does not have: search, a talent across four subgraphs, untag, ids and versions for setup.
const SearchDocument = parse(`
  query SoakSearch($query: String!, $mode: SearchMode, $first: Int) {
    search(query: $query, mode: $mode, first: $first) {
      totalCount
      edges { score reasons node { id name headline skills } }
      facets { skills { value count } locations { value count } }
    }
  }`) as TypedDocumentNode<{ search: { totalCount: number } }, { query: string; mode: 'KEYWORD' | 'SEMANTIC' | 'HYBRID'; first: number }>;

const TalentAcrossSubgraphsDocument = parse(`
  query SoakTalent($id: ID!) {
    talent(id: $id) {
      id name headline skills location yearsOfExperience version
      tags { name }
      applications { id status stage { key name } job { id title } }
      projections { isCurrent }
      resumes { id }
      similar(first: 3) { score talent { id name } }
    }
  }`) as TypedDocumentNode<{ talent: { id: string } | null }, { id: string }>;

const UntagTalentsDocument = parse(`
  mutation SoakUntag($talentIds: [ID!]!, $tags: [String!]!) { untagTalents(talentIds: $talentIds, tags: $tags) { changed notFound } }`) as TypedDocumentNode<
  { untagTalents: { changed: number } },
  { talentIds: string[]; tags: string[] }
>;

const TalentVersionsDocument = parse(`
  query SoakTalentVersions($after: String) {
    talents(first: 100, after: $after, sort: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      edges { node { id version } }
    }
  }`) as TypedDocumentNode<
  { talents: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; version: number } }[] } },
  { after?: string | null }
>;

interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
}

/** One API user: its session, its address, and the talents and applications it alone writes. */
export class SoakClient {
  readonly looma: LoomaClient;
  session: Session | undefined;
  readonly talents: { id: string; version: number }[] = [];
  readonly applications: { id: string; version: number; stage: string; stages: string[] }[] = [];

  readonly name: string;
  /** The client's address, sent as X-Forwarded-For: address-based limits count each client alone. */
  readonly address: string;

  constructor(name: string, gatewayUrl: string, address: string) {
    this.name = name;
    this.address = address;
    this.looma = createLoomaClient({
      url: gatewayUrl,
      token: () => this.session?.accessToken ?? '',
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), 'x-forwarded-for': address },
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }),
    });
  }

  get needsRefresh(): boolean {
    return this.session !== undefined && Date.parse(this.session.expiresAt) - Date.now() < REFRESH_BEFORE_MS;
  }

  async refresh(): Promise<void> {
    const { refresh } = await this.looma.request(RefreshDocument, { refreshToken: this.session!.refreshToken });
    this.session = refresh;
  }
}

/** What every client shares: the organisation, its jobs, every talent id so far. */
export interface SoakWorld {
  orgId: string;
  admin: SoakClient;
  clients: SoakClient[];
  jobIds: string[];
  /** Every talent of the organisation (grows with createTalent). */
  talentIds: string[];
}

export interface SoakOperation {
  name: string;
  weight: number;
  /** The root fields it calls (`Type.field`): their @rateLimit decides how many clients the rate needs. */
  fields: string[];
  run(client: SoakClient, world: SoakWorld): Promise<unknown>;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function randomFilter(): { filter: TalentFilter; sort?: { field: 'UPDATED_AT' | 'NAME' | 'YEARS_OF_EXPERIENCE' } } {
  switch (Math.floor(Math.random() * 5)) {
    case 0:
      return { filter: { skillsAny: [pick(SKILLS), pick(SKILLS)] }, sort: { field: 'UPDATED_AT' } };
    case 1:
      return { filter: { location: pick(LOCATIONS) }, sort: { field: 'NAME' } };
    case 2:
      return { filter: { yearsMin: 3, yearsMax: 10, skillsAll: [pick(SKILLS)] }, sort: { field: 'YEARS_OF_EXPERIENCE' } };
    case 3:
      return { filter: { tags: [pick(TAGS)] } };
    default:
      return { filter: { text: pick(['engineer', 'Li', 'Wang', 'designer', '工程师']) } };
  }
}

const search = (mode: 'KEYWORD' | 'SEMANTIC' | 'HYBRID'): SoakOperation => ({
  name: `search ${mode}`,
  weight: 4,
  fields: ['Query.search'],
  run: (client) => client.looma.request(SearchDocument, { query: pick(SEARCHES), mode, first: 10 }),
});

/** The mix, by weight: about 57 % reads and 43 % writes. */
export const SOAK_OPERATIONS: SoakOperation[] = [
  {
    name: 'talents (filtered list)',
    weight: 16,
    fields: ['Query.talents'],
    run: (client) => client.looma.request(TalentListDocument, { ...randomFilter(), first: 20 }),
  },
  {
    name: 'talent (four subgraphs)',
    weight: 12,
    fields: ['Query.talent'],
    run: (client, world) => client.looma.request(TalentAcrossSubgraphsDocument, { id: pick(world.talentIds) }),
  },
  search('KEYWORD'),
  search('SEMANTIC'),
  search('HYBRID'),
  { name: 'jobs', weight: 5, fields: ['Query.jobs'], run: (client) => client.looma.request(JobsDocument, { first: 20 }) },
  {
    name: 'pipeline board',
    weight: 8,
    fields: ['Query.job'],
    run: (client, world) => client.looma.request(PipelineBoardDocument, { jobId: pick(world.jobIds), applicationsPerStage: 5 }),
  },
  {
    name: 'createTalent',
    weight: 6,
    fields: ['Mutation.createTalent'],
    async run(client, world) {
      const [generated] = generateDemoTalents(1, Math.floor(Math.random() * 1e9));
      const { createTalent } = await client.looma.request(CreateTalentDocument, {
        input: { ...generated!, location: pick(LOCATIONS), yearsOfExperience: Math.floor(Math.random() * 20), tags: [pick(TAGS)] },
      });
      client.talents.push({ id: createTalent.id, version: createTalent.version });
      world.talentIds.push(createTalent.id);
    },
  },
  {
    name: 'updateTalent',
    weight: 10,
    fields: ['Mutation.updateTalent'],
    async run(client) {
      const talent = pick(client.talents);
      const { updateTalent } = await client.looma.request(UpdateTalentDocument, {
        input: {
          id: talent.id,
          version: talent.version,
          headline: `Soak edit ${Date.now()}`,
          yearsOfExperience: Math.floor(Math.random() * 20),
        },
      });
      talent.version = updateTalent.version;
    },
  },
  {
    name: 'addNote',
    weight: 8,
    fields: ['Mutation.addNote'],
    run: (client, world) =>
      client.looma.request(AddNoteDocument, {
        input: { talentId: pick(world.talentIds), body: `Soak note ${Date.now()}: called, interested.` },
      }),
  },
  {
    name: 'tag / untag',
    weight: 8,
    fields: ['Mutation.tagTalents', 'Mutation.untagTalents'],
    run(client) {
      const talentIds = [pick(client.talents).id, pick(client.talents).id];
      const tags = [pick(TAGS)];
      return Math.random() < 0.5
        ? client.looma.request(TagTalentsDocument, { talentIds, tags })
        : client.looma.request(UntagTalentsDocument, { talentIds, tags });
    },
  },
  {
    name: 'moveApplication',
    weight: 8,
    fields: ['Mutation.moveApplication'],
    async run(client) {
      const application = pick(client.applications);
      const stage = pick(application.stages.filter((key) => key !== application.stage));
      const { moveApplication } = await client.looma.request(MoveApplicationDocument, {
        input: { id: application.id, stage, version: application.version, reason: 'soak' },
      });
      application.version = moveApplication.version;
      application.stage = moveApplication.stage.key;
    },
  },
];

/** The stable code of a failed request: the first GraphQL error's `extensions.code`, TIMEOUT, or the network error's. */
export function errorCode(error: unknown): string {
  if (error instanceof LoomaRequestError) return error.code;
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'TIMEOUT';
    const cause = (error as { cause?: { code?: string } }).cause;
    return `NETWORK${cause?.code ? `_${cause.code}` : ''}`;
  }
  return 'UNKNOWN';
}

/**
 * Builds the organisation, its users and data through the gateway; waits until the projector has
 * caught up, so the load starts on a consistent organisation.
 */
export async function setUpSoak(
  gatewayUrl: string,
  { clients: clientCount, talents: talentCount, log }: { clients: number; talents: number; log: (line: string) => void },
): Promise<SoakWorld> {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const admin = new SoakClient('admin', gatewayUrl, '10.77.0.1');
  const { signUp } = await admin.looma.request(SignUpDocument, {
    input: { orgName: `Soak ${suffix}`, email: `admin-${suffix}@soak.looma.dev`, password: PASSWORD, name: 'Soak Admin' },
  });
  admin.session = signUp;
  const orgId = signUp.viewer.org.id;

  const rows = generateDemoTalents(talentCount).map((talent, i) => ({
    ...talent,
    source: 'soak',
    externalId: String(i),
    location: LOCATIONS[i % LOCATIONS.length],
    yearsOfExperience: i % 17,
  }));
  for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
    const { importTalents } = await admin.looma.request(ImportTalentsDocument, { rows: rows.slice(i, i + IMPORT_BATCH) });
    if (importTalents.errors > 0)
      throw new Error(`importTalents refused ${importTalents.errors} rows: ${JSON.stringify(importTalents.rows.find((r) => r.errorCode))}`);
  }
  const talents: { id: string; version: number }[] = [];
  for (let after: string | null | undefined; ;) {
    const page = await admin.looma.request(TalentVersionsDocument, { after });
    talents.push(...page.talents.edges.map((e) => e.node));
    if (!page.talents.pageInfo.hasNextPage) break;
    after = page.talents.pageInfo.endCursor;
  }
  log(`  ${talents.length} talents imported`);

  const jobs: { id: string; stages: string[] }[] = [];
  for (const job of DEMO_JOBS.slice(0, 5)) {
    const { createJob } = await admin.looma.request(CreateJobDocument, {
      input: { title: job.title, department: job.department, location: job.location, requiredSkills: job.skills, status: 'OPEN' },
    });
    jobs.push({ id: createJob.id, stages: createJob.stages.filter((s) => s.kind === 'ACTIVE').map((s) => s.key) });
  }

  const clients: SoakClient[] = [];
  for (let i = 0; i < clientCount; i++) {
    const client = new SoakClient(`recruiter ${i + 1}`, gatewayUrl, `10.77.1.${i + 1}`);
    const { inviteUser } = await admin.looma.request(InviteUserDocument, {
      email: `recruiter-${i + 1}-${suffix}@soak.looma.dev`,
      role: 'RECRUITER',
    });
    const { acceptInvite } = await client.looma.request(AcceptInviteDocument, {
      token: inviteUser.token,
      password: PASSWORD,
      name: `Soak Recruiter ${i + 1}`,
    });
    client.session = acceptInvite;
    client.talents.push(...talents.filter((_, index) => index % clientCount === i));
    if (client.talents.length === 0) throw new Error(`${talentCount} talents are too few for ${clientCount} clients`);
    for (let a = 0; a < APPLICATIONS_PER_CLIENT && a < client.talents.length; a++) {
      const job = jobs[(i + a) % jobs.length]!;
      const { createApplication } = await client.looma.request(CreateApplicationDocument, {
        input: { talentId: client.talents[a]!.id, jobId: job.id },
      });
      client.applications.push({
        id: createApplication.id,
        version: createApplication.version,
        stage: createApplication.stage.key,
        stages: job.stages,
      });
    }
    clients.push(client);
  }
  log(`  ${clients.length} recruiters signed in, ${jobs.length} jobs, ${clients.length * APPLICATIONS_PER_CLIENT} applications`);

  // The projector (in the talent process) fills graph, vector and search; outboxStatus is limited to 30 a minute per organisation.
  for (let waited = 0; ; waited += 3_000) {
    const { outboxStatus } = await admin.looma.request(OutboxStatusDocument);
    if (outboxStatus.pending === 0) break;
    if (waited > 300_000) throw new Error(`the projector did not catch up in 5 minutes (${outboxStatus.pending} events pending)`);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
  return { orgId, admin, clients, jobIds: jobs.map((j) => j.id), talentIds: talents.map((t) => t.id) };
}
