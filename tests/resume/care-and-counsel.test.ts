/**
 * Forms the eighteenth round's blind batches brought (personal services and the care economy; law and compliance), read
 * from their dev halves: a Chinese trade's title written before its employer (健康管理师, 钟点工), a title, a colon and
 * its services, a store or a branch in brackets after a chain, a law firm's partners parted by commas, a court as the
 * employer, a 律師行 in both scripts, an education column that closes each entry with its dates, "Training &
 * Education". Invented people and employers.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parse = (lines: string[]) => parseResumeText(['Mei Lin', 'mei.lin@example.com', '', ...lines].join('\n'));
const jobs = (lines: string[]) => parse(lines).experience.map((e) => [e.company, e.title]);
const schools = (lines: string[]) => parse(lines).education.map((e) => e.school);

describe('care and services resumes', () => {
  it("reads a trade's title written first, its employer on the next line", () => {
    expect(jobs(['工作经历', '2019.07-2022.04  营养咨询师', '康宁体检中心', '负责体检报告解读与健康宣教。'])).toEqual([
      ['康宁体检中心', '营养咨询师'],
    ]);
    expect(jobs(['工作经历', '2015.03-2019.05  钟点工', '个体', '为周边小区家庭提供深度保洁。'])).toEqual([['个体', '钟点工']]);
    expect(jobs(['工作经历', '2016.05-2018.08  颐和养老社区', '护理员', '负责老人生活照料。'])).toEqual([['颐和养老社区', '护理员']]);
  });

  it("reads a title before a colon and its services, and leaves off a store's or a branch's name in brackets", () => {
    expect(jobs(['工作经历', '丝语美发（杭州湖滨店） | 2016.05-2020.01', '发型师: 剪发、烫发、染发，带两名助理。'])).toEqual([
      ['丝语美发', '发型师'],
    ]);
    expect(jobs(['工作经历', '2020.01-至今  华信银行（中国）有限公司（杭州分行）  合规经理', '负责反洗钱监测。'])).toEqual([
      ['华信银行（中国）有限公司', '合规经理'],
    ]);
  });

  it('leaves off the note in brackets after self-employment', () => {
    expect(jobs(['EXPERIENCE', 'Jan 2018 – Mar 2021  Self-employed (chair rental, Leyton)  Barber'])[0]![0]).toBe('Self-employed');
  });
});

describe('law and compliance resumes', () => {
  it('keeps a firm named by its partners whole, and reads a court as the employer', () => {
    expect(
      jobs([
        'EXPERIENCE',
        '',
        'Hale, Morrow, Quint & Abbot LLP',
        '',
        'Sep 2021 – Present',
        '',
        'Associate: public M&A and due diligence.',
        '',
        'United States District Court for the District of Oregon',
        '',
        'Aug 2020 – Aug 2021',
        '',
        'Law Clerk: legal research and bench memos.',
      ]),
    ).toEqual([
      ['Hale, Morrow, Quint & Abbot LLP', 'Associate'],
      ['United States District Court for the District of Oregon', 'Law Clerk'],
    ]);
  });

  it('reads a 律師行 in both scripts under a title in both', () => {
    expect(
      jobs(['## 工作經驗', '2024.09-至今  Trainee Solicitor 見習律師', '高士達律師行 Gould Dart', '- 負責 due diligence 及文件起草。']),
    ).toEqual([['高士達律師行 Gould Dart', 'Trainee Solicitor 見習律師']]);
  });

  it('reads a column that closes each entry with its dates, school then degree then dates', () => {
    expect(
      schools([
        'EDUCATION',
        '',
        'Brandeis Law School',
        '',
        'J.D., Dean’s Scholar',
        '',
        'Aug 2017 – May 2020',
        '',
        'Tufts University',
        '',
        'B.A. Government',
        '',
        'Aug 2013 – May 2017',
      ]),
    ).toEqual(['Brandeis Law School', 'Tufts University']);
  });

  it("reads 'Training & Education' as the education section, a Turkish lise as a school", () => {
    expect(
      schools([
        'TRAINING & EDUCATION',
        'Sep 2018 – Jun 2019  Newham College  NVQ Level 2 Diploma',
        '2009 – 2013  Bornova Anadolu Lisesi  Hairdressing',
      ]),
    ).toEqual(['Newham College', 'Bornova Anadolu Lisesi']);
  });
});
