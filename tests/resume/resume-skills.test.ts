/** Skills as resumes state them: the skills sections' names, separators, DOCX tables, mentions in descriptions. */
import { describe, expect, it } from 'vitest';
import { parseResume, parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { splitSections } from '../../subgraphs/resume/parser/sections.ts';
import { docxWithBody } from './hostile-files.ts';

const listed = (text: string) =>
  parseResumeText(text)
    .skills.filter((s) => s.confidence >= 0.9)
    .map((s) => s.id);
const all = (text: string) => parseResumeText(text).skills.map((s) => s.id);

const JOB = ['Jane Doe', 'jane.doe@example.com', '', 'Experience', 'Acme Analytics | 03/2019 - now', 'Data Engineer: pipelines.', ''];
const 工作 = ['张伟', '电话：138 0013 8000', '', '【工作经历】', '2019.7-至今  北京字节跳动科技有限公司', '后端工程师', ''];

describe('skills sections', () => {
  it.each([
    ['技能特长', 'Python、Go、Docker'],
    ['个人技能', 'Python、Go、Docker'],
    ['计算机技能', 'Python｜Go｜Docker'],
    ['专业能力', 'Python · Go · Docker'],
    ['核心能力 CORE COMPETENCIES', 'Python | Go | Docker'],
  ])('reads a Chinese section headed %s', (header, line) => {
    expect(listed([...工作, `【${header}】`, line].join('\n'))).toEqual(['python', 'go', 'docker']);
  });

  it.each([
    ['Core Competencies', 'Python • Go • Docker'],
    ['Technical Skills', 'Python\tGo\tDocker'],
    ['Tools', 'Python / Go / Docker'],
    ['Areas of Expertise', 'Python | Go | Docker'],
    ['Tools & Technologies', 'Python, Go, Docker'],
  ])('reads an English section headed %s', (header, line) => {
    expect(listed([...JOB, header, line].join('\n'))).toEqual(['python', 'go', 'docker']);
  });

  it.each([
    ['✔ SKILLS', 'Python | Go | Docker'],
    ['===SKILLS===', 'Python, Go, Docker'],
    ['🛠️ Skills', 'Python, Go, Docker'],
    ['▶ Key Skills', '★ Python ★ Go ★ Docker'],
  ])('reads a section whose heading a symbol decorates: %s', (header, line) => {
    expect(listed([...JOB, header, line].join('\n'))).toEqual(['python', 'go', 'docker']);
  });

  it.each(['Personal Profile', 'Professional Profile', 'Career Summary', 'Executive Summary'])(
    'reads no skill from the heading %s, and reads its text as a summary',
    (header) => {
      const skills = parseResumeText([...JOB, header, 'Calm under pressure, a team player.'].join('\n')).skills;
      expect(skills.map((s) => s.match)).not.toContain(header);
      expect(skills.map((s) => s.id)).toContain('teamwork');
    },
  );

  it("reads a heading the lists lack as a section of its own when it carries the mark the resume's headings share", () => {
    const text = [
      '赵秀兰',
      '▶ 工作经历',
      '2018年4月-至今  济宁市康乐颐养中心',
      '养老护理员',
      '▶ 学历',
      '1990年9月-1993年7月  济宁市第十中学  初中',
      '▶ 会做的',
      '✔ 健康证',
      '✔ 会用智能手机和微信',
      '▶ 自我介绍',
      '做事有耐心。',
    ].join('\n');
    expect(splitSections(text).map((s) => s.kind)).toEqual(['header', 'experience', 'education', 'other', 'summary']);
    expect(all(text)).toEqual(expect.arrayContaining(['health-certificate']));
    // "做事有耐心" is who she is, a trait, no skill.
    expect(all(text)).not.toContain('patience');
    expect(parseResumeText(text).education.map((e) => e.school)).toEqual(['济宁市第十中学']);
  });

  it('reads the items a symbol marks on one line, in a skills section and in a job', () => {
    expect(listed([...工作, '★ 专业技能', '★ Excel ★ 叉车证 ★ 盘点'].join('\n'))).toEqual(['excel', 'forklift', 'cycle-counting']);
    const text = [...JOB.slice(0, 5), 'Sales Associate', '✔ Cash handling and POS transactions ✔ Loss prevention ✔ Upselling'].join('\n');
    expect(all(text)).toEqual(expect.arrayContaining(['cash-handling', 'loss-prevention', 'upselling']));
  });

  it('reads the skills on a header line and 熟练使用 in a description', () => {
    expect(listed([...工作, '专业技能：熟练使用Ｐｙｔｈｏｎ，Ｊａｖａ'].join('\n'))).toEqual(['python', 'java']);
  });

  it('keeps a "Tools:" line in its job: only a line of its own heads a tools section', () => {
    const text = [...JOB.slice(0, 6), 'Tools: Airflow, dbt', 'Globex | 01/2015 - 02/2019', '', 'Skills', 'SQL, Tableau'].join('\n');
    expect(splitSections(text).map((s) => s.kind)).toEqual(['header', 'experience', 'skills']);
    const resume = parseResumeText(text);
    expect(resume.experience.map((e) => e.company)).toEqual(['Acme Analytics', 'Globex']);
    expect(resume.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['airflow', 'dbt', 'sql', 'tableau'])); // Apache Airflow, the tool
  });

  it('reads a table of skills in a DOCX', async () => {
    const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body =
      paragraph('Technical Skills') +
      `<w:tbl><w:tr>${cell('Languages')}${cell('Python, Go')}</w:tr><w:tr>${cell('Infrastructure')}${cell('Kubernetes · Terraform')}</w:tr></w:tbl>`;
    const resume = await parseResume({ filename: 'table.docx', contentBase64: docxWithBody(body).toString('base64') });
    expect(resume.skills.filter((s) => s.confidence >= 0.9).map((s) => s.id)).toEqual(['python', 'go', 'kubernetes', 'terraform']);
  });
});

describe('skills in descriptions', () => {
  it('reads coordinated skills and plural forms the description states', () => {
    const text = [...JOB.slice(0, 5), 'QA Analyst: manual and API testing; interviews and journey maps; Node JS services.'].join('\n');
    expect(all(text)).toEqual(expect.arrayContaining(['manual-testing', 'api-testing', 'journey-mapping', 'nodejs']));
  });

  it("reads a soft skill's word after a technical one as a technique, not the trait", () => {
    const text = (line: string) => [...JOB.slice(0, 5), line].join('\n');
    expect(all(text('Firmware for CAN bus communication and serial communication.'))).not.toContain('communication');
    expect(all(text('Clear communication with clients.'))).toContain('communication');
  });

  it('reads a sentence a PDF wrapped across its line break', () => {
    const text = [...JOB.slice(0, 5), '• Ran interviews and synthesised them in journey', '', 'maps and personas.'].join('\n');
    expect(all(text)).toEqual(expect.arrayContaining(['journey-mapping', 'personas']));
  });

  it('does not infer a skill from a title', () => {
    expect(all(['Jane Doe', '', 'Experience', 'Acme | 03/2019 - now', 'Financial Analyst', ''].join('\n'))).toEqual([]);
  });
});
