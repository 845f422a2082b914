import { skillFilterKey, skillKey } from '../../../data/projections/talent-projection.ts';
import type { JobFacts, StepResult, TalentFacts } from '../execution/step-results.ts';

/** One fact a sentence states about its cited record: what the checker re-reads. */
export type Fact =
  | { field: 'skill' | 'company' | 'school' | 'location' | 'title' | 'stage'; value: string }
  | { field: 'years'; value: number }
  | { field: 'status'; value: string }
  | { field: 'stageCount'; stage: string; value: number }
  | { field: 'connection'; value: number }
  | { field: 'score'; value: number };

/** A sentence about one record, the facts it states, and the citation it carries. */
export interface Claim {
  sentence: string;
  cites: { kind: 'talent' | 'job' | 'application'; id: string };
  facts: Fact[];
}

/** Everything the steps found, by id: what claims are checked against. */
export interface Evidence {
  talents: Map<string, TalentFacts>;
  jobs: Map<string, JobFacts>;
  /** jobId → stage name (lowercased) → count. */
  stageCounts: Map<string, Map<string, number>>;
  /** talentId → its match score (jobMatches). */
  scores: Map<string, number>;
  /** talentId → the degrees it was found at (network, referrers). */
  connections: Map<string, Set<number>>;
  /** applicationId → its talent's id (an application is cited for the talent's stage). */
  applications: Map<string, { talentId: string; jobTitle: string; stage: string }>;
}

export function evidenceOf(results: readonly StepResult[]): Evidence {
  const evidence: Evidence = {
    talents: new Map(),
    jobs: new Map(),
    stageCounts: new Map(),
    scores: new Map(),
    connections: new Map(),
    applications: new Map(),
  };
  for (const result of results) {
    for (const talent of result.talents) evidence.talents.set(talent.id, talent);
    for (const job of result.jobs) evidence.jobs.set(job.id, job);
    for (const [talentId, score] of result.scores) evidence.scores.set(talentId, score);
    const job = result.jobs[0];
    if (job && result.stages.length) evidence.stageCounts.set(job.id, new Map(result.stages.map((s) => [s.name.toLowerCase(), s.count])));
    for (const connection of result.connections) {
      const degrees = evidence.connections.get(connection.talentId) ?? new Set<number>();
      degrees.add(connection.degree);
      evidence.connections.set(connection.talentId, degrees);
    }
    if (result.subject) {
      for (const application of result.applications) {
        evidence.applications.set(application.id, {
          talentId: result.subject.id,
          jobTitle: application.jobTitle,
          stage: application.stage,
        });
      }
    }
  }
  return evidence;
}

const contains = (haystack: string | null | undefined, needle: string) => !!haystack && skillKey(haystack).includes(skillKey(needle));

/** Whether the talent's record says it: the checker's reading of each field. */
function talentSupports(talent: TalentFacts, fact: Fact, evidence: Evidence): boolean {
  switch (fact.field) {
    case 'skill':
      return talent.skills.some((skill) => skillFilterKey(skill) === skillFilterKey(fact.value));
    case 'company':
      // The headline too: "Backend Engineer at ByteDance" names a company where no employment was entered.
      return [...talent.companies, talent.currentCompany, talent.headline].some((company) => contains(company, fact.value));
    case 'school':
      return talent.schools.some((school) => contains(school, fact.value));
    case 'location':
      return contains(talent.location, fact.value);
    case 'title':
      return contains(talent.currentTitle, fact.value) || contains(talent.headline, fact.value);
    case 'years':
      return talent.yearsOfExperience === fact.value;
    case 'connection':
      return evidence.connections.get(talent.id)?.has(fact.value) ?? false;
    case 'score':
      return evidence.scores.get(talent.id) === fact.value;
    default:
      return false;
  }
}

function jobSupports(job: JobFacts, fact: Fact, evidence: Evidence): boolean {
  switch (fact.field) {
    case 'title':
      return contains(job.title, fact.value);
    case 'status':
      return job.status === fact.value;
    case 'location':
      return contains(job.location, fact.value);
    case 'skill':
      return job.skills.some((skill) => skillFilterKey(skill) === skillFilterKey(fact.value));
    case 'stageCount':
      return evidence.stageCounts.get(job.id)?.get(fact.stage.toLowerCase()) === fact.value;
    default:
      return false;
  }
}

/** Whether every fact of the claim is in its cited record (a claim citing a record no step found is unsupported). */
export function isSupported(claim: Claim, evidence: Evidence): boolean {
  const { kind, id } = claim.cites;
  if (kind === 'talent') {
    const talent = evidence.talents.get(id);
    return !!talent && claim.facts.every((fact) => talentSupports(talent, fact, evidence));
  }
  if (kind === 'job') {
    const job = evidence.jobs.get(id);
    return !!job && claim.facts.every((fact) => jobSupports(job, fact, evidence));
  }
  const application = evidence.applications.get(id);
  const applicationSupports = (fact: Fact) =>
    fact.field === 'title'
      ? contains(application!.jobTitle, fact.value)
      : fact.field === 'stage' && contains(application!.stage, fact.value);
  return !!application && claim.facts.every(applicationSupports);
}

/** The checker: keeps the claims their cited records support, drops the rest. */
export function checkClaims(claims: readonly Claim[], evidence: Evidence): { kept: Claim[]; dropped: Claim[] } {
  const kept: Claim[] = [];
  const dropped: Claim[] = [];
  for (const claim of claims) (isSupported(claim, evidence) ? kept : dropped).push(claim);
  return { kept, dropped };
}

/** The snippet a citation shows: the cited fields' values as the record holds them. */
export function snippetOf(claim: Claim): string {
  return claim.facts
    .map((fact) =>
      fact.field === 'stageCount'
        ? `${fact.stage}: ${fact.value}`
        : fact.field === 'connection'
          ? `degree: ${fact.value}`
          : `${fact.field}: ${fact.value}`,
    )
    .join('; ');
}
