/**
 * The parser on text nobody wrote: generated documents of resume fragments (headings, dates, brackets, dashes, list
 * marks, employers, schools, contact details) mixed with arbitrary Unicode, read without throwing and into well-formed
 * fields. A fixed seed keeps CI repeatable; `LOOMA_FUZZ_RUNS=20000 LOOMA_FUZZ_SEED=… npx vitest run
 * tests/resume/parser-fuzz.test.ts` explores further. Found so far: an acronym before a bracket of dashes threw
 * ("API (- gateway)"). What long lines and gaps cost is printed by `npm run bench:parse-hostile`; what bounds it is
 * pinned here (boundedText).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedText, parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const FRAGMENTS = [
  ...[
    '工作经历',
    'Experience',
    'Work',
    'Skills',
    '专业技能',
    'Education',
    '教育背景',
    'Projects',
    '项目经历',
    'Top Skills',
    'Certifications',
  ],
  ...[
    'Summary',
    '自我评价',
    '## Skills',
    '【工作经历】',
    '▶ 学历',
    '===EXPERIENCE===',
    'Languages',
    'Mother tongue(s)',
    '技术栈：',
    'Tech stack:',
  ],
  ...[
    '2019.03 - 至今',
    'Mar 2019 – Present',
    '2018/07--至今：',
    '04/2018 – present',
    '2019年3月',
    '2019-03-01',
    '(5 years 11 months)',
    '[ 5年]',
  ],
  ...[
    '（100-499人）',
    'Acme Ltd',
    '北京字节跳动科技有限公司',
    'University of Leeds',
    '华南理工大学',
    '采购经理 Purchasing Manager',
    'Jane Doe',
    '张伟',
  ],
  ...[
    'London, United Kingdom',
    '+86 138 0013 8000',
    '+44 20 7946 0000',
    'a@b.co',
    'CET-6',
    'English (Native)',
    'Level II',
    '所属行业：',
    '现居：',
  ],
  ...['(', ')', '（', '）', '[', ']', '-', '--', '——', '|', '：', ':', '、', ',', '；', '•', '▪', '★', '✔', '/', '&', 'and', '(s)', '...'],
  ...[
    'API (',
    'SLA (- x)',
    'CRM (Crew Resource Management)',
    '熟练掌握',
    'Python',
    'Java',
    'Excel',
    '會計',
    '山田 太郎',
    '현재',
    '　',
    '\t',
  ],
];
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const line = fc
  .tuple(fc.array(token, { maxLength: 8 }), fc.constantFrom(' ', '', '  ', ' | ', '，'))
  .map(([parts, gap]) => parts.join(gap));
const document = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));

const RUNS = Number(process.env.LOOMA_FUZZ_RUNS ?? 400);
const SEED = Number(process.env.LOOMA_FUZZ_SEED ?? 20261203);
const inUnit = (confidence: number) => confidence >= 0 && confidence <= 1;

describe('the parser on generated text', () => {
  it('never throws, and every field is well formed', () => {
    fc.assert(
      fc.property(document, (text) => {
        const parsed = parseResumeText(text);
        expect(typeof parsed.text).toBe('string');
        expect(inUnit(parsed.name.confidence)).toBe(true);
        for (const entry of [...parsed.experience, ...parsed.education]) {
          expect(inUnit(entry.confidence)).toBe(true);
          expect(entry.start === null || /^\d{4}(?:-\d{2})?$/u.test(entry.start)).toBe(true);
          expect(entry.end === null || entry.end === 'present' || /^\d{4}(?:-\d{2})?$/u.test(entry.end)).toBe(true);
        }
        for (const skill of parsed.skills) {
          expect(skill.id.length).toBeGreaterThan(0);
          expect(inUnit(skill.confidence)).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});

describe('boundedText', () => {
  it('cuts long gaps, long lines and long runs of blank lines, and keeps every other character in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(' ', '\t', '\n', '-', '。', '. ', 'a', '中'), fc.string({ maxLength: 3 })), { maxLength: 6000 }),
        (pieces) => {
          const text = pieces.join('');
          const bounded = boundedText(text);
          expect(Math.max(0, ...bounded.split('\n').map((l) => l.length))).toBeLessThanOrEqual(2000);
          expect(/[ \t]{65}/u.test(bounded)).toBe(false);
          expect(/(?:\n[ \t]*){6}/u.test(bounded)).toBe(false);
          const visible = (s: string) => s.replace(/\s+/gu, '');
          expect(visible(bounded)).toBe(visible(text));
        },
      ),
      { numRuns: 200, seed: SEED },
    );
  });

  it('leaves a resume of ordinary lines as it is', () => {
    const text = ['张伟', '', '工作经历', '2019.03 - 至今    北京字节跳动科技有限公司    后端工程师', '负责推荐系统。'].join('\n');
    expect(boundedText(text)).toBe(text);
  });

  it('cuts an overlong line at its last clause before the limit', () => {
    const sentence = `${'负责客户开发与维护'.repeat(20)}。`;
    const lines = boundedText(sentence.repeat(20)).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((l) => l.endsWith('。'))).toBe(true);
  });
});
