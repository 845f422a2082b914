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
