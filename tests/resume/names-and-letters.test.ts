/**
 * The letters written after a name (degrees, qualifications, memberships: "NPQH, MA", "CPA", "PhD") are no part of it,
 * as the leadership batch writes them (o1163); a two-letter surname in capitals stays ("LI MA"). Invented people.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const nameOf = (first: string) =>
  parseResumeText([first, 'dana@example.com', '', 'Experience', 'Acme Ltd', '2019 – 2021'].join('\n')).name.value;

describe('the letters after a name', () => {
  it('leaves them off, in capitals or in their own case', () => {
    expect(nameOf('DANA HOLT NPQH, MA')).toBe('Dana Holt');
    expect(nameOf('Dana Holt, CPA')).toBe('Dana Holt');
    expect(nameOf('Dana Holt PhD')).toBe('Dana Holt');
    expect(nameOf('Dana Holt MBA, PMP')).toBe('Dana Holt');
  });

  it('keeps a surname that reads as letters when no two names stand before it', () => {
    expect(nameOf('LI MA')).toBe('Li Ma');
  });
});

describe('a name in capitals with its headline after it', () => {
  it('reads the capitals as the name (o1576, a Dubai sales manager)', () => {
    expect(nameOf('DANA HOLT Sales Manager – Building Services & MEP')).toBe('Dana Holt');
  });
});

describe('a name in characters with its parts joined by a middle dot', () => {
  it('reads the whole name, at the top and after 姓名 (o3336, a Uyghur engineer)', () => {
    expect(nameOf('阿布都热合曼·艾尔肯')).toBe('阿布都热合曼·艾尔肯');
    expect(nameOf('古丽·吐尔逊')).toBe('古丽·吐尔逊');
    const labelled = parseResumeText(
      ['个人简历', '姓名：阿依古丽·买买提江', '电话：13800138000', '', '工作经历', '飞鸥农业', '2019 – 2021'].join('\n'),
    );
    expect(labelled.name.value).toBe('阿依古丽·买买提江');
  });
});
