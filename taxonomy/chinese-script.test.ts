import { describe, expect, it } from 'vitest';
import { toSimplified } from './chinese-script.ts';
import { compactSkillKey } from './taxonomy.ts';

const simplifiedChar = (char: string) => toSimplified(char);

describe('traditional Chinese folded to simplified', () => {
  it('folds each traditional character to its simplified one, the length kept', () => {
    const text = '熟練掌握資料分析、專案管理與會計，負責採購及顧客服務';
    expect(toSimplified(text)).toBe('熟练掌握资料分析、专案管理与会计，负责采购及顾客服务');
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it('folds the Taiwan and Hong Kong variant forms too (為, 衞, 説, 綫)', () => {
    expect(toSimplified('為衛衞說説線綫裡裏臺')).toBe('为卫卫说说线线里里台');
  });

  it('reads an account written 帳 or 帐 as 账', () => {
    expect(toSimplified('應收帳款、记帐')).toBe('应收账款、记账');
  });

  it('leaves simplified text, Latin text and the characters simplified text writes too as they are', () => {
    for (const text of ['熟练掌握数据分析与项目管理', 'Python, SQL and Excel', '著作权登记', '昇腾 AI 处理器']) {
      expect(toSimplified(text)).toBe(text);
    }
    expect(simplifiedChar('著')).toBe('著');
    expect(toSimplified('什么、什麼、什麽')).toBe('什么、什么、什么');
  });

  it('folds in one step: no simplified form is itself folded further', () => {
    const folded = [...'丟並乾亂亞佈佔來係個們倉備傳傷億價儲優兒內兩冊凍創劃劇務動勞勢區協單衛說説線綫裡裏麼麽薴帳帐'].map(simplifiedChar);
    expect(folded.map(simplifiedChar)).toEqual(folded);
  });

  it('gives the simplified and the traditional spelling of a skill one key', () => {
    expect(compactSkillKey('人力資源管理')).toBe(compactSkillKey('人力资源管理'));
    expect(compactSkillKey('Power BI 報表')).toBe('powerbi报表');
  });
});
