import { describe, expect, it } from 'vitest';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import type { ParsedResume } from '../parser/types.ts';
import { CONTENT_TYPES, mergeProfile, parseUploadInput, withoutControlChars, type UploadResumeInput } from './resume-intake.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';
import { talentRecord } from '../../../tests/support/talent-record.ts';

const parsed = (overrides: Partial<ParsedResume> = {}): ParsedResume => ({
  format: 'text',
  name: { value: 'Wang Fang', confidence: 0.9 },
  emails: [{ value: 'Wang.Fang@Example.com', confidence: 1 }],
  phones: [{ value: '+8613800138000', confidence: 1 }],
  location: { value: 'Shanghai', confidence: 0.8 },
  links: [],
  education: [{ school: 'Fudan University', degree: 'BSc', major: null, start: '2012', end: '2016', confidence: 0.8 }],
  experience: [
    { company: 'Acme', title: 'Platform Engineer', start: '2020-03', end: 'present', description: '', confidence: 0.9 },
    { company: 'Initech', title: 'Developer', start: '2016', end: '2020', description: '', confidence: 0.9 },
  ],
  skills: [
    { id: 'kubernetes', name: 'Kubernetes', nameZh: 'Kubernetes', match: 'k8s', confidence: 0.9 },
    { id: 'go', name: 'Go', nameZh: 'Go', match: 'Golang', confidence: 0.9 },
  ],
  languages: [],
  text: 'Wang Fang',
  ...overrides,
});

const talent = (overrides: Partial<TalentRecord> = {}): TalentRecord =>
  talentRecord({
    id: '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b',
    name: 'Fang Wang',
    headline: 'Staff engineer',
    skills: ['golang', 'Terraform'],
    emails: ['fang@old.example'],
    location: 'Beijing',
    companies: ['ACME'],
    employments: [{ company: 'Acme', title: 'Platform Engineer', start: '2020-03', end: null }],
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  });

describe('upload input', () => {
  it('takes a file (name and base64, whitespace dropped) or text', () => {
    expect(parseUploadInput({ filename: ' cv.pdf ', contentBase64: 'aGVs\nbG8=' })).toMatchObject({
      filename: 'cv.pdf',
      contentBase64: 'aGVsbG8=',
    });
    expect(parseUploadInput({ text: 'Wang Fang' })).toMatchObject({ text: 'Wang Fang' });
  });

  it('refuses neither, both, a file without a name and bytes that are not base64, naming the field', () => {
    const cases: [UploadResumeInput, string][] = [
      [{}, 'contentBase64'],
      [{ text: 'x', filename: 'cv.pdf', contentBase64: 'aGVsbG8=' }, 'text'],
      [{ contentBase64: 'aGVsbG8=' }, 'filename'],
      [{ filename: 'cv.pdf', contentBase64: 'not base64!' }, 'contentBase64'],
      [{ filename: '', text: 'x' }, 'filename'],
      [{ filename: 'x'.repeat(256), text: 'x' }, 'filename'],
    ];
    for (const [input, field] of cases)
      expect(
        refusalOf(() => parseUploadInput(input)),
        JSON.stringify(input),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('stores each format under its content type', () => {
    expect(CONTENT_TYPES).toMatchObject({ pdf: 'application/pdf', text: 'text/plain', markdown: 'text/markdown', html: 'text/html' });
  });
});

describe('a new talent from a resume', () => {
  it('takes its name, contacts, history and skills, the open position as current and as headline', () => {
    const profile = mergeProfile(null, parsed(), 'cv.txt');
    expect(profile).toMatchObject({
      source: 'RESUME',
      name: 'Wang Fang',
      headline: 'Platform Engineer · Acme',
      skills: ['Kubernetes', 'Go'],
      emails: ['wang.fang@example.com'],
      phones: ['+8613800138000'],
      location: 'Shanghai',
      currentTitle: 'Platform Engineer',
      currentCompany: 'Acme',
      titles: ['Platform Engineer', 'Developer'],
      companies: ['Acme', 'Initech'],
      schools: ['Fudan University'],
    });
    // A year as a start is its January, as an end its December; `present` is an open end.
    expect(profile.employments).toEqual([
      { company: 'Acme', title: 'Platform Engineer', start: '2020-03', end: null },
      { company: 'Initech', title: 'Developer', start: '2016-01', end: '2020-12' },
    ]);
  });

  it('is named by its first e-mail, else the file, when the resume gives no name', () => {
    expect(mergeProfile(null, parsed({ name: { value: null, confidence: 0 } }), 'cv.txt').name).toBe('Wang.Fang@Example.com');
    expect(mergeProfile(null, parsed({ name: { value: null, confidence: 0 }, emails: [] }), 'cv.txt').name).toBe('cv.txt');
    expect(mergeProfile(null, parsed({ name: { value: null, confidence: 0 }, emails: [] }), null).name).toBe('Unnamed resume');
  });
});

describe('an existing talent updated from a resume', () => {
  it('keeps its name, headline and spellings, adds what is new once, and keeps positions it has', () => {
    const profile = mergeProfile(talent(), parsed(), 'cv.txt');
    expect(profile).not.toHaveProperty('source');
    expect(profile.name).toBe('Fang Wang');
    expect(profile.headline).toBe('Staff engineer');
    // "golang" is the taxonomy's Go: one entry, the spelling already there kept.
    expect(profile.skills).toEqual(['golang', 'Terraform', 'Kubernetes']);
    expect(profile.emails).toEqual(['fang@old.example', 'wang.fang@example.com']);
    expect(profile.location).toBe('Shanghai');
    expect(profile.companies).toEqual(['ACME', 'Initech']);
    expect(profile.employments).toEqual([
      { company: 'Acme', title: 'Platform Engineer', start: '2020-03', end: null },
      { company: 'Initech', title: 'Developer', start: '2016-01', end: '2020-12' },
    ]);
  });

  it('keeps its location and current position when the resume has none', () => {
    const profile = mergeProfile(
      talent({ currentTitle: 'CTO', currentCompany: 'Self' }),
      parsed({ experience: [], location: { value: null, confidence: 0 } }),
      null,
    );
    expect(profile).toMatchObject({ location: 'Beijing', currentTitle: 'CTO', currentCompany: 'Self' });
  });
});

describe('control characters', () => {
  it('leave every string of the parse (PostgreSQL refuses NUL), tabs and newlines stay', () => {
    const cleaned = withoutControlChars(parsed({ text: 'a\u0000b\tc\nd\u0007', name: { value: 'W\u0001ang', confidence: 1 } }));
    expect(cleaned.text).toBe('ab\tc\nd');
    expect(cleaned.name.value).toBe('Wang');
  });
});
