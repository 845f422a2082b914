import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import {
  TALENT_SOURCES as STORED_TALENT_SOURCES,
  VISIBLE_TALENT_STATUSES,
  type TalentConsent,
  type TalentEmployment,
  type TalentLink,
  type TalentProfile,
} from '../../../data/records/talent-record.ts';
import { distinctBy } from '../../../data/projections/talent-projection.ts';
import { enumValues } from '../../../platform/enum-values.ts';
import { badInput } from '../../../platform/errors.ts';
import { idempotencyKeySchema } from '../../../platform/idempotency.ts';
import type { ConsentPurpose, LinkKind, TalentSource, TalentStatus } from '../__generated__/resolvers-types.ts';

/**
 * The talent's profile fields as every write path takes them (createTalent, updateTalent,
 * importTalents): one zod schema per field, normalising as it validates, so the three paths
 * cannot disagree on what a valid e-mail, phone or link is.
 */

/** The record's list (data/ needs it below the subgraphs), checked against codegen's enum. */
export const TALENT_SOURCES = enumValues<TalentSource>()(STORED_TALENT_SOURCES);
/** The statuses a reader sees and filters by (the record's list), checked against codegen's enum. */
export const TALENT_STATUSES = enumValues<TalentStatus>()(VISIBLE_TALENT_STATUSES);
export const LINK_KINDS = enumValues<LinkKind>()(['LINKEDIN', 'GITHUB', 'WEBSITE', 'PORTFOLIO', 'OTHER']);
export const CONSENT_PURPOSES = enumValues<ConsentPurpose>()(['RECRUITING', 'TALENT_POOL', 'MARKETING']);

const text = (field: string, max: number) =>
  z.string().trim().min(1, `${field} must not be empty`).max(max, `${field} must be at most ${max} characters`);

const list = <T extends z.ZodTypeAny>(item: T, field: string, max: number) => z.array(item).max(max, `at most ${max} ${field}`);

// A pragmatic address check (what mail systems accept in practice), not RFC 5322's full grammar.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const email = z
  .string()
  .trim()
  .max(254, 'an e-mail address is at most 254 characters')
  .transform((value) => value.toLowerCase())
  .refine((value) => EMAIL.test(value), { message: 'is not a valid e-mail address' });

/** Mainland China numbers need no prefix (`13800138000`); others start with `+` or `00`. Stored as E.164. */
export function toE164(raw: string): string | null {
  const cleaned = raw.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, 'CN');
  return parsed?.isValid() ? parsed.number : null;
}
const phone = z
  .string()
  .trim()
  .max(40, 'a phone number is at most 40 characters')
  .transform((value, ctx) => {
    const e164 = toE164(value);
    if (!e164)
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a valid phone number (a mainland China number, or +country code)` });
    return e164 ?? value;
  });

const month = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is written YYYY-MM');

const employment = z
  .object({
    company: text('company', 200),
    title: text('title', 200).nullish(),
    start: month.nullish(),
    end: month.nullish(),
  })
  .refine((e) => !e.start || !e.end || e.start <= e.end, { message: 'an employment cannot end before it starts', path: ['end'] })
  .transform((e): TalentEmployment => ({ company: e.company, title: e.title ?? null, start: e.start ?? null, end: e.end ?? null }));

const link = z
  .object({
    kind: z.enum(LINK_KINDS),
    url: z
      .string()
      .trim()
      .max(500, 'a link is at most 500 characters')
      .refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
        } catch {
          return false;
        }
      }, 'a link must be an absolute http(s) URL'),
  })
  .transform((l): TalentLink => ({ kind: l.kind, url: l.url }));

const isoDate = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO-8601 date-time')
  .transform((value) => new Date(value).toISOString());

const consent = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES),
    givenAt: isoDate.nullish(),
    expiresAt: isoDate.nullish(),
    source: text('source', 200).nullish(),
  })
  .refine((c) => !c.givenAt || !c.expiresAt || c.givenAt < c.expiresAt, {
    message: 'consent must expire after it is given',
    path: ['expiresAt'],
  })
  .transform((c): TalentConsent => ({
    purpose: c.purpose,
    givenAt: c.givenAt ?? new Date().toISOString(),
    expiresAt: c.expiresAt ?? null,
    source: c.source ?? null,
  }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each profile field's rule; `undefined` means "not given", `null` clears (where the field may be empty). */
export const talentFieldRules = {
  name: text('name', 200),
  latinName: text('latinName', 200).nullish(),
  chineseName: text('chineseName', 100).nullish(),
  headline: text('headline', 300).nullish(),
  skills: list(text('a skill', 80), 'skills', 100).nullish(),
  languages: list(text('a language', 60), 'languages', 30).nullish(),
  emails: list(email, 'e-mail addresses', 20).nullish(),
  phones: list(phone, 'phone numbers', 20).nullish(),
  location: text('location', 200).nullish(),
  currentTitle: text('currentTitle', 200).nullish(),
  currentCompany: text('currentCompany', 200).nullish(),
  yearsOfExperience: z.number().min(0, 'yearsOfExperience must be 0 to 70').max(70, 'yearsOfExperience must be 0 to 70').nullish(),
  employments: list(employment, 'employments', 50).nullish(),
  schools: list(text('a school', 200), 'schools', 20).nullish(),
  links: list(link, 'links', 20).nullish(),
  source: z.enum(TALENT_SOURCES).nullish(),
  ownerId: z.string().regex(UUID, 'ownerId is not a user id').nullish(),
  consent: list(consent, 'consents', 10).nullish(),
};

export const createTalentSchema = z
  .object({ ...talentFieldRules, name: talentFieldRules.name.nullish(), idempotencyKey: idempotencyKeySchema.nullish() })
  .refine((t) => t.name || t.latinName || t.chineseName, { message: 'a talent needs a name, latinName or chineseName', path: ['name'] });

export type CreateTalentFields = z.output<typeof createTalentSchema>;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A new talent's full profile from validated input: display name, names by script, companies and titles from employments. */
export function newTalentProfile(input: CreateTalentFields, defaults: { source: string; ownerId: string | null }): TalentProfile {
  const name = input.name ?? input.latinName ?? input.chineseName!;
  const employments = input.employments ?? [];
  return {
    name,
    latinName: input.latinName ?? (input.name && !CJK.test(input.name) ? input.name : null),
    chineseName: input.chineseName ?? (input.name && CJK.test(input.name) ? input.name : null),
    headline: input.headline ?? null,
    skills: distinctBy(input.skills ?? []),
    languages: distinctBy(input.languages ?? []),
    emails: [...new Set(input.emails ?? [])],
    phones: [...new Set(input.phones ?? [])],
    location: input.location ?? null,
    currentTitle: input.currentTitle ?? currentOf(employments)?.title ?? null,
    currentCompany: input.currentCompany ?? currentOf(employments)?.company ?? null,
    yearsOfExperience: input.yearsOfExperience ?? null,
    titles: distinctBy([...employments.flatMap((e) => (e.title ? [e.title] : [])), ...(input.currentTitle ? [input.currentTitle] : [])]),
    companies: distinctBy([...employments.map((e) => e.company), ...(input.currentCompany ? [input.currentCompany] : [])]),
    schools: distinctBy(input.schools ?? []),
    employments,
    links: input.links ?? [],
    source: input.source ?? defaults.source,
    ownerId: input.ownerId ?? defaults.ownerId,
    consent: input.consent ?? [],
  };
}

/** The current position: one without an end, else the latest start. */
export function currentOf(employments: TalentEmployment[]): TalentEmployment | undefined {
  return employments.find((e) => !e.end) ?? [...employments].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
}

export const updateTalentSchema = z.object({
  id: z.string(),
  version: z.number().int('version must be an integer'),
  ...talentFieldRules,
  name: talentFieldRules.name.nullish(),
});

export type UpdateTalentFields = z.output<typeof updateTalentSchema>;

/**
 * The profile after an update: given fields replace, `null` clears; a changed Latin or Chinese name
 * renames the display name when the display name was that name.
 */
export function updatedTalentProfile(
  current: TalentProfile,
  given: Partial<Record<keyof UpdateTalentFields, unknown>>,
  input: UpdateTalentFields,
): TalentProfile {
  const has = (key: keyof UpdateTalentFields) => key in given && given[key] !== undefined;
  const next: TalentProfile = { ...current };
  if ('name' in given && input.name === null) throw badInput('name cannot be cleared', { field: 'name' });
  if (has('latinName')) next.latinName = input.latinName ?? null;
  if (has('chineseName')) next.chineseName = input.chineseName ?? null;
  if (has('name')) next.name = input.name!;
  else if (has('latinName') && current.name === current.latinName && next.latinName) next.name = next.latinName;
  else if (has('chineseName') && current.name === current.chineseName && next.chineseName) next.name = next.chineseName;
  if (has('headline')) next.headline = input.headline ?? null;
  if (has('skills')) next.skills = distinctBy(input.skills ?? []);
  if (has('languages')) next.languages = distinctBy(input.languages ?? []);
  if (has('emails')) next.emails = [...new Set(input.emails ?? [])];
  if (has('phones')) next.phones = [...new Set(input.phones ?? [])];
  if (has('location')) next.location = input.location ?? null;
  if (has('currentTitle')) next.currentTitle = input.currentTitle ?? null;
  if (has('currentCompany')) next.currentCompany = input.currentCompany ?? null;
  if (has('yearsOfExperience')) next.yearsOfExperience = input.yearsOfExperience ?? null;
  if (has('schools')) next.schools = distinctBy(input.schools ?? []);
  if (has('links')) next.links = input.links ?? [];
  if (has('source')) next.source = input.source ?? 'SOURCED';
  if (has('ownerId')) next.ownerId = input.ownerId ?? null;
  if (has('consent')) next.consent = input.consent ?? [];
  if (has('employments')) {
    next.employments = input.employments ?? [];
    // Companies and titles keep what resumes added and gain the employments'.
    next.companies = distinctBy([...next.employments.map((e) => e.company), ...current.companies]);
    next.titles = distinctBy([...next.employments.flatMap((e) => (e.title ? [e.title] : [])), ...current.titles]);
    const now = currentOf(next.employments);
    if (!has('currentCompany') && now) next.currentCompany = now.company;
    if (!has('currentTitle') && now?.title) next.currentTitle = now.title;
  }
  if (next.currentCompany && !has('employments')) next.companies = distinctBy([...next.companies, next.currentCompany]);
  if (!next.name) next.name = next.latinName ?? next.chineseName ?? current.name;
  return next;
}
