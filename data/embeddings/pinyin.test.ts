import { describe, expect, it } from 'vitest';
import { chineseSpelledIn, conceptsOfQuery, pinyinSyllables, withChineseOfPinyin } from './pinyin.ts';

describe('pinyin', () => {
  it('spells Chinese by word, without tones', () => {
    expect(pinyinSyllables('会计')).toEqual(['kuai', 'ji']);
    expect(pinyinSyllables('重庆')).toEqual(['chong', 'qing']);
  });

  it('reads the taxonomy and vocabulary terms a query spells, with or without spaces between syllables', () => {
    expect(chineseSpelledIn('qianduan')).toEqual(['前端']);
    expect(chineseSpelledIn('qian duan gong cheng shi')).toEqual(['前端工程师']);
    expect(chineseSpelledIn('zijie tiaodong')).toEqual(['字节跳动']);
    expect(chineseSpelledIn('houduan kaifa, shanghai')).toEqual(['后端开发', '上海']);
  });

  it('leaves English and short words alone', () => {
    expect(chineseSpelledIn('product manager in sales')).toEqual([]);
    expect(withChineseOfPinyin('react developer')).toBe('react developer');
  });

  it('gives a pinyin query the concepts of its Chinese', () => {
    expect(
      conceptsOfQuery('kuaiji')
        .map((m) => m.concept.id)
        .sort(),
    ).toEqual(['family:finance', 'role:accountant']);
  });
});
