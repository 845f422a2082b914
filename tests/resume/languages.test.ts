/** The languages field: where a resume states its spoken languages, and what a language item is. */
import { describe, expect, it } from 'vitest';
import { findLanguages, spokenLanguageOf } from '../../subgraphs/resume/parser/fields/languages.ts';

const languages = (languageLines: string[], text: string, skillLines: string[] = []) =>
  findLanguages(languageLines, text, skillLines).map((l) => [l.language, l.level]);

describe('findLanguages', () => {
  it('reads the languages section, every language of a clause', () => {
    expect(languages(['English (fluent), 普通话 母语', 'Bilingual: English / Spanish'], '')).toEqual([
      ['English', 'fluent'],
      ['Mandarin', '母语'],
      ['Spanish', null],
    ]);
  });

  it('reads a line a language label opens anywhere, and a skills list item that is wholly a language', () => {
    expect(languages([], 'Summary\nBilingual: English and Spanish\nTools: Excel')).toEqual([
      ['English', null],
      ['Spanish', null],
    ]);
    expect(languages([], '', ['Payroll: DATEV, SAP HCM', 'German (native), English (C1)', 'Irish (fluent), French (B2)'])).toEqual([
      ['German', 'native'],
      ['English', 'C1'],
      ['Irish', 'fluent'],
      ['French', 'B2'],
    ]);
  });

  it('reads a certificate anywhere (英语六级, TOEIC), and no language a skill names in passing', () => {
    expect(languages([], '英语六级，能用英文撰写监查报告')).toEqual([['English', null]]);
    expect(languages([], 'TOEIC 915')).toEqual([['English', null]]);
    expect(languages([], '', ['English teaching, Polish car detailing'])).toEqual([]);
  });
});

describe('spokenLanguageOf', () => {
  it.each([
    ['英语六级', 'English'],
    ['CET-6', 'English'],
    ['English (C1)', 'English'],
    ['TOEIC 915', 'English'],
    ['German (native)', 'German'],
    ['普通话二级甲等', 'Mandarin'],
    ['Spanish - conversational', 'Spanish'],
    ['French (DELF B2)', 'French'],
    // Traditional characters, as a Hong Kong or Taiwan resume writes them.
    ['粵語', 'Cantonese'],
    ['廣東話', 'Cantonese'],
    ['英語六級', 'English'],
    ['葡萄牙語', 'Portuguese'],
  ])('%s is %s', (text, language) => {
    expect(spokenLanguageOf(text)).toBe(language);
  });

  it.each(['English teaching', '对外汉语', 'Chinese medicine', '商务英语写作', 'Polish car detailing'])(
    '%s is a skill, no language',
    (text) => {
      expect(spokenLanguageOf(text)).toBeNull();
    },
  );
});
