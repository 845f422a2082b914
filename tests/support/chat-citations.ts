/**
 * Whether an answer's citations satisfy its question (citation precision of `npm run bench:chat`): each cited
 * talent or job, as the gateway returns it, against the question's labelled `cites`. Static predicates are checked
 * on the record's own fields; relations (a talent's network, referrers into a company, a job's matches) against what
 * the API returns for them, read once per question through the gateway with the same viewer.
 */
import { normalizeSkill } from '../../taxonomy/taxonomy.ts';
import type { JobCites, LabelledQuestion, TalentCites } from './chat-set.ts';

export interface CitedTalent {
  id: string;
  name: string;
  headline: string | null;
  skills: string[];
  location: string | null;
  yearsOfExperience: number | null;
  companies: string[];
  currentCompany: string | null;
  schools: string[];
}

export interface CitedJob {
  id: string;
  title: string;
  status: string;
  location: string | null;
}

export const CITED_TALENT_FIELDS = 'id name headline skills location yearsOfExperience companies currentCompany schools';
export const CITED_JOB_FIELDS = 'id title status location';

/** Reads the API for the relations a question's citations are checked against. */
export interface RelationReader {
  talentIdsByName(name: string): Promise<string[]>;
  networkIds(talentId: string): Promise<string[]>;
  referrerIds(company: string): Promise<string[]>;
  matchIds(jobTitle: string): Promise<string[]>;
}

const skillId = (name: string) => normalizeSkill(name)?.id ?? name.toLowerCase();
const contains = (text: string | null | undefined, part: string) => (text ?? '').toLowerCase().includes(part.toLowerCase());
const sameName = (a: string, b: string) => a === b || a === b.split(' ').reverse().join(' ');

/** A cited talent against a static predicate. */
export function talentRecordSatisfies(talent: CitedTalent, cites: TalentCites): boolean {
  if (cites.none) return false;
  if (cites.names && !cites.names.some((n) => sameName(talent.name, n))) return false;
  const skills = new Set(talent.skills.map(skillId));
  if (cites.skillsAll && !cites.skillsAll.every((s) => skills.has(skillId(s)))) return false;
  const employers = [talent.headline, talent.currentCompany, ...talent.companies];
  if (cites.companiesAny && !cites.companiesAny.some((c) => employers.some((e) => contains(e, c)))) return false;
  if (cites.schoolsAny && !cites.schoolsAny.some((s) => talent.schools.some((school) => contains(school, s)))) return false;
  if (cites.location !== undefined && !contains(talent.location, cites.location)) return false;
  const years = talent.yearsOfExperience;
  if (cites.yearsMin !== undefined && (years === null || years < cites.yearsMin)) return false;
  if (cites.yearsMax !== undefined && (years === null || years > cites.yearsMax)) return false;
  return true;
}

export function jobRecordSatisfies(job: CitedJob, cites: JobCites | undefined): boolean {
  if (!cites) return false;
  if (cites.titles && !cites.titles.some((t) => t.toLowerCase() === job.title.toLowerCase())) return false;
  if (cites.status && !cites.status.includes(job.status)) return false;
  if (cites.location !== undefined && !contains(job.location, cites.location)) return false;
  return true;
}

export interface CitationVerdict {
  cited: number;
  supported: number;
  /** Cited records that do not satisfy the question, for the report. */
  unsupported: string[];
}

/**
 * Counts the cited talents and jobs that satisfy the question. A question that names people several talents
 * share may cite those people (the answer lists them to ask which one); a relation's subject may be cited beside
 * its relations ("赵勇 knows 李霞" cites both).
 */
export async function judgeCitations(
  question: LabelledQuestion,
  talents: CitedTalent[],
  jobs: CitedJob[],
  relations: RelationReader,
): Promise<CitationVerdict> {
  const verdict: CitationVerdict = { cited: 0, supported: 0, unsupported: [] };
  const record = (ok: boolean, label: string) => {
    verdict.cited++;
    if (ok) verdict.supported++;
    else verdict.unsupported.push(label);
  };
  const cites = question.cites?.talents;
  let allowed: ((t: CitedTalent) => Promise<boolean>) | null = null;
  if (question.clarifyAtRuntime) {
    const names = question.steps.filter((s) => s.operation === 'resolveTalent').map((s) => String(s.variables.name));
    allowed = async (t) => names.some((n) => sameName(t.name, n));
  } else if (cites?.networkOf !== undefined) {
    const [subject] = await relations.talentIdsByName(cites.networkOf);
    const network = new Set(subject ? [subject, ...(await relations.networkIds(subject))] : []);
    allowed = async (t) => network.has(t.id);
  } else if (cites?.referrersInto !== undefined) {
    const referrers = new Set(await relations.referrerIds(cites.referrersInto));
    allowed = async (t) => referrers.has(t.id);
  } else if (cites?.matchesOf !== undefined) {
    const matches = new Set(await relations.matchIds(cites.matchesOf));
    allowed = async (t) => matches.has(t.id);
  } else if (cites) {
    allowed = async (t) => talentRecordSatisfies(t, cites);
  }
  for (const talent of talents) record(allowed ? await allowed(talent) : false, `talent ${talent.name} (${talent.headline ?? ''})`);
  for (const job of jobs) record(jobRecordSatisfies(job, question.cites?.jobs), `job ${job.title} (${job.status})`);
  return verdict;
}
