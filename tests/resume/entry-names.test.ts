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

describe('entries from the ninth and tenth batches', () => {
  const parse = (lines: string[]) => parseResumeText(['Jane Doe', 'jane@example.com', '', ...lines].join('\n'));

  it('reads "to date" as the present', () => {
    const { experience } = parse([
      'Experience',
      'March 2018 to date',
      'Zorblex International Company',
      'Senior Control Room Operator',
      'ran the plant.',
    ]);
    expect(experience.map((e) => [e.start, e.end])).toEqual([['2018-03', 'present']]);
  });

  it('reads a title with its unit after it and no separator', () => {
    const { experience } = parse([
      'Experience',
      'Zorblex SE & Co. KG | 09/2015 – 03/2019',
      'Software Developer Embedded Systems: used C and C++ for a controller.',
    ]);
    expect(experience.map((e) => [e.company, e.title])).toEqual([['Zorblex SE & Co. KG', 'Software Developer Embedded Systems']]);
  });

  it('joins a school name whose next line starts on a joining word', () => {
    const { education } = parse(['Education', 'Cochin University of Science', 'and Technology', 'B.Tech Civil Engineering', '2010 – 2014']);
    expect(education.map((e) => e.school)).toEqual(['Cochin University of Science and Technology']);
  });
});
