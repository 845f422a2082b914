/**
 * The fourteenth round (written blind), continued: a second pass over the words Hong Kong, Macau and Taiwan resumes use,
 * read in traditional characters. The round's first passes are in taxonomy-professions-seventh.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the fourteenth round, a second pass: the words of Hong Kong, Macau and Taiwan', () => {
  it.each([
    ['網頁設計', 'web-design'],
    ['網站架設', 'web-design'],
    ['LINE官方帳號', 'line-official-account'],
    ['LINE@', 'line-official-account'],
    ['粉絲專頁', 'social-media'],
    ['關鍵字廣告', 'sem'],
    ['搜尋引擎最佳化', 'seo'],
    ['電子報行銷', 'email-marketing'],
    ['網紅行銷', 'kol-marketing'],
    ['資料倉儲', 'data-warehouse'],
    ['電腦視覺', 'computer-vision'],
    ['系統整合', 'system-integration'],
    ['可程式控制器', 'plc'],
    ['射出成型', 'injection-molding'],
    ['尺寸量測', 'precision-measurement'],
    ['傳票處理', 'accounting'],
    ['記帳士', 'accounting-titles'],
    ['請款作業', 'payment-processing'],
    ['零用金管理', 'cash-handling'],
    ['統一發票', 'invoicing'],
    ['信用狀', 'trade-finance'],
    ['押匯', 'trade-finance'],
    ['勞基法', 'employee-relations'],
    ['差勤管理', 'attendance-management'],
    ['加護病房護理', 'critical-care'],
    ['醫事檢驗', 'clinical-laboratory'],
    ['長照服務', 'geriatric-care'],
    ['居家服務', 'home-care'],
    ['班級經營', 'classroom-management'],
    ['堆高機', 'forklift'],
    ['展店規劃', 'store-expansion'],
    ['工程估價', 'quantity-surveying'],
    ['電商營運', 'ecommerce-operations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Taiwan marketing, accounts and care description', () => {
    const marketing =
      '行銷企劃：負責臉書粉絲專頁與LINE官方帳號經營、關鍵字廣告投放、搜尋引擎最佳化、電子報發送與網紅合作，撰寫企劃書，並負責網頁設計與網站架設。';
    expect(prose(marketing)).toEqual(
      expect.arrayContaining([
        'social-media',
        'line-official-account',
        'sem',
        'seo',
        'email-marketing',
        'kol-marketing',
        'marketing-strategy',
        'web-design',
      ]),
    );
    const accounts =
      '會計助理：負責傳票登錄、沖帳、請款作業、零用金管理、統一發票開立、扣繳申報、勞保健保加退保，協助信用狀與押匯作業，熟悉勞基法與差勤管理。';
    expect(prose(accounts)).toEqual(
      expect.arrayContaining([
        'accounting',
        'payment-processing',
        'cash-handling',
        'invoicing',
        'payroll-tax',
        'social-insurance',
        'trade-finance',
        'employee-relations',
        'attendance-management',
      ]),
    );
    const care = '照顧服務員：提供長照服務、居家服務與失智症照護；設備工程師：射出成型、尺寸量測、可程式控制器、人機介面、機械手臂。';
    expect(prose(care)).toEqual(
      expect.arrayContaining([
        'geriatric-care',
        'home-care',
        'injection-molding',
        'precision-measurement',
        'plc',
        'industrial-automation',
        'industrial-robots',
      ]),
    );
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('外場、內場、櫃檯、倉管、堆高機', { isSkillList: true })).toEqual([
      'food-beverage',
      'kitchen-management',
      'front-desk',
      'warehouse-operations',
      'forklift',
    ]);
    expect(prose('他在國貿站下車，櫃檯前排隊，營造溫馨氛圍，前台說找你，健保卡掉了。')).toEqual([]);
    expect(prose('He ate momo dumplings for lunch.')).toEqual([]);
  });
});

describe('the fourteenth round: the office and general affairs desk', () => {
  it.each([
    ['流程审批', 'oa-systems'],
    ['办公搬迁', 'office-relocation'],
    ['IT资产', 'it-asset-management'],
    ['保洁外包', 'outsourcing-management'],
    ['5S检查', 'five-s'],
    ['钉钉考勤', 'attendance-management'],
    ['健康体检组织', 'employee-health-checks'],
    ['文件翻译', 'translation'],
    ['工作周报', 'status-reporting'],
    ['PPT汇报', 'slide-writing'],
    ['证照年检', 'seal-management'],
    ['社保开户', 'social-insurance'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside an office administrator’s description, and not in everyday prose', () => {
    const zh =
      '行政专员：负责OA流程审批、办公搬迁、IT资产盘点、保洁外包与安保外包管理、5S检查、钉钉考勤、健康体检组织、文件翻译、证照年检及社保开户。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'oa-systems',
        'office-relocation',
        'it-asset-management',
        'outsourcing-management',
        'five-s',
        'attendance-management',
        'employee-health-checks',
        'translation',
        'seal-management',
        'social-insurance',
      ]),
    );
    expect(prose('村民搬迁到了新区，他这周报名了马拉松。')).toEqual([]);
  });
});

describe('the fourteenth round: a reception desk is not a web page’s front end', () => {
  it('reads 前台 of a developer’s list as no reception work, and a bare Line as no LINE account', () => {
    expect(ids('前台开发、后台管理、Java', { isSkillList: true })).toEqual(['java']);
    expect(normalizeSkill('前台开发')).toBeNull();
    expect(normalizeSkill('Line')).toBeNull();
    expect(normalizeSkill('前台接待')?.id).toBe('front-desk');
  });
});
