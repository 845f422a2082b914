/** The labelled resume set (tests/fixtures/resumes) and per-field precision/recall, for the tests and the benchmark. */
import { readFileSync } from 'node:fs';
import { formatDateRange } from '../../subgraphs/resume/parser/fields/dates.ts';
import { spokenLanguageOf } from '../../subgraphs/resume/parser/fields/languages.ts';
import { listedSkillId } from '../../subgraphs/resume/parser/fields/listed-skills.ts';
import { normalizeSkill } from '../../taxonomy/taxonomy.ts';
import type { ParsedResume, ResumeInput } from '../../subgraphs/resume/parser/types.ts';
import type { Split } from '../support/eval-split.ts';

export const FIXTURES = new URL('../fixtures/resumes/', import.meta.url);

export interface ExpectedResume {
  format: 'pdf' | 'docx' | 'txt' | 'md' | 'html';
  lang: 'zh' | 'en' | 'mixed';
  name: string;
  emails: string[];
  phones: string[];
  companies: string[];
  titles: string[];
  schools: string[];
  dateRanges: string[];
  /** The skills and tools a recruiter reads on the resume (labelled on the outside resumes, o*). */
  skills?: string[];
  /** Where the person lives, as the contact line writes it (the outside resumes, o*). */
  location?: string;
}

export const FIELDS = ['name', 'emails', 'phones', 'companies', 'titles', 'schools', 'dateRanges'] as const;
export type Field = (typeof FIELDS)[number];

/** The labelled resumes, or those of one split (tests/fixtures/resumes/splits.json: tuning may look at dev, not at test). */
export function labelledSet(split?: Split): [string, ExpectedResume][] {
  const all = Object.entries(JSON.parse(readFileSync(new URL('expected.json', FIXTURES), 'utf8')) as Record<string, ExpectedResume>);
  if (!split) return all;
  const splits = recordedSplits();
  return all.filter(([file]) => splits[file] === split);
}

/** The split recorded for each labelled resume. */
export function recordedSplits(): Record<string, Split> {
  return (JSON.parse(readFileSync(new URL('splits.json', FIXTURES), 'utf8')) as { splits: Record<string, Split> }).splits;
}

/**
 * The resumes a tuning round holds out, from a benchmark's `--hold-out-from N` (o N onward: measured once at the
 * round's end, their labels and misses listed nowhere before); none without the flag.
 */
export function heldOutResumes(argv: readonly string[]): (file: string) => boolean {
  const at = argv.indexOf('--hold-out-from');
  if (at < 0) return () => false;
  const from = Number(argv[at + 1]);
  if (!Number.isInteger(from)) throw new Error(`--hold-out-from takes a resume number (437 for o437 onward), not ${argv[at + 1]}`);
  return (file) => Number(/^o(\d+)/.exec(file)?.[1] ?? -1) >= from;
}

/** The stratum a resume's split is balanced in: the generator's resumes per format, the outside ones (h*, s*) together. */
export function resumeStratum(file: string, format: string): string {
  return /^\d/.test(file) ? `generated/${format}` : 'outside';
}

export function fixtureInput(file: string): ResumeInput {
  return { filename: file.split('/').pop()!, contentBase64: readFileSync(new URL(file, FIXTURES)).toString('base64') };
}

/** Compared without case, spaces or punctuation: "Acme Analytics Inc." = "acme analytics inc". */
export const key = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

export function predictedFields(parsed: ParsedResume): Record<Field, string[]> {
  return {
    name: parsed.name.value ? [parsed.name.value] : [],
    emails: parsed.emails.map((e) => e.value),
    phones: parsed.phones.map((p) => p.value),
    companies: parsed.experience.flatMap((e) => (e.company ? [e.company] : [])),
    titles: parsed.experience.flatMap((e) => (e.title ? [e.title] : [])),
    schools: parsed.education.flatMap((e) => (e.school ? [e.school] : [])),
    dateRanges: [...parsed.experience, ...parsed.education].map((e) => formatDateRange(e.start, e.end)),
  };
}

export function expectedFields(expected: ExpectedResume): Record<Field, string[]> {
  return { ...expected, name: [expected.name] };
}

export interface Tally {
  truePositives: number;
  predicted: number;
  expected: number;
}

/** Matches as multisets, so a company listed twice must be found twice. */
export function tally(predicted: string[], expected: string[]): Tally {
  const remaining = expected.map(key);
  let truePositives = 0;
  for (const value of predicted.map(key)) {
    const at = remaining.indexOf(value);
    if (at >= 0) {
      truePositives++;
      remaining.splice(at, 1);
    }
  }
  return { truePositives, predicted: predicted.length, expected: expected.length };
}

export interface FieldScore {
  precision: number;
  recall: number;
  truePositives: number;
  predicted: number;
  expected: number;
}

/**
 * Skills as taxonomy ids; a labelled skill the taxonomy does not know is its written text's id (`listedSkillId`),
 * which the parser reports for an item of the skills section it does not know. Every skill the parser reports
 * counts as predicted.
 */
export function skillIds(labels: string[]): string[] {
  // Two labels of one taxonomy skill ("Budgeting", "FP&A") are that skill once: the parser reports a skill once.
  // A spoken language labelled as a skill ("英语六级", "German (native)") is scored in the languages field, where
  // Looma keeps it (spokenLanguages).
  return [...new Set(labels.filter((label) => !spokenLanguageOf(label)).map((label) => normalizeSkill(label)?.id ?? listedSkillId(label)))];
}

/** The spoken languages a labeller put among the skills, by their languages-field name. */
export const spokenLanguageLabels = (labels: string[]): string[] => [
  ...new Set(labels.map(spokenLanguageOf).filter((language): language is string => language !== null)),
];

/** A second labeller's skills of the outside resumes, both splits (second-labels.json), each written blind to expected.json's. */
export function secondSkillLabels(): Record<string, string[]> {
  return (JSON.parse(readFileSync(new URL('second-labels.json', FIXTURES), 'utf8')) as { skills: Record<string, string[]> }).skills;
}

/** Tallies summed over resumes, each pair one resume's predicted and expected skill ids (`skillIds`, or the parser's ids). */
export function skillTally(pairs: Iterable<readonly [predicted: string[], expected: string[]]>): Tally {
  const total: Tally = { truePositives: 0, predicted: 0, expected: 0 };
  for (const [predicted, expected] of pairs) {
    const t = tally(predicted, expected);
    total.truePositives += t.truePositives;
    total.predicted += t.predicted;
    total.expected += t.expected;
  }
  return total;
}

export class Scoreboard {
  private readonly tallies = new Map<Field, Tally>(FIELDS.map((f) => [f, { truePositives: 0, predicted: 0, expected: 0 }]));
  /** Over the resumes with labelled skills only. */
  readonly skills: Tally = { truePositives: 0, predicted: 0, expected: 0 };
  /** The same, counting only the skills the parser read from the skills section (confidence ≥ 0.8), not mentions elsewhere. */
  readonly listedSkills: Tally = { truePositives: 0, predicted: 0, expected: 0 };
  /** The same, counting only taxonomy skills (not the skills section's items the taxonomy does not know). */
  readonly taxonomySkills: Tally = { truePositives: 0, predicted: 0, expected: 0 };
  /** Spoken languages labelled among the skills, found in the parser's languages field (recall only: not every labeller lists them). */
  readonly spokenLanguages: Tally = { truePositives: 0, predicted: 0, expected: 0 };
  /** Where the person lives, on the resumes labelled with it: found when the parser's place holds the town written first. */
  readonly location: Tally = { truePositives: 0, predicted: 0, expected: 0 };
  readonly misses: string[] = [];

  add(file: string, parsed: ParsedResume, expected: ExpectedResume): void {
    const predicted = predictedFields(parsed);
    const wanted = expectedFields(expected);
    for (const field of FIELDS) {
      const t = tally(predicted[field], wanted[field]);
      const total = this.tallies.get(field)!;
      total.truePositives += t.truePositives;
      total.predicted += t.predicted;
      total.expected += t.expected;
      if (t.truePositives !== t.predicted || t.truePositives !== t.expected) {
        this.misses.push(`${file} ${field}: got ${JSON.stringify(predicted[field])}, want ${JSON.stringify(wanted[field])}`);
      }
    }
    if (expected.location) {
      const found = parsed.location.value;
      const right = found !== null && key(found).includes(key(expected.location.split(/[,，]/u)[0]!));
      this.location.predicted += found === null ? 0 : 1;
      this.location.expected += 1;
      this.location.truePositives += right ? 1 : 0;
      if (!right) this.misses.push(`${file} location: got ${JSON.stringify(found)}, want ${JSON.stringify(expected.location)}`);
    }
    if (expected.skills) {
      const got = parsed.skills.map((s) => s.id);
      const want = skillIds(expected.skills);
      const t = tally(got, want);
      this.skills.truePositives += t.truePositives;
      this.skills.predicted += t.predicted;
      this.skills.expected += t.expected;
      const listed = tally(
        parsed.skills.filter((s) => s.confidence >= 0.8).map((s) => s.id),
        want,
      );
      this.listedSkills.truePositives += listed.truePositives;
      this.listedSkills.predicted += listed.predicted;
      this.listedSkills.expected += listed.expected;
      const known = tally(
        got.filter((id) => !id.startsWith('text:')),
        want,
      );
      this.taxonomySkills.truePositives += known.truePositives;
      this.taxonomySkills.predicted += known.predicted;
      this.taxonomySkills.expected += known.expected;
      const languages = tally(
        parsed.languages.map((l) => l.language),
        spokenLanguageLabels(expected.skills),
      );
      this.spokenLanguages.truePositives += languages.truePositives;
      this.spokenLanguages.expected += languages.expected;
      const extra = got.filter((id) => !want.includes(id));
      const missed = want.filter((id) => !got.includes(id));
      if (extra.length || missed.length)
        this.misses.push(`${file} skills: extra ${JSON.stringify(extra)}, missed ${JSON.stringify(missed)}`);
    }
  }

  scores(): Record<Field, FieldScore> {
    const out = {} as Record<Field, FieldScore>;
    for (const [field, t] of this.tallies) {
      out[field] = {
        ...t,
        precision: t.predicted ? t.truePositives / t.predicted : 1,
        recall: t.expected ? t.truePositives / t.expected : 1,
      };
    }
    return out;
  }
}
