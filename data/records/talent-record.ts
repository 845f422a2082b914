import type { TalentAuditView } from '../audit/audit-events.ts';
import type { Idempotency } from '../../platform/idempotency.ts';

/**
 * The talent record, below the subgraphs: what a talent is, as the talent subgraph (its CRM writes),
 * the resume subgraph (talents from resumes), search and the projections see it. Its table's SQL
 * lives in ./talent-store.ts.
 */

/** A link on a talent's profile (GraphQL `LinkKind`; the talent subgraph checks the list against codegen). */
export interface TalentLink {
  kind: 'LINKEDIN' | 'GITHUB' | 'WEBSITE' | 'PORTFOLIO' | 'OTHER';
  url: string;
}

/** What a person agreed to, for which purpose, until when (ISO date-times). */
export interface TalentConsent {
  purpose: 'RECRUITING' | 'TALENT_POOL' | 'MARKETING';
  givenAt: string;
  expiresAt: string | null;
  source: string | null;
}

/** One position; months as `YYYY-MM`, `end` null while current. */
export interface TalentEmployment {
  company: string;
  title: string | null;
  start: string | null;
  end: string | null;
}

/**
 * How a talent came to the pool (GraphQL `TalentSource`). The list lives here because the filter and
 * the write path below the subgraphs need it; the talent subgraph checks it against codegen's enum.
 */
export const TALENT_SOURCES = ['SOURCED', 'REFERRAL', 'JOB_BOARD', 'CAREER_SITE', 'AGENCY', 'IMPORT', 'RESUME', 'OTHER'] as const;

/**
 * The statuses readers see (GraphQL `TalentStatus`; the talent subgraph checks the list against codegen).
 * MERGED and ERASED rows are tombstones.
 */
export const VISIBLE_TALENT_STATUSES = ['ACTIVE', 'ARCHIVED'] as const;
export type VisibleTalentStatus = (typeof VISIBLE_TALENT_STATUSES)[number];
export type TalentStatus = VisibleTalentStatus | 'MERGED' | 'ERASED';

/** A talent row of the source of truth, as the domain and resolvers see it. */
export interface TalentRecord {
  id: string;
  orgId: string;
  /** For display: the Latin or Chinese name, whichever was given (or an explicit display name). */
  name: string;
  latinName: string | null;
  chineseName: string | null;
  headline: string | null;
  skills: string[];
  languages: string[];
  /** Lowercased; an uploaded resume attaches to the talent with one of them. */
  emails: string[];
  /** E.164. */
  phones: string[];
  location: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
  yearsOfExperience: number | null;
  /** Every title, company and school of the profile (resumes fill them). */
  titles: string[];
  companies: string[];
  schools: string[];
  employments: TalentEmployment[];
  links: TalentLink[];
  source: string;
  ownerId: string | null;
  status: TalentStatus;
  archivedAt: Date | null;
  consent: TalentConsent[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The profile as stored: every field of a talent row that a write sets. */
export type TalentProfile = Pick<
  TalentRecord,
  | 'name'
  | 'latinName'
  | 'chineseName'
  | 'headline'
  | 'skills'
  | 'languages'
  | 'emails'
  | 'phones'
  | 'location'
  | 'currentTitle'
  | 'currentCompany'
  | 'yearsOfExperience'
  | 'titles'
  | 'companies'
  | 'schools'
  | 'employments'
  | 'links'
  | 'source'
  | 'ownerId'
  | 'consent'
>;

/** A new talent: name, headline and skills at least; the rest defaults to empty. */
/** A new talent's profile; with `idempotency`, the key of the create that makes it (migration 0015). */
export type NewTalent = Pick<TalentProfile, 'name' | 'headline' | 'skills'> & Partial<TalentProfile> & { idempotency?: Idempotency | null };

/** True when `error` is a talent insert that lost to another with the same idempotency key (its transaction is over). */
export function isIdempotencyKeyTaken(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'talents_idempotency_key';
}

/** A visible talent that may be a duplicate, with what the scoring compares (its companies from every place a profile names one). */
export interface DuplicateCandidateRow {
  id: string;
  name: string;
  latin_name: string | null;
  chinese_name: string | null;
  emails: string[];
  phones: string[];
  companies: string[];
  current_company: string | null;
  employment_companies: string[];
}

/** A change to an existing talent's profile: the fields given are written, the others kept. */
export type TalentProfileUpdate = Partial<TalentProfile>;

export function profileOf(t: TalentRecord): TalentProfile {
  return {
    name: t.name,
    latinName: t.latinName,
    chineseName: t.chineseName,
    headline: t.headline,
    skills: t.skills,
    languages: t.languages,
    emails: t.emails,
    phones: t.phones,
    location: t.location,
    currentTitle: t.currentTitle,
    currentCompany: t.currentCompany,
    yearsOfExperience: t.yearsOfExperience,
    titles: t.titles,
    companies: t.companies,
    schools: t.schools,
    employments: t.employments,
    links: t.links,
    source: t.source,
    ownerId: t.ownerId,
    consent: t.consent,
  };
}

/** The talent as the audit log keeps it: the profile, status and version. */
export function auditView(t: TalentRecord): TalentAuditView {
  return { ...profileOf(t), status: t.status, version: t.version };
}

/** A talents row as stored (talent-store.ts, the table's owner, reads it; reindex and consistency compare rows as stored). */
export interface TalentRow {
  id: string;
  org_id: string;
  name: string;
  latin_name: string | null;
  chinese_name: string | null;
  headline: string | null;
  skills: string[];
  languages: string[];
  emails: string[];
  phones: string[];
  location: string | null;
  current_title: string | null;
  current_company: string | null;
  /** numeric: pg returns it as a string. */
  years_of_experience: string | number | null;
  titles: string[];
  companies: string[];
  schools: string[];
  employments: TalentEmployment[];
  links: TalentLink[];
  source: string;
  owner_id: string | null;
  status: TalentStatus;
  archived_at: Date | string | null;
  consent: TalentConsent[];
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export function toTalentRecord(row: TalentRow): TalentRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    latinName: row.latin_name,
    chineseName: row.chinese_name,
    headline: row.headline,
    skills: row.skills,
    languages: row.languages,
    emails: row.emails,
    phones: row.phones,
    location: row.location,
    currentTitle: row.current_title,
    currentCompany: row.current_company,
    yearsOfExperience: row.years_of_experience === null ? null : Number(row.years_of_experience),
    titles: row.titles,
    companies: row.companies,
    schools: row.schools,
    employments: row.employments,
    links: row.links,
    source: row.source,
    ownerId: row.owner_id,
    status: row.status,
    archivedAt: row.archived_at === null ? null : new Date(row.archived_at),
    consent: row.consent,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
