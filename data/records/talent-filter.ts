import { z } from 'zod';
import { TALENT_SOURCES, VISIBLE_TALENT_STATUSES } from './talent-record.ts';
import { skillFilterKeys } from '../projections/talent-projection.ts';

/**
 * The talent filter, once: the talent lists (`talents(filter:)`) and search (`search(filter:)`)
 * take the same conditions and turn them into the same SQL over the source of truth.
 */

const uuidList = (field: string) => z.array(z.string().regex(/^[0-9a-f-]{36}$/i, `${field} holds an id that is not a Looma id`)).max(100);
const dateTime = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO-8601 date-time');
const shortTexts = z.array(z.string().trim().min(1).max(80)).max(50);

export const talentFilterSchema = z
  .object({
    skillsAll: shortTexts.nullish(),
    skillsAny: shortTexts.nullish(),
    location: z.string().trim().min(1).max(200).nullish(),
    companiesAny: shortTexts.nullish(),
    schoolsAny: shortTexts.nullish(),
    yearsMin: z.number().min(0).max(70).nullish(),
    yearsMax: z.number().min(0).max(70).nullish(),
    tags: shortTexts.nullish(),
    poolIds: uuidList('poolIds').nullish(),
    status: z.array(z.enum(VISIBLE_TALENT_STATUSES)).nullish(),
    stages: shortTexts.nullish(),
    jobId: z
      .string()
      .regex(/^[0-9a-f-]{36}$/i, 'jobId is not a Looma id')
      .nullish(),
    ownerId: z
      .string()
      .regex(/^[0-9a-f-]{36}$/i, 'ownerId is not a Looma id')
      .nullish(),
    source: z.array(z.enum(TALENT_SOURCES)).nullish(),
    createdAfter: dateTime.nullish(),
    createdBefore: dateTime.nullish(),
    updatedAfter: dateTime.nullish(),
    updatedBefore: dateTime.nullish(),
    ids: uuidList('ids').nullish(),
    text: z.string().trim().min(1).max(200).nullish(),
  })
  .refine((f) => f.yearsMin == null || f.yearsMax == null || f.yearsMin <= f.yearsMax, {
    message: 'yearsMin must not exceed yearsMax',
    path: ['yearsMax'],
  });

export type TalentFilter = z.input<typeof talentFilterSchema>;
/** A talent filter as `talentFilterSchema` validated it. */
export type ParsedTalentFilter = z.output<typeof talentFilterSchema>;

/** `%` and `_` match themselves in a contains-filter. */
const likePattern = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE clause of a filtered talent list, its parameters numbered after `params`' existing ones. */
export function talentFilterSql(orgId: string, filter: ParsedTalentFilter | null, params: unknown[]): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  const conditions = [`org_id = ${add(orgId)}`, `status = ANY (${add(filter?.status?.length ? filter.status : ['ACTIVE'])}::text[])`];
  if (!filter) return conditions.join(' AND ');
  // Skills compare by filter key (the taxonomy's skill whatever its name, alias or language; other text literally).
  if (filter.skillsAll?.length) conditions.push(`skill_keys @> ${add(skillFilterKeys(filter.skillsAll))}::text[]`);
  if (filter.skillsAny?.length) conditions.push(`skill_keys && ${add(skillFilterKeys(filter.skillsAny))}::text[]`);
  if (filter.location) conditions.push(`location ILIKE ${add(likePattern(filter.location))}`);
  // Any of the talent's companies (the current one and the headline's "Engineer at ByteDance" included) or schools contains one of the texts.
  if (filter.companiesAny?.length) {
    conditions.push(
      `EXISTS (SELECT 1 FROM unnest(companies || ARRAY[current_company, headline]) AS c WHERE c ILIKE ANY (${add(filter.companiesAny.map(likePattern))}::text[]))`,
    );
  }
  if (filter.schoolsAny?.length) {
    conditions.push(`EXISTS (SELECT 1 FROM unnest(schools) AS s WHERE s ILIKE ANY (${add(filter.schoolsAny.map(likePattern))}::text[]))`);
  }
  if (filter.yearsMin != null) conditions.push(`years_of_experience >= ${add(filter.yearsMin)}`);
  if (filter.yearsMax != null) conditions.push(`years_of_experience <= ${add(filter.yearsMax)}`);
  if (filter.tags?.length) {
    const tags = [...new Set(filter.tags.map((t) => t.toLowerCase()))];
    conditions.push(
      `(SELECT count(*) FROM talent_tags tt JOIN tags tg ON tg.id = tt.tag_id
        WHERE tt.talent_id = talents.id AND lower(tg.name) = ANY (${add(tags)}::text[])) = ${add(tags.length)}`,
    );
  }
  if (filter.poolIds?.length) {
    conditions.push(
      `EXISTS (SELECT 1 FROM talent_pool_members m WHERE m.talent_id = talents.id AND m.pool_id = ANY (${add(filter.poolIds)}::uuid[]))`,
    );
  }
  if (filter.stages?.length || filter.jobId) {
    const applicationConditions = ['a.talent_id = talents.id'];
    if (filter.stages?.length) applicationConditions.push(`a.stage = ANY (${add(filter.stages)}::text[])`);
    if (filter.jobId) applicationConditions.push(`a.job_id = ${add(filter.jobId)}::uuid`);
    conditions.push(`EXISTS (SELECT 1 FROM applications a WHERE ${applicationConditions.join(' AND ')})`);
  }
  if (filter.ids?.length) conditions.push(`id = ANY (${add(filter.ids)}::uuid[])`);
  if (filter.ownerId) conditions.push(`owner_id = ${add(filter.ownerId)}::uuid`);
  if (filter.source?.length) conditions.push(`source = ANY (${add(filter.source)}::text[])`);
  if (filter.createdAfter) conditions.push(`created_at >= ${add(filter.createdAfter)}::timestamptz`);
  if (filter.createdBefore) conditions.push(`created_at < ${add(filter.createdBefore)}::timestamptz`);
  if (filter.updatedAfter) conditions.push(`updated_at >= ${add(filter.updatedAfter)}::timestamptz`);
  if (filter.updatedBefore) conditions.push(`updated_at < ${add(filter.updatedBefore)}::timestamptz`);
  if (filter.text) {
    const pattern = add(likePattern(filter.text));
    conditions.push(
      `(name ILIKE ${pattern} OR latin_name ILIKE ${pattern} OR chinese_name ILIKE ${pattern} OR current_title ILIKE ${pattern}
        OR current_company ILIKE ${pattern} OR array_to_string(emails, ' ') ILIKE ${pattern} OR array_to_string(phones, ' ') ILIKE ${pattern})`,
    );
  }
  return conditions.join(' AND ');
}
