import { shownAsData } from '../planning/normalise.ts';
import type { ChatOperation } from '../planning/types.ts';

/** What a talent's record says, as far as an answer may state it (the fields the chat documents read). */
export interface TalentFacts {
  id: string;
  name: string;
  headline: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
  location: string | null;
  yearsOfExperience: number | null;
  skills: string[];
  companies: string[];
  schools: string[];
}

export interface JobFacts {
  id: string;
  title: string;
  status: string;
  location: string | null;
  department: string | null;
  skills: string[];
}

export interface StageCount {
  key: string;
  name: string;
  count: number;
}

/** How a talent is connected: a network member (degree from the start) or a referrer into a company. */
export interface Connection {
  talentId: string;
  degree: number;
  /** Names of the talents in between (network) or the insiders it knows (referrers). */
  through: string[];
  isCurrentEmployee?: boolean;
}

/** One step's results, normalised: the records found and what the operation adds about them. */
export interface StepResult {
  operation: ChatOperation;
  /** True when an earlier step it depends on found nothing: it did not run. */
  skipped: boolean;
  talents: TalentFacts[];
  jobs: JobFacts[];
  totalCount: number | null;
  /** talentNetwork: the start; talentProfile: the talent. */
  subject: { id: string; name: string } | null;
  connections: Connection[];
  /** pipelineBoard: the job's stages with counts. */
  stages: StageCount[];
  /** jobMatches: each talent's score. */
  scores: Map<string, number>;
  /** talentProfile: the talent's applications. */
  applications: { id: string; jobId: string; jobTitle: string; stage: string; status: string }[];
}

export const emptyResult = (operation: ChatOperation, skipped = false): StepResult => ({
  operation,
  skipped,
  talents: [],
  jobs: [],
  totalCount: skipped ? 0 : null,
  subject: null,
  connections: [],
  stages: [],
  scores: new Map(),
  applications: [],
});

/** The ids a later step may take from this one (`{ "$from": i, "path": "ids" }`): its talents', or its jobs'. */
export function resultIds(result: StepResult): string[] {
  if (result.talents.length) return result.talents.map((t) => t.id);
  if (result.jobs.length) return result.jobs.map((j) => j.id);
  return result.subject ? [result.subject.id] : [];
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
// Every text a record gives is data an answer may show: as stored, minus invisible characters and line breaks (planning/normalise.ts).
const str = (value: unknown): string | null => (typeof value === 'string' ? shownAsData(value) : null);
const strings = (value: unknown): string[] => asArray(value).flatMap((v) => (typeof v === 'string' ? [shownAsData(v)] : []));

function talentFacts(value: unknown): TalentFacts | null {
  const t = asObject(value);
  if (!t || typeof t.id !== 'string') return null;
  return {
    id: t.id,
    name: str(t.name) ?? '',
    headline: str(t.headline),
    currentTitle: str(t.currentTitle),
    currentCompany: str(t.currentCompany),
    location: str(t.location),
    yearsOfExperience: typeof t.yearsOfExperience === 'number' ? t.yearsOfExperience : null,
    skills: strings(t.skills),
    companies: strings(t.companies),
    schools: strings(t.schools),
  };
}

function jobFacts(value: unknown): JobFacts | null {
  const j = asObject(value);
  if (!j || typeof j.id !== 'string') return null;
  return {
    id: j.id,
    title: str(j.title) ?? '',
    status: str(j.status) ?? '',
    location: str(j.location),
    department: str(j.department),
    skills: strings(j.skills),
  };
}

const present = <T>(values: (T | null)[]): T[] => values.filter((v): v is T => v !== null);
const edgeNodes = (connection: unknown) => asArray(asObject(connection)?.edges).map((edge) => asObject(edge)?.node);
const names = (value: unknown) => present(asArray(value).map((t) => str(asObject(t)?.name)));

/** Reads one step's `data` (the shape of its chat-plan document) into a StepResult; unexpected shapes read as empty. */
export function readStepResult(operation: ChatOperation, data: unknown): StepResult {
  const root = asObject(data) ?? {};
  const result = emptyResult(operation);
  switch (operation) {
    case 'findTalents':
    case 'resolveTalent':
    case 'searchTalents': {
      const connection = asObject(operation === 'searchTalents' ? root.search : root.talents);
      result.talents = present(edgeNodes(connection).map(talentFacts));
      result.totalCount = typeof connection?.totalCount === 'number' ? connection.totalCount : result.talents.length;
      break;
    }
    case 'findJobs':
    case 'resolveJob': {
      const connection = asObject(root.jobs);
      result.jobs = present(edgeNodes(connection).map(jobFacts));
      result.totalCount = typeof connection?.totalCount === 'number' ? connection.totalCount : result.jobs.length;
      break;
    }
    case 'talentProfile': {
      const talent = talentFacts(root.talent);
      if (talent) {
        result.talents = [talent];
        result.subject = { id: talent.id, name: talent.name };
        result.applications = present(
          asArray(asObject(root.talent)?.applications).map((a) => {
            const app = asObject(a);
            const job = asObject(app?.job);
            if (!app || typeof app.id !== 'string' || !job || typeof job.id !== 'string') return null;
            return {
              id: app.id,
              jobId: job.id,
              jobTitle: str(job.title) ?? '',
              stage: str(asObject(app.stage)?.name) ?? '',
              status: str(app.status) ?? '',
            };
          }),
        );
      }
      break;
    }
    case 'talentNetwork': {
      const start = asObject(root.talent);
      if (start && typeof start.id === 'string') result.subject = { id: start.id, name: str(start.name) ?? '' };
      for (const member of asArray(start?.network)) {
        const m = asObject(member);
        const talent = talentFacts(m?.talent);
        if (!m || !talent) continue;
        result.talents.push(talent);
        result.connections.push({ talentId: talent.id, degree: Number(m.degree) || 0, through: names(m.via) });
      }
      break;
    }
    case 'referrersInto': {
      for (const referrer of asArray(root.referrersInto)) {
        const r = asObject(referrer);
        const talent = talentFacts(r?.talent);
        if (!r || !talent) continue;
        result.talents.push(talent);
        result.connections.push({
          talentId: talent.id,
          degree: Number(r.degree) || 0,
          through: names(r.through),
          isCurrentEmployee: r.isCurrentEmployee === true,
        });
      }
      break;
    }
    case 'pipelineBoard': {
      const job = jobFacts(root.job);
      if (job) result.jobs = [job];
      result.stages = present(
        asArray(asObject(root.job)?.pipeline).map((column) => {
          const c = asObject(column);
          const stage = asObject(c?.stage);
          if (!c || !stage || typeof stage.key !== 'string') return null;
          return { key: stage.key, name: str(stage.name) ?? stage.key, count: Number(c.count) || 0 };
        }),
      );
      break;
    }
    case 'jobMatches': {
      const job = jobFacts(root.job);
      if (job) {
        result.jobs = [job];
        result.subject = { id: job.id, name: job.title };
      }
      for (const edge of asArray(asObject(asObject(root.job)?.matches)?.edges)) {
        const e = asObject(edge);
        const talent = talentFacts(e?.node);
        if (!e || !talent) continue;
        result.talents.push(talent);
        if (typeof e.score === 'number') result.scores.set(talent.id, e.score);
      }
      break;
    }
  }
  return result;
}
