/**
 * The sixteenth round (written blind), continued: a second pass over the factory's quality office and the shop floor of
 * a store and a sales route (16f), an audit of the round's words that another trade writes (16g), and a second pass over
 * the classroom and the service desk (16h). The round's first passes are in taxonomy-professions-tenth.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the sixteenth round, a second pass: the quality office, the store and the sales route', () => {
  it.each([
    ['Downtime Analysis', 'tpm'],
    ['停机损失分析', 'tpm'],
    ['生产早会', 'daily-huddles'],
    ['灌装线操作', 'pharma-manufacturing'],
    ['Checkweighers', 'food-safety'],
    ['测量不确定度评定', 'iso-17025'],
    ['AS9102', 'first-article-inspection'],
    ['物料追溯', 'quality-traceability'],
    ['Concession Requests', 'quality-management'],
    ['开店闭店', 'store-open-close'],
    ['Franchise Support', 'franchisee-management'],
    ['Franchise Sales', 'franchise-development'],
    ['Promoter Management', 'retail-distribution'],
    ['终端拓展', 'retail-distribution'],
    ['Quote-to-Cash', 'quotation-management'],
    ['Event Sales', 'hotel-sales'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a quality and a sales description', () => {
    const zh = '质量工程师：主持生产早会，做停机损失分析与物料追溯，完成测量不确定度评定；销售主管：负责终端拓展和促销员管理。';
    expect(prose(zh)).toEqual(expect.arrayContaining(['daily-huddles', 'tpm', 'quality-traceability', 'iso-17025', 'retail-distribution']));
    const en =
      'Ran downtime analysis and AS9102 first article reports, validated checkweighers, and owned the quote-to-cash process and event sales.';
    expect(prose(en)).toEqual(
      expect.arrayContaining(['tpm', 'first-article-inspection', 'food-safety', 'quotation-management', 'hotel-sales']),
    );
  });

  it('reads QTC and Q2C in a list of skills only', () => {
    expect(ids('CPQ, QTC, Q2C', { isSkillList: true })).toEqual(['quotation-management', 'quotation-management', 'quotation-management']);
    expect(prose('Our QTC team met at Q2C last week.')).toEqual([]);
  });
});

describe('the sixteenth round, the audit: words another trade writes', () => {
  it('reads them as no skill of this round, or as the trade that writes them', () => {
    expect(normalizeSkill('EMT')?.id).not.toBe('emergency-care');
    expect(normalizeSkill('Convertibles')?.id).not.toBe('fixed-income');
    expect(normalizeSkill('Pre-selling')?.id).not.toBe('retail-distribution');
    expect(normalizeSkill('窗口服务')?.id).not.toBe('public-administration');
    expect(normalizeSkill('Prone Positioning')?.id).not.toBe('critical-care');
    expect(normalizeSkill('End-of-life Management')?.id).not.toBe('obsolescence-management');
    expect(normalizeSkill('Town Halls')?.id).not.toBe('internal-communications');
    expect(normalizeSkill('转运中心')?.id).toBe('parcel-sortation');
    expect(normalizeSkill('Fumigation')?.id).toBe('pest-control');
    expect(ids('EMT, PVC conduit, cable tray', { isSkillList: true })).not.toContain('emergency-care');
  });
});

describe('the sixteenth round, a second pass: the classroom and the service desk', () => {
  it.each([
    ['Progress Monitoring', 'student-assessment'],
    ['学情跟踪', 'student-assessment'],
    ['Small Group Instruction', 'tutoring'],
    ['Trips and Visits', 'school-trips'],
    ['Ticket Handling', 'ticketing'],
    ['客户挽留', 'customer-retention'],
    ['Save Desk', 'customer-retention'],
    ['Teacher Coaching', 'teaching-research'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a teacher’s and an agent’s description, and 挽留 only in a list', () => {
    expect(prose('Led small group instruction and progress monitoring, and planned trips and visits.')).toEqual(
      expect.arrayContaining(['tutoring', 'student-assessment', 'school-trips']),
    );
    expect(prose('客服专员：负责工单跟进与客户挽留，完成满意度回访。')).toEqual(
      expect.arrayContaining(['ticketing', 'customer-retention']),
    );
    expect(ids('挽留、回访', { isSkillList: true })).toContain('customer-retention');
    expect(prose('他挽留了我一晚。')).toEqual([]);
  });
});
