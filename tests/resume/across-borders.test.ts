/**
 * Resumes that crossed borders (the sixteenth round, from the o653-o676 batch's dev half, written again here with
 * invented names): months in other languages, an employer's address in brackets in Chinese, legal forms of Mexico and
 * Indonesia, headings with their name in the other script, and what else was studied beside a degree.
 */
import { describe, expect, it } from 'vitest';
import { findDateRanges, formatDateRange } from '../../subgraphs/resume/parser/fields/dates.ts';
import { headerKind } from '../../subgraphs/resume/parser/sections.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const ranges = (text: string) => findDateRanges(text).map((r) => formatDateRange(r.start, r.end));
const parsed = (lines: string[]) => parseResumeText(['王芳', 'wangfang@example.com', '', ...lines].join('\n'));
const jobs = (lines: string[]) => parsed(['工作经历', ...lines]).experience.map((e) => [e.company, e.title, e.start, e.end]);

describe('months written in other languages', () => {
  it('reads German, French, Spanish, Portuguese, Indonesian, Dutch and Vietnamese months and words for now', () => {
    expect(ranges('März 2018 – heute')).toEqual(['2018-03/present']);
    expect(ranges('septembre 2016 - juin 2019')).toEqual(['2016-09/2019-06']);
    expect(ranges('marzo de 2019 – actualidad')).toEqual(['2019-03/present']);
    expect(ranges('fevereiro 2015 – dezembro 2017')).toEqual(['2015-02/2017-12']);
    expect(ranges('Maret 2022 – sekarang')).toEqual(['2022-03/present']);
    expect(ranges('Juli 2019 – Februari 2022')).toEqual(['2019-07/2022-02']);
    expect(ranges('mei 2014 - augustus 2016')).toEqual(['2014-05/2016-08']);
    expect(ranges('05/2020 – hiện tại')).toEqual(['2020-05/present']);
  });

  it('reads the short months of LinkedIn exports in those languages, a dot after each', () => {
    expect(ranges('ene. 2019 – dic. 2021')).toEqual(['2019-01/2021-12']);
    expect(ranges('janv. 2019 - déc. 2021')).toEqual(['2019-01/2021-12']);
    expect(ranges('Okt. 2018 – Dez. 2020')).toEqual(['2018-10/2020-12']);
    expect(ranges('abr. de 2020 - actualidad')).toEqual(['2020-04/present']);
  });

  it('reads no month in a short word of another language ("des", "set", "ene" are words, not months)', () => {
    expect(ranges('des 2019 - 2021')).toEqual(['2019/2021']);
    expect(ranges('Mac 2019 – 2020')).toEqual(['2019/2020']);
  });

  it('dates a job written with an Indonesian month', () => {
    const text = ['Experience', 'PT Zorblex Nusantara Tbk', 'Agustus 2020 – sekarang', 'Data Analyst', 'Built churn models.'];
    expect(parseResumeText(['Dewi Lestari', 'dewi@example.com', '', ...text].join('\n')).experience[0]).toMatchObject({
      company: 'PT Zorblex Nusantara Tbk',
      start: '2020-08',
      end: 'present',
    });
  });
});

describe("an employer's address written in Chinese brackets", () => {
  it('leaves off a country and its city, and a city after a full legal name', () => {
    expect(jobs(['2019.03-至今  Zorblex Inc.（美国西雅图）', '数据科学家', '负责推荐模型。'])).toEqual([
      ['Zorblex Inc.', '数据科学家', '2019-03', 'present'],
    ]);
    expect(jobs(['2016.07-2019.02  飞鸥（中国）有限公司（杭州）', '品类经理', '负责家居品类。'])).toEqual([
      ['飞鸥（中国）有限公司', '品类经理', '2016-07', '2019-02'],
    ]);
  });

  it('keeps a country alone, as the labelled set keeps it', () => {
    expect(jobs(['2016.07-2019.02  飞鸥（中国）', '品类经理', '负责家居品类。'])[0]![0]).toBe('飞鸥（中国）');
  });

  // Re-decided in the twenty-second round: a city after a short name goes too, as OutsideJob's `at` and every batch
  // since o629 leave it off (网易（北京）, 奥美（上海）); the earliest batches kept it.
  it('leaves off a city after a short Chinese name or a Latin one', () => {
    expect(jobs(['2016.07-2019.02  飞鸥健身（深圳）', '店长', '负责门店运营。'])[0]![0]).toBe('飞鸥健身');
    expect(jobs(['2016.07-2019.02  Zorbex（香港）', '合规分析师', '负责交易监控。'])[0]![0]).toBe('Zorbex');
  });
});

describe('legal forms after a comma', () => {
  it("keeps Mexico's forms with the name", () => {
    const text = ['Experience', 'Demand Planner', 'Grupo Zorblex, S.A.B. de C.V.', 'Jan 2019 – Present', 'Forecasting in SAP APO.'];
    expect(parseResumeText(['Ana Ruiz', 'ana@example.com', '', ...text].join('\n')).experience[0]!.company).toBe(
      'Grupo Zorblex, S.A.B. de C.V.',
    );
  });
});

describe('headings', () => {
  it('reads a heading with its name in the other script in brackets', () => {
    expect(headerKind('【WORK HISTORY (職歴)】')).toBe('experience');
    expect(headerKind('EDUCATION (学歴)')).toBe('education');
    expect(headerKind('【SKILLS & QUALIFICATIONS (資格)】')).toBe('skills');
    expect(headerKind('工作经历（Work Experience）')).toBe('experience');
    expect(headerKind('【SELF-PR】')).toBe('summary');
  });

  it('reads no heading in a wrapped name with a place in brackets in its own script', () => {
    expect(headerKind('Education (Tsing Yi)')).toBeNull();
  });

  // Re-decided in the twenty-third round: "Qualifications" alone heads a list of certificates, or the education when its
  // lines name schools (sections.ts; a British or Australian CV's degrees, o3433), where it was no heading before.
  it('reads "Qualifications" alone as certificates, its schools as the education', () => {
    expect(headerKind('Qualifications')).toBe('certifications');
  });

  it('reads schools joined with what else was studied as the education section', () => {
    expect(headerKind('【教育及语言培训】')).toBe('education');
    expect(headerKind('Education and Languages')).toBe('education');
    const schools = parsed([
      '【教育及语言培训】',
      '2015.10-2017.12  飞鸥工业大学  机械工程 硕士',
      '2014.09-2015.06  歌德学院（北京）  德语培训',
    ]).education.map((e) => e.school);
    expect(schools).toEqual(['飞鸥工业大学', '歌德学院']);
  });

  it('reads a language course noted by its kind of school as no school: the school is the line above', () => {
    const schools = parsed([
      '教育背景',
      '2011年10月～2013年3月',
      '东京飞鸥日本语学校',
      '日语进修（语言学校）',
      '2007年9月～2011年6月',
      '飞鸥外国语大学',
      '日语 本科',
    ]).education.map((e) => e.school);
    expect(schools).toEqual(['东京飞鸥日本语学校', '飞鸥外国语大学']);
  });
});

describe('headings in the languages of the countries resumes come from', () => {
  it('reads work, education, skills and languages in German, Dutch, French, Spanish, Portuguese, Italian, Indonesian and Vietnamese', () => {
    for (const h of [
      'Berufserfahrung',
      'Werkervaring',
      'Expérience professionnelle',
      'Experiencia laboral',
      'Pengalaman Kerja',
      'Kinh nghiệm làm việc',
    ])
      expect(headerKind(h)).toBe('experience');
    for (const h of ['Educación', 'Pendidikan', 'Học vấn']) expect(headerKind(h)).toBe('education');
    for (const h of ['Kenntnisse', 'Vaardigheden', 'Compétences', 'Habilidades', 'Keahlian', 'Kỹ năng'])
      expect(headerKind(h)).toBe('skills');
    for (const h of ['Sprachkenntnisse', 'Idiomas', 'Langues']) expect(headerKind(h)).toBe('languages');
  });
});

describe('a title in two scripts with its unit', () => {
  it('keeps the other script written after a title and its unit ("Category Lead, Home & Living 家居品类负责人")', () => {
    const lines = ['04/2021 – present  Zorblex Malaysia Sdn. Bhd.', 'Category Lead, Home & Living 家居品类负责人', '管理 300+ 卖家。'];
    expect(jobs(lines)[0]!.slice(0, 2)).toEqual(['Zorblex Malaysia Sdn. Bhd.', 'Category Lead, Home & Living 家居品类负责人']);
  });
});

describe("a skills section's items", () => {
  const skills = (lines: string[]) => parsed(lines).skills.map((s) => s.id);

  it('keeps a number that names a skill with its name ("VDA 6.3"), where a release number goes', () => {
    expect(skills(['专业技能', '精益生产、VDA 6.3'])).toEqual(expect.arrayContaining(['lean', 'vda']));
    expect(skills(['Skills', 'Python 3.11, Docker'])).toEqual(expect.arrayContaining(['python', 'docker']));
  });

  it('reads a category label that names a tool as that tool ("EDC: …"), not as a field', () => {
    expect(skills(['Skills', 'EDC: Medidata Rave, Zorblex Capture'])).toEqual(expect.arrayContaining(['edc', 'medidata-rave']));
  });
});

describe('an academic or a stage CV', () => {
  it('reads its records (papers, grants, patents, memberships, referees) as no jobs and no skills', () => {
    for (const h of [
      '论文发表',
      '科研项目',
      '学术兼职',
      '授权专利',
      'Grants',
      'Professional Memberships',
      'Referees',
      'Selected Publications',
    ])
      expect(headerKind(h)).toBe('other');
    const resume = parsed([
      '工作经历',
      '2018.12-至今  飞鸥大学',
      '副教授',
      '讲授《环境化学》。',
      '',
      '科研项目',
      '1. 国家自然科学基金面上项目“河流抗性基因传播机制”，2021-2024，经费 58 万元，主持',
      '',
      '论文发表',
      '[1] Xu M. Fate of resistance genes in rivers. Environmental Science & Technology, 2020.',
    ]);
    expect(resume.experience.map((e) => e.company)).toEqual(['飞鸥大学']);
    expect(resume.skills.map((s) => s.id)).not.toContain('environmental-science');
  });

  it("leaves a postdoc's supervisor off the institution", () => {
    expect(jobs(['2012.09-2014.06  飞鸥理工大学（合作导师：Prof. Zorblex）', '博士后研究员', '开展抗性基因研究。'])[0]![0]).toBe(
      '飞鸥理工大学',
    );
  });

  it("reads a stage career's credits as its jobs, and a city in brackets after a studio as its address", () => {
    const text = ['Stage Management Credits', 'Jan 2022 – Present  Zorblex Theatre', 'Company Stage Manager', 'Ran the company.'];
    expect(parseResumeText(['Ann Lee', 'ann@example.com', '', ...text].join('\n')).experience[0]!.company).toBe('Zorblex Theatre');
    expect(headerKind('Selected Film Credits')).toBe('experience');
    const studio = ['Experience', 'Zorblex Studio (New York)', 'Designer', 'Jan 2020 – Present', 'Brand identities.'];
    expect(parseResumeText(['Ann Lee', 'ann@example.com', '', ...studio].join('\n')).experience[0]!.company).toBe('Zorblex Studio');
  });
});
