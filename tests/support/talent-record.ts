import type { TalentRecord } from '../../data/records/talent-record.ts';

/** A talent record for unit tests: nothing known about the person but what `fields` says. */
export function talentRecord(fields: Partial<TalentRecord> = {}): TalentRecord {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    orgId: 'org',
    name: 'Test Talent',
    latinName: null,
    chineseName: null,
    headline: null,
    skills: [],
    languages: [],
    emails: [],
    phones: [],
    location: null,
    currentTitle: null,
    currentCompany: null,
    yearsOfExperience: null,
    titles: [],
    companies: [],
    schools: [],
    employments: [],
    links: [],
    source: 'SOURCED',
    ownerId: null,
    status: 'ACTIVE',
    archivedAt: null,
    consent: [],
    version: 1,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...fields,
  };
}
