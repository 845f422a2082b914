import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('lowercases Latin words and keeps the punctuation of a skill name', () => {
    expect(tokenize('Senior C++ and C# developer, Node.js')).toEqual(['senior', 'c++', 'and', 'c#', 'developer', 'node.js']);
  });

  it('makes a run of Chinese characters its overlapping bigrams, a lone character itself', () => {
    expect(tokenize('会计 人')).toEqual(['会计', '人']);
    expect(tokenize('财务报表')).toEqual(['财务', '务报', '报表']);
  });

  it('reads traditional characters as simplified ones, so either script finds the other', () => {
    expect(tokenize('會計 財務報表')).toEqual(tokenize('会计 财务报表'));
    expect(tokenize('ＳＡＰ 資訊科技')).toEqual(['sap', '资讯', '讯科', '科技']);
  });
});
