/**
 * The resume pipeline: parse first (a refused file writes nothing), then in one transaction store
 * the resume, find or create its talent (the given id, else an e-mail or phone match, else a new
 * talent), update the talent's profile and queue its outbox event. The resume goes through
 * data/records/resume-store.ts (the resumes table's one owner), the talent through data/records/talent-store.ts
 * and talent-writes.ts (the talent write path every subgraph shares). Knows nothing of GraphQL; the subgraph and
 * `npm run resumes:import` both call it.
 */
import { z } from 'zod';
import { recordAudit, type Actor } from '../../../data/audit/audit-recorder.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { distinctBy, skillKey } from '../../../data/projections/talent-projection.ts';
import { insertResume, type ResumeRecord as StoredResume } from '../../../data/records/resume-store.ts';
import type { NewTalent, TalentEmployment, TalentRecord } from '../../../data/records/talent-record.ts';
import { findTalentByContact, readTalent } from '../../../data/records/talent-store.ts';
import { insertTalents, updateTalentProfile } from '../../../data/records/talent-writes.ts';
import { parseInput } from '../../../platform/checks.ts';
import { notFound } from '../../../platform/errors.ts';
import { normalizeSkill } from '../../../taxonomy/taxonomy.ts';
import type { ResumeAttachment } from '../__generated__/resolvers-types.ts';
import { parseResume, type ParsedResume, type ParseResumeOptions } from '../parser/resume-parser.ts';

/** A stored resume with what the parser made of it. */
export type ResumeRecord = StoredResume<ParsedResume>;

/** The schema's enum, as codegen generates it. */
export type { ResumeAttachment };

export interface IngestedResume {
  resume: ResumeRecord;
  talent: TalentRecord;
  attachedBy: ResumeAttachment;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const uploadInput = z
  .object({
    talentId: z.string().nullish(),
    filename: z.string().trim().min(1, 'filename must not be empty').max(255, 'filename must be at most 255 characters').nullish(),
    contentBase64: z
      .string()
      .transform((value) => value.replace(/\s+/g, ''))
      .refine((value) => BASE64.test(value), 'contentBase64 must be base64')
      .nullish(),
    text: z.string().nullish(),
  })
  .superRefine((input, ctx) => {
    const hasFile = input.contentBase64 !== null && input.contentBase64 !== undefined;
    const hasText = input.text !== null && input.text !== undefined;
    if (hasFile && hasText)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'give either text or filename with contentBase64, not both' });
    else if (!hasFile && !hasText)
      ctx.addIssue({ code: 'custom', path: ['contentBase64'], message: 'give filename with contentBase64, or text' });
    else if (hasFile && !input.filename)
      ctx.addIssue({
        code: 'custom',
        path: ['filename'],
        message: 'filename is required with contentBase64 (its extension says the type)',
      });
  });
export type UploadResumeInput = z.input<typeof uploadInput>;

/** Checks an upload's input: a file (name and base64 bytes) or text, not both; BAD_USER_INPUT naming the field otherwise. */
export const parseUploadInput = (input: UploadResumeInput) => parseInput(uploadInput, input);

export const CONTENT_TYPES: Record<ParsedResume['format'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
};

export interface IngestOptions {
  orgId: string;
  /** Who uploaded: the viewer's user (or API key) id, or the importing command. */
  createdBy: string;
  /** The upload and parse budgets (`config.resumes`). */
  limits: ParseResumeOptions;
  /** Who the audit log names (default: Looma itself, as for the import command). */
  actor?: Actor;
}

/** Parses and stores one resume for an org; see the module comment. */
export async function ingestResume(db: RelationalStore, rawInput: UploadResumeInput, options: IngestOptions): Promise<IngestedResume> {
  const input = parseUploadInput(rawInput);
  const isFile = input.contentBase64 !== null && input.contentBase64 !== undefined;
  if (input.talentId && !isUuid(input.talentId)) throw notFound('Talent', input.talentId);

  const parsed = withoutControlChars(
    await parseResume(
      isFile
        ? { filename: input.filename ?? undefined, contentBase64: input.contentBase64! }
        : { filename: input.filename ?? undefined, text: input.text! },
      options.limits,
    ),
  );
  const original = isFile ? Buffer.from(input.contentBase64!, 'base64') : Buffer.from(input.text!, 'utf8');
  const emails = unique(parsed.emails.map((e) => e.value.toLowerCase()));
  const phones = unique(parsed.phones.map((p) => p.value));

  return db.transaction(async (tx) => {
    const { talent: existing, attachedBy } = await findTalent(tx, options.orgId, input.talentId ?? null, emails, phones);
    const profile = mergeProfile(existing, parsed, input.filename ?? null);
    const talent = existing
      ? await updateTalentProfile(tx, existing, profile, options.actor ?? 'system')
      : (await insertTalents(tx, options.orgId, [profile], options.actor ?? 'system'))[0]!;
    const resume = await insertResume(tx, {
      orgId: options.orgId,
      talentId: talent.id,
      filename: input.filename ?? null,
      contentType: CONTENT_TYPES[parsed.format],
      original,
      parsed,
      createdBy: options.createdBy,
    });
    await recordAudit(tx, options.orgId, options.actor ?? 'system', [
      {
        action: 'resume.upload',
        entityType: 'resume',
        entityId: resume.id,
        talentId: talent.id,
        after: {
          id: resume.id,
          filename: resume.filename,
          contentType: resume.contentType,
          size: resume.size,
          talentCreated: !existing,
          attachedBy,
        },
      },
    ]);
    return { resume, talent, attachedBy };
  });
}

async function findTalent(
  tx: SqlExecutor,
  orgId: string,
  talentId: string | null,
  emails: string[],
  phones: string[],
): Promise<{ talent: TalentRecord | null; attachedBy: ResumeAttachment }> {
  if (talentId) {
    const talent = await readTalent(tx, orgId, talentId);
    // Another org's talent reads as missing, never as forbidden.
    if (!talent) throw notFound('Talent', talentId);
    return { talent, attachedBy: 'GIVEN_ID' };
  }
  if (emails.length === 0 && phones.length === 0) return { talent: null, attachedBy: 'CREATED' };
  // An e-mail match wins over a phone match; the oldest talent among equals.
  const match = await findTalentByContact(tx, orgId, emails, phones);
  if (!match) return { talent: null, attachedBy: 'CREATED' };
  return { talent: match.talent, attachedBy: match.byEmail ? 'EMAIL_MATCH' : 'PHONE_MATCH' };
}

/**
 * The talent's profile with the resume in it: skills merged through the taxonomy (one entry per
 * taxonomy skill, the spelling already there kept), contact details and history added, the current
 * title and company from the resume's open (or latest) position, a headline only where there is none.
 */
export function mergeProfile(talent: TalentRecord | null, parsed: ParsedResume, filename: string | null): NewTalent {
  const current = parsed.experience.find((e) => e.end === 'present') ?? parsed.experience[0];
  const currentTitle = current?.title ?? talent?.currentTitle ?? null;
  const currentCompany = current?.company ?? talent?.currentCompany ?? null;
  const headline = talent?.headline?.trim()
    ? talent.headline
    : currentTitle && currentCompany
      ? `${currentTitle} · ${currentCompany}`
      : (currentTitle ?? currentCompany ?? talent?.headline ?? null);
  const skillIdentity = (skill: string) => normalizeSkill(skill)?.id ?? skillKey(skill);
  return {
    ...(talent ? {} : { source: 'RESUME' }),
    name: talent?.name ?? parsed.name.value ?? parsed.emails[0]?.value ?? filename ?? 'Unnamed resume',
    headline: headline ?? null,
    skills: distinctBy([...(talent?.skills ?? []), ...parsed.skills.map((s) => s.name)], skillIdentity).slice(0, 100),
    emails: unique([...(talent?.emails ?? []), ...parsed.emails.map((e) => e.value.toLowerCase())]),
    phones: unique([...(talent?.phones ?? []), ...parsed.phones.map((p) => p.value)]),
    location: parsed.location.value ?? talent?.location ?? null,
    currentTitle,
    currentCompany,
    titles: distinctBy([...(talent?.titles ?? []), ...parsed.experience.flatMap((e) => (e.title ? [e.title] : []))], skillKey),
    companies: distinctBy([...(talent?.companies ?? []), ...parsed.experience.flatMap((e) => (e.company ? [e.company] : []))], skillKey),
    schools: distinctBy([...(talent?.schools ?? []), ...parsed.education.flatMap((e) => (e.school ? [e.school] : []))], skillKey),
    employments: mergeEmployments(talent?.employments ?? [], parsed),
  };
}

/**
 * The talent's positions with the resume's added (derived WORKED_WITH relationships read them):
 * `YYYY` becomes `YYYY-01` as a start and `YYYY-12` as an end, `present` an open end; a position
 * already there (same company, start and end) is kept as it was.
 */
function mergeEmployments(existing: TalentEmployment[], parsed: ParsedResume): TalentEmployment[] {
  const month = (value: string | null, yearMonth: string) =>
    value && /^\d{4}-\d{2}$/.test(value) ? value : value && /^\d{4}$/.test(value) ? `${value}-${yearMonth}` : null;
  const fromResume = parsed.experience.flatMap((e): TalentEmployment[] =>
    e.company?.trim()
      ? [
          {
            company: e.company.trim(),
            title: e.title?.trim() || null,
            start: month(e.start, '01'),
            end: e.end === 'present' ? null : month(e.end, '12'),
          },
        ]
      : [],
  );
  const identity = (e: TalentEmployment) => `${skillKey(e.company)}|${e.start ?? ''}|${e.end ?? ''}`;
  const seen = new Set(existing.map(identity));
  return [...existing, ...fromResume.filter((e) => !seen.has(identity(e)) && seen.add(identity(e)))];
}

const unique = (values: string[]) => [...new Set(values)];

// PDFs draw bullets with glyphs that extract as NUL and other C0 controls, which Postgres text and
// jsonb refuse; tabs and newlines stay.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function withoutControlChars(parsed: ParsedResume): ParsedResume {
  return JSON.parse(
    JSON.stringify(parsed, (_, value: unknown) => (typeof value === 'string' ? value.replace(CONTROL_CHARS, '') : value)),
  ) as ParsedResume;
}
