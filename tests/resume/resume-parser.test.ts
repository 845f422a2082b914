import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal.ts';
import { ResumeErrorReason, parseResume, parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { findDateRanges } from '../../subgraphs/resume/parser/fields/dates.ts';
import { FIXTURES, Scoreboard, fixtureInput, labelledSet } from './labelled-set.ts';

describe('parseResume: formats', () => {
  const set = labelledSet();
  const byFormat = (format: string) => set.filter(([, e]) => e.format === format);

  it.each(['pdf', 'docx', 'txt', 'md', 'html'])('reads a %s resume', async (format) => {
    const [file, expected] = byFormat(format)[0]!;
    const parsed = await parseResume(fixtureInput(file));
    expect(parsed.format).toBe({ pdf: 'pdf', docx: 'docx', txt: 'text', md: 'markdown', html: 'html' }[format]);
    expect(parsed.name.value).toBe(expected.name);
    expect(parsed.emails.map((e) => e.value)).toEqual(expected.emails);
    expect(parsed.phones.map((p) => p.value).sort()).toEqual([...expected.phones].sort());
    expect(parsed.experience.map((e) => e.company)).toEqual(expected.companies);
    expect(parsed.skills.length).toBeGreaterThan(0);
    for (const field of [parsed.name, ...parsed.emails, ...parsed.phones, ...parsed.experience, ...parsed.education, ...parsed.skills]) {
      expect(field.confidence).toBeGreaterThan(0);
      expect(field.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('meets the set: at least 30 resumes, 8 PDF and 8 DOCX, Chinese, English and mixed', () => {
    expect(set.length).toBeGreaterThanOrEqual(30);
    expect(byFormat('pdf').length).toBeGreaterThanOrEqual(8);
    expect(byFormat('docx').length).toBeGreaterThanOrEqual(8);
    expect(new Set(set.map(([, e]) => e.lang))).toEqual(new Set(['zh', 'en', 'mixed']));
  });

  it('takes pasted text, and a Chinese PDF keeps its Chinese', async () => {
    const text = readFileSync(new URL('h1-zh.txt', FIXTURES), 'utf8');
    const parsed = await parseResume({ text });
    expect(parsed.format).toBe('text');
    expect(parsed.name.value).toBe('刘德明');
    const zhPdf = labelledSet().find(([, e]) => e.format === 'pdf' && e.lang === 'zh')!;
    expect((await parseResume(fixtureInput(zhPdf[0]))).text).toContain(zhPdf[1].name);
  });

  it('reads GB18030 text', async () => {
    const gbk = Buffer.from(new Uint8Array([0xd5, 0xc5, 0xce, 0xb0, 0x0a])); // 张伟\n
    const text = 'Email: zhang.wei@example.com\n电话：13800138000\n';
    const parsed = await parseResume({ filename: 'resume.txt', contentBase64: Buffer.concat([gbk, Buffer.from(text)]).toString('base64') });
    expect(parsed.name.value).toBe('张伟');
    expect(parsed.phones.map((p) => p.value)).toEqual(['+8613800138000']);
  });
});

describe('parseResumeText: fields', () => {
  const resume = parseResumeText(
    [
      '王小明 Xiaoming Wang',
      '手机：+86 138-0013-8000 | 座机：010-6552 9988 | US: +1 415-555-0132',
      'Email: xm.wang@example.com | GitHub: github.com/xmwang | linkedin.com/in/xmwang | https://xmwang.dev',
      '现居地：深圳',
      '',
      '工作经历 Work Experience',
      '2019.07 - 至今  腾讯科技（深圳）有限公司  高级工程师',
      '- 负责广告系统，使用 Go 与 C++。',
      'Software Engineer at Stripe (Jul 2016 – Jun 2019)',
      '',
      '教育经历',
      '2012年9月–2016年6月  浙江大学  计算机科学与技术  本科',
      '',
      '专业技能：Go、C++、Kubernetes、机器学习',
      '语言：英语 IELTS 7.5，粤语（母语）',
    ].join('\n'),
  );

  it('reads the contact details', () => {
    expect(resume.name.value).toBe('王小明 Xiaoming Wang');
    expect(resume.emails.map((e) => e.value)).toEqual(['xm.wang@example.com']);
    expect(resume.phones.map((p) => p.value)).toEqual(['+8613800138000', '+861065529988', '+14155550132']);
    expect(resume.location.value).toBe('深圳');
    expect(resume.links.map((l) => [l.kind, l.url])).toEqual([
      ['github', 'https://github.com/xmwang'],
      ['linkedin', 'https://linkedin.com/in/xmwang'],
      ['personal', 'https://xmwang.dev'],
    ]);
  });

  it('reads experience and education with their dates', () => {
    expect(resume.experience.map(({ company, title, start, end }) => ({ company, title, start, end }))).toEqual([
      { company: '腾讯科技（深圳）有限公司', title: '高级工程师', start: '2019-07', end: 'present' },
      { company: 'Stripe', title: 'Software Engineer', start: '2016-07', end: '2019-06' },
    ]);
    expect(resume.experience[0]!.description).toContain('广告系统');
    expect(resume.education).toEqual([
      expect.objectContaining({ school: '浙江大学', degree: 'Bachelor', major: '计算机科学与技术', start: '2012-09', end: '2016-06' }),
    ]);
  });

  it('normalises skills through the taxonomy and reads languages', () => {
    expect(resume.skills.filter((s) => s.confidence >= 0.9).map((s) => s.id)).toEqual(['go', 'cpp', 'kubernetes', 'machine-learning']);
    expect(resume.languages).toEqual([
      expect.objectContaining({ language: 'English', level: 'IELTS 7.5' }),
      expect.objectContaining({ language: 'Cantonese', level: '母语' }),
    ]);
  });

  it('does not read dates, ID numbers or postcodes as telephone numbers', () => {
    const parsed = parseResumeText(
      'Jane Doe\n2015.09 - 2019.06 Peking University\n2019-2021 Acme Inc. Analyst\n生日：1990-03-07\n身份证：110101199003071234\n邮编：100084\n',
    );
    expect(parsed.phones).toEqual([]);
  });

  it('drops extensions from the E.164 form', () => {
    const parsed = parseResumeText('李雷\n电话：0571-8888 6666 转 123\nTel: +1 (212) 867-5309 ext. 12\n');
    expect(parsed.phones.map((p) => p.value)).toEqual(['+8657188886666', '+12128675309']);
  });
});

describe('date ranges', () => {
  it.each([
    ['2019.07 - 至今', '2019-07', 'present'],
    ['2018年3月–2020年5月', '2018-03', '2020-05'],
    ['Jul 2019 – Present', '2019-07', 'present'],
    ['03/2017 - 05/2019', '2017-03', '2019-05'],
    ['September 2016 to June 2018', '2016-09', '2018-06'],
    ['2019-07 ~ 2021-03', '2019-07', '2021-03'],
    ['2010 – 2014', '2010', '2014'],
    ['2016年9月 至 2020年6月', '2016-09', '2020-06'],
  ])('%s', (text, start, end) => {
    expect(findDateRanges(`任职 ${text} 公司`)).toEqual([expect.objectContaining({ start, end })]);
  });
});

describe('parseResume: bad files', () => {
  const bad = (file: string) => ({ filename: file, contentBase64: readFileSync(new URL(`bad/${file}`, FIXTURES)).toString('base64') });

  it.each([
    ['corrupt.pdf', ResumeErrorReason.CORRUPT_FILE],
    ['image-only.pdf', ResumeErrorReason.NO_TEXT],
    ['legacy.doc', ResumeErrorReason.UNSUPPORTED_TYPE],
    ['empty.txt', ResumeErrorReason.EMPTY],
  ])('%s is refused with %s', async (file, reason) => {
    const error = await refusal(parseResume(bad(file)));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.reason).toBe(reason);
    expect(error.message).toContain(reason);
    expect(error.toGraphQLError().extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
  });

  it('refuses a file over the configured size', async () => {
    const error = await refusal(parseResume(bad('too-big.txt'), { maxBytes: 256 * 1024 }));
    expect(error.details).toMatchObject({ reason: ResumeErrorReason.TOO_LARGE, maxBytes: 256 * 1024 });
    expect(error.message).toContain('TOO_LARGE');
    const pasted = await refusal(parseResume({ text: 'x'.repeat(2048) }, { maxBytes: 1024 }));
    expect(pasted.details.reason).toBe(ResumeErrorReason.TOO_LARGE);
  });

  it('refuses unsupported types and missing or blank content', async () => {
    expect(
      (await refusal(parseResume({ filename: 'resume.rtf', contentBase64: Buffer.from('{\\rtf1 hello}').toString('base64') }))).details
        .reason,
    ).toBe('UNSUPPORTED_TYPE');
    expect(
      (
        await refusal(
          parseResume({ filename: 'photo.png', contentBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString('base64') }),
        )
      ).details.reason,
    ).toBe('UNSUPPORTED_TYPE');
    expect((await refusal(parseResume({}))).details.reason).toBe('EMPTY');
    expect((await refusal(parseResume({ text: '  \n ' }))).details.reason).toBe('EMPTY');
    expect(
      (await refusal(parseResume({ filename: 'cv.docx', contentBase64: Buffer.from('not a zip at all').toString('base64') }))).details
        .reason,
    ).toBe('CORRUPT_FILE');
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]);
    expect((await refusal(parseResume({ filename: 'cv.docx', contentBase64: brokenZip.toString('base64') }))).details.reason).toBe(
      'CORRUPT_FILE',
    );
  });
});

describe('parseResume: quality on the labelled set', () => {
  it('meets the floor: e-mails and phones 95%, names, companies, titles, schools and dates 85%', async () => {
    const board = new Scoreboard();
    for (const [file, expected] of labelledSet()) board.add(file, await parseResume(fixtureInput(file)), expected);
    const scores = board.scores();
    const floors = { name: 0.85, emails: 0.95, phones: 0.95, companies: 0.85, titles: 0.85, schools: 0.85, dateRanges: 0.85 } as const;
    const below = Object.entries(floors).flatMap(([field, floor]) => {
      const s = scores[field as keyof typeof floors];
      return s.precision < floor || s.recall < floor
        ? [`${field}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} < ${floor}`]
        : [];
    });
    expect(below, board.misses.join('\n')).toEqual([]);
    // The whole labelled set is parsed: its time grows with the set, not with the code (216 s in CI at 10,532 resumes,
    // beside the other test files' workers).
  }, 600_000);
});
