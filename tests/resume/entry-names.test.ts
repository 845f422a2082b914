/**
 * An entry's employer and title as written in two scripts, and what is no name: cases from the tenth blind batch's dev
 * half, written again here with invented names.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { segmentsOf } from '../../subgraphs/resume/parser/fields/segments.ts';

const entries = (lines: string[]) =>
  parseResumeText(['王芳', 'wangfang@example.com', '', '工作经历', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);

describe('entry names in two scripts', () => {
  it('keeps a Latin word or two between Chinese ones in one name ("上海 Zorblex 烘焙", "高级 Golang 后端工程师")', () => {
    expect(segmentsOf('上海 Zorblex 烘焙')).toEqual(['上海 Zorblex 烘焙']);
    expect(segmentsOf('高级 Golang 后端工程师')).toEqual(['高级 Golang 后端工程师']);
    expect(segmentsOf('字节跳动 高级工程师')).toEqual(['字节跳动', '高级工程师']);
  });

  it('reads a table row: an employer with a Latin brand inside it, a title in both scripts', () => {
    expect(entries(['2015.06-2019.09', '上海 Zorblex 烘焙', '面包师 Baker', '负责欧式面包的生产排班。'])).toEqual([
      ['上海 Zorblex 烘焙', '面包师 Baker'],
    ]);
  });

  it('joins an employer written in both scripts, its Latin name several words long', () => {
    expect(entries(['2019.10-至今', '上海飞鸥大酒店 Zorblex Grand Hotel', '西饼副主厨 Pastry Sous Chef', '负责甜品研发。'])).toEqual([
      ['上海飞鸥大酒店 Zorblex Grand Hotel', '西饼副主厨 Pastry Sous Chef'],
    ]);
  });
});

describe('what is no employer', () => {
  it('reads the lower-case end of a wrapped sentence as the description, not the next employer', () => {
    const text = [
      'Jane Doe',
      'jane@example.com',
      '',
      'Experience',
      'Zorblex',
      'June 2020 – Present',
      'Salesforce Administrator',
      '• Release management through change sets and a full',
      'sandbox.',
      'Quibbit',
      'Sept 2017 – May 2020',
      'CRM Analyst',
      '• Built reports.',
    ].join('\n');
    expect(parseResumeText(text).experience.map((e) => e.company)).toEqual(['Zorblex', 'Quibbit']);
  });
});
