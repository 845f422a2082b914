/**
 * Resumes from Hong Kong, Macau and Taiwan, written in traditional characters: read as simplified ones are (their
 * headings, dates, schools and skills), and every field given back as the resume writes it.
 */
import { describe, expect, it } from 'vitest';
import { listedSkillId } from '../../subgraphs/resume/parser/fields/listed-skills.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { simplifiedReading, toSimplified } from '../../taxonomy/chinese-script.ts';
import { normalizeSkill, withoutQualificationWord } from '../../taxonomy/taxonomy.ts';
import { prose } from '../support/skill-ids.ts';

const HONG_KONG = [
  '陳志明',
  '電話：9123 4567',
  '電郵：chiming.chan@example.com.hk',
  '',
  '求職意向：會計主任',
  '',
  '工作經驗',
  '2019年3月 - 至今  香港嘉興物業管理有限公司  會計主任',
  '負責應收應付賬款及月結，使用SAP及Excel編製報表。',
  '2015.07-2019.02  德勤會計師事務所  審計助理',
  '參與上市公司年度審計。',
  '',
  '學歷',
  '2011.09-2015.06  香港理工大學  會計學  學士',
  '',
  '專業技能',
  '會計、財務報表、稅務申報、溝通能力、團隊合作',
].join('\n');

const TAIWAN = [
  '林佳穎',
  '手機：0912-345-678',
  'Email：jiaying.lin@example.com',
  '',
  '求職條件',
  '希望職稱：軟體工程師',
  '',
  '經歷',
  '2020/03 ~ 迄今  宏碁股份有限公司  軟體工程師',
  '開發後端服務，使用Java、Spring Boot及MySQL，撰寫單元測試。',
  '',
  '學歷',
  '國立臺灣大學  資訊工程學系  碩士  2014/09 ~ 2016/06',
  '',
  '專長',
  'Python、Docker、敏捷開發',
  '',
  '證照',
  'PMP',
].join('\n');

describe('a resume in traditional characters', () => {
  it('reads its entries and gives them back as written', () => {
    const parsed = parseResumeText(HONG_KONG);
    expect(parsed.name.value).toBe('陳志明');
    expect(parsed.experience.map((e) => [e.company, e.title, e.start, e.end])).toEqual([
      ['香港嘉興物業管理有限公司', '會計主任', '2019-03', 'present'],
      ['德勤會計師事務所', '審計助理', '2015-07', '2019-02'],
    ]);
    expect(parsed.experience[0]!.description).toBe('負責應收應付賬款及月結，使用SAP及Excel編製報表。');
    expect(parsed.education.map((e) => [e.school, e.major, e.degree])).toEqual([['香港理工大學', '會計學', 'Bachelor']]);
    expect(parsed.text).toBe(HONG_KONG);
  });

  it("reads its skills section's items as the taxonomy knows them, written as the resume writes them", () => {
    const skills = parseResumeText(HONG_KONG).skills;
    expect(skills.map((s) => s.id)).toEqual(
      expect.arrayContaining(['accounting', 'financial-reporting', 'communication', 'teamwork', 'sap', 'excel']),
    );
    expect(skills.find((s) => s.id === 'accounting')!.match).toBe('會計');
    expect(skills.map((s) => s.match)).not.toContain('会计');
  });

  it('reads Taiwan headings (經歷, 專長, 證照), 迄今, and leaves the position sought out of the skills', () => {
    const parsed = parseResumeText(TAIWAN);
    expect(parsed.experience.map((e) => [e.company, e.title, e.end])).toEqual([['宏碁股份有限公司', '軟體工程師', 'present']]);
    expect(parsed.education.map((e) => [e.school, e.degree])).toEqual([['國立臺灣大學', 'Master']]);
    expect(parsed.skills.map((s) => s.match)).toEqual(expect.arrayContaining(['Python', 'Docker', '敏捷開發', 'PMP']));
  });

  it('reads a local number as the place the details name: a Hong Kong line, a Taiwan mobile', () => {
    expect(parseResumeText(HONG_KONG).phones.map((p) => p.value)).toEqual(['+85291234567']);
    expect(parseResumeText(TAIWAN).phones.map((p) => p.value)).toEqual(['+886912345678']);
  });

  it('names an item the taxonomy does not know as written, under the key its simplified form has', () => {
    const item = parseResumeText('王小明\n\n專業技能\n樓宇維修統籌、環境評估報告撰寫').skills.find((s) => s.match === '樓宇維修統籌');
    expect(item?.name).toBe('樓宇維修統籌');
    expect(item?.id).toBe(listedSkillId('樓宇維修統籌'));
    expect(item?.id).toBe(listedSkillId('楼宇维修统筹'));
  });

  it('keys a certificate without its 證書 as without its 证书, and keeps the name as written', () => {
    expect(listedSkillId('飛鷗船長證書')).toBe(listedSkillId('飞鸥船长证书'));
    expect(listedSkillId('飛鷗操作證')).toBe(listedSkillId('飞鸥'));
    expect(withoutQualificationWord('飛鷗船長證書')).toBe('飛鷗船長');
  });
});

describe('folding traditional characters', () => {
  it('keeps the length and leaves simplified, Latin and Japanese text alone', () => {
    expect(toSimplified('資訊科技 IT 會計')).toBe('资讯科技 IT 会计');
    expect(toSimplified('资讯科技')).toBe('资讯科技');
    expect(simplifiedReading('基本情報技術者試験に合格')).toBeNull();
    expect(simplifiedReading('张伟 软件工程师')).toBeNull();
  });

  it('gives back a character the document also writes as it is unchanged (台 beside 臺)', () => {
    const reading = simplifiedReading('國立臺灣大學 台積電 後台開發')!;
    expect(reading.text).toBe('国立台湾大学 台积电 后台开发');
    expect(reading.restore('国立台湾大学')).toBe('國立臺灣大學');
    expect(reading.restore('后台开发工程')).toBe('後台開發工程');
  });

  it('is one skill in either script, in text and as a label', () => {
    expect(normalizeSkill('會計')?.id).toBe(normalizeSkill('会计')?.id);
    expect(normalizeSkill('財務報表')?.id).toBe('financial-reporting');
    expect(normalizeSkill('溝通能力')?.id).toBe(normalizeSkill('沟通能力')?.id);
    expect(prose('負責年度審計及財務報表編製')).toEqual(prose('负责年度审计及财务报表编制'));
  });
});
