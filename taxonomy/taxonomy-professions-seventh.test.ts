/**
 * The fourteenth round (written blind): resumes from Hong Kong, Macau and Taiwan, in traditional characters and with the
 * words those regions use (專案, 軟體, 資安, 勞健保, 利得稅), and the families whose labelled skills the taxonomy knew
 * least of.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the fourteenth round: traditional characters and the words of Hong Kong, Macau and Taiwan', () => {
  it.each([
    ['數據分析', 'data-analysis'],
    ['資料分析', 'data-analysis'],
    ['專案管理', 'project-management'],
    ['會計', 'accounting'],
    ['採購', 'procurement'],
    ['顧客服務', 'customer-service'],
    ['簡報製作', 'slide-writing'],
    ['簡報技巧', 'presentation'],
    ['人力資源管理', 'hr-management'],
    ['應收帳款', 'accounts-payable'],
    ['軟體測試', 'software-testing'],
    ['資訊安全', 'cybersecurity'],
    ['數位行銷', 'digital-marketing'],
    ['雲端運算', 'cloud-computing'],
    ['物件導向', 'oop'],
    ['使用者介面設計', 'ui-design'],
    ['韌體開發', 'firmware'],
    ['勞健保', 'payroll'],
    ['教育訓練', 'training-development'],
    ['門市管理', 'store-management'],
    ['長者照顧', 'geriatric-care'],
    ['職業安全及健康', 'ehs'],
    ['利得稅', 'tax-compliance'],
    ['核數', 'auditing'],
    ['智慧財產權', 'intellectual-property'],
    ['倉頡輸入法', 'typing'],
    ['會計證書', 'accounting'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Taiwan and a Hong Kong job description, with the words as written', () => {
    const tw =
      '負責專案管理與資料分析，熟練掌握SQL、Python及Power BI；規劃數位行銷與社群媒體經營，辦理勞健保加退保及薪資作業，主導人才招募與教育訓練。';
    expect(prose(tw)).toEqual(
      expect.arrayContaining([
        'project-management',
        'data-analysis',
        'sql',
        'python',
        'power-bi',
        'digital-marketing',
        'social-media',
        'payroll',
        'recruiting',
        'training-development',
      ]),
    );
    const hk = '香港公司會計：處理應收帳款、應付帳款及銀行對帳，協助核數工作，負責薪俸稅及利得稅申報，管理強積金供款。';
    expect(prose(hk)).toEqual(expect.arrayContaining(['accounts-payable', 'reconciliation', 'auditing', 'tax-compliance', 'payroll']));
  });

  it('keeps the mention as written, in traditional characters', () => {
    const found = ids('熟悉專案管理');
    expect(found).toEqual(['project-management']);
  });

  it('reads a list of skills in traditional characters, and the context words written so (熟練, 語言)', () => {
    expect(ids('門市管理、顧客服務、存貨管理、收銀', { isSkillList: true })).toEqual([
      'store-management',
      'customer-service',
      'inventory-management',
      'pos-systems',
    ]);
    expect(ids('熟練 Go 語言與 Docker')).toEqual(expect.arrayContaining(['go', 'docker']));
  });

  it('does not read everyday words of those regions as skills', () => {
    expect(prose('他在補習班讀書，總務處在二樓，業務開發很忙，雲端的照片不見了。')).toEqual([]);
  });
});
