/**
 * Skills forms the nineteenth round's dev halves brought: a level or a grade after a certificate's name ("Level 2"), a
 * list held well ("均可"), a language test (HSK, BEC, 多益) and a language's "可作为工作语言" read as the language, a
 * skill's name a PDF column cut after a word that is a skill alone ("Spring" / "Boot"), the task after 做好 or 会使用, a
 * standard's GB/T kept whole, and the posts a career passed through (历任…) read as no task.
 * Invented names (Zorblex, Quibbit) keep the cases independent of the taxonomy's contents.
 */
import { describe, expect, it } from 'vitest';
import { listedSkillId, listedSkills } from '../../subgraphs/resume/parser/fields/listed-skills.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const ids = (...lines: string[]) => listedSkills(lines).map((s) => s.id);
const parsed = (...lines: string[]) => parseResumeText(['Dana Holt', 'dana.holt@example.com', '', ...lines].join('\n'));

describe('levels, language tests, wraps and task verbs', () => {
  it('leaves a level or a grade after a name off, and reads a list held well without its 均可', () => {
    expect(ids('Certifications: Zorblex Inspector Level 2, Quibbit Operator Grade III')).toEqual([
      listedSkillId('Zorblex Inspector'),
      listedSkillId('Quibbit Operator'),
    ]);
    expect(ids('技能：飞鸥焊、立鸥焊均可')).toEqual([listedSkillId('飞鸥焊'), listedSkillId('立鸥焊')]);
  });

  it("keeps a standard's /T whole, and leaves hours, a level's letter and a Japanese 級 off", () => {
    expect(ids('标准：GB/T 99871、GB 99872')).toEqual([listedSkillId('GB/T 99871'), listedSkillId('GB 99872')]);
    expect(ids('Certifications: Zorblex (120 hours), Quibbit Level C')).toEqual([listedSkillId('Zorblex'), listedSkillId('Quibbit')]);
    expect(ids('資格：ゾルブレックス試験 2級')).toEqual([listedSkillId('ゾルブレックス試験')]);
  });

  it('reads no task in the posts a career passed through, nor in grades a 、 parts', () => {
    const found = parsed('工作经历', '2015.09-至今  江城第一中学  语文教师', '承担八、九年级飞鸥教学；历任飞鸥专员、飞鸥主管。').skills;
    const written = found.map((s) => s.match);
    expect(written).not.toContain('承担八');
    expect(written.some((w) => w.startsWith('历任'))).toBe(false);
    expect(written).not.toContain('飞鸥主管');
  });

  it('reads a language test, and a language a job may be done in, as the language, not as skills', () => {
    const resume = parsed('SKILLS', 'Zorblex, HSK 4, BEC Higher', '语言能力', '英语（多益 850），可作为工作语言');
    expect(resume.skills.map((s) => s.id)).toEqual([listedSkillId('Zorblex')]);
    expect(resume.languages.map((l) => l.language)).toEqual(expect.arrayContaining(['Mandarin', 'English']));
  });

  it("joins a skill's name a column cut after a word that is a skill alone", () => {
    const skills = parsed('SKILLS', 'Languages: Go, Java, Python, SQL', 'Frameworks: gRPC, Gin, Spring', 'Boot', 'Data: Redis').skills;
    expect(skills.map((s) => s.id)).toContain('spring-boot');
    expect(skills.map((s) => s.id)).not.toContain(listedSkillId('Boot'));
  });

  it('reads the task after 做好 and the tool after 会使用', () => {
    const found = parsed(
      '工作经历',
      '2019.03-至今  北岸建设有限公司  塔吊司机',
      '负责塔吊操作，做好班前检查和交接班记录；会使用飞鸥仪、立鸥表。',
    ).skills;
    const written = found.map((s) => s.match);
    expect(written).toEqual(expect.arrayContaining(['班前检查', '飞鸥仪']));
    expect(written).not.toContain('好班前检查');
    expect(written.some((w) => w.startsWith('会使用'))).toBe(false);
  });
});
