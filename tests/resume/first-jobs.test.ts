/**
 * Headings the first-jobs batch brought (o1253 onward): experience and internships under one heading (工作及实习经历,
 * 科研与实习经历), an internship alone ("Internship") and experience of a kind ("Coaching Experience"), whose jobs had
 * not been read at all; campus life, volunteering and leadership outside work stay no job. Invented people and employers.
 */
import { describe, expect, it } from 'vitest';
import { headerKind } from '../../subgraphs/resume/parser/sections.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const jobs = (lines: string[]) =>
  parseResumeText(['Dana Holt', 'dana.holt@example.com', '', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);

describe('the headings of first jobs', () => {
  it('reads a heading of work and internships, or research and internships, as the jobs', () => {
    expect(headerKind('▶ 工作及实习经历')).toBe('experience');
    expect(headerKind('科研与实习经历')).toBe('experience');
    expect(jobs(['▶ 工作及实习经历', '2025.07-至今  北岸电池有限公司', '生产操作员', '负责模组装配。'])).toEqual([
      ['北岸电池有限公司', '生产操作员'],
    ]);
  });

  it('reads an internship alone and experience of a kind as the jobs', () => {
    expect(headerKind('Internship')).toBe('experience');
    expect(headerKind('Coaching Experience')).toBe('experience');
    expect(headerKind('Teaching Experience')).toBe('experience');
    expect(
      jobs(['Coaching Experience', 'Harlow University – Athletics | Jul 2021 – Present', 'Assistant Coach: strength sessions.']),
    ).toEqual([['Harlow University', 'Assistant Coach']]);
  });

  it('reads freelance work and jobs under one heading, "Career" alone, and 自由职业 in the employer’s place', () => {
    expect(headerKind('自由职业与工作经历')).toBe('experience');
    expect(headerKind('Career')).toBe('experience');
    expect(jobs(['工作经历', '2021.05-至今  全栈开发 Full-stack Developer', '自由职业 Freelance', '• 为海外客户开发小程序。'])).toEqual([
      ['自由职业 Freelance', '全栈开发 Full-stack Developer'],
    ]);
  });

  it('keeps campus life, volunteering and leadership outside work out of the jobs', () => {
    expect(headerKind('Volunteer Experience')).not.toBe('experience');
    expect(headerKind('Leadership Experience')).not.toBe('experience');
    expect(headerKind('校园与社团经历')).not.toBe('experience');
  });
});
