/**
 * The trades the taxonomy barely read (the eleventh round, written blind): IT support, retail, agriculture, social
 * work, beauty, operations, energy, media, hospitality, hardware, supply chain, engineering, healthcare, pharma,
 * legal, education and admin — the duties and methods their resumes write inside a job description (工单分派, 陈列调整,
 * 无人机植保, 个案评估, shelf replenishment, safeguarding referrals ...), the tools and equipment they name (扫码枪, RMM
 * tools, Meraki, PLC brands ...) and their certificates by their written names, each its own skill related to the
 * family's. taxonomy-trades.test.ts holds the fifth round's trades; this file the eleventh's.
 */
import { describe, expect, it } from 'vitest';
import { findSkills, normalizeSkill } from './taxonomy.ts';

const ids = (text: string, options?: Parameters<typeof findSkills>[1]) => findSkills(text, options).map((m) => m.skill.id);
const prose = (text: string) => ids(text, { isProse: true });

describe('the eleventh round: IT support and retail duties', () => {
  it.each([
    ['账号权限管理', 'account-provisioning'],
    ['电脑组装', 'pc-assembly'],
    ['笔记本维修', 'hardware-repair'],
    ['PC Troubleshooting', 'hardware-repair'],
    ['重装系统', 'os-imaging'],
    ['局域网维护', 'lan-maintenance'],
    ['2nd Line Support', 'it-support'],
    ['Second-line Support', 'support-tiers'],
    ['二线支持', 'support-tiers'],
    ['Ticket Triage', 'ticket-triage'],
    ['工单派发', 'ticket-triage'],
    ['Laptop Refresh', 'hardware-refresh'],
    ['Laptop Setup', 'it-onboarding'],
    ['打印机故障排查', 'peripherals-support'],
    ['Account Lockouts', 'password-resets'],
    ['macOS Support', 'mac-support'],
    ['Cisco Meraki', 'cisco-meraki'],
    ['UniFi', 'ubiquiti'],
    ['ConnectWise Manage', 'connectwise'],
    ['NinjaRMM', 'ninjaone'],
    ['IT外包', 'managed-it-services'],
    ['驻场运维', 'onsite-it-support'],
    ['Deskside Support', 'onsite-it-support'],
    ['批处理脚本', 'batch-scripting'],
    ['NTFS Permissions', 'file-share-management'],
    ['知识库维护', 'knowledge-base'],
    // retail
    ['陈列调整', 'display-maintenance'],
    ['Planogram Compliance', 'planogram-compliance'],
    ['理货补货', 'shelf-replenishment'],
    ['Shelf Stacking', 'shelf-replenishment'],
    ['临期商品处理', 'date-checking'],
    ['开店流程', 'store-open-close'],
    ['退换货', 'returns-exchanges'],
    ['Markdowns', 'markdown-execution'],
    ['POS系统', 'pos-systems'],
    ['扫码枪', 'barcode-scanners'],
    ['RF Gun', 'barcode-scanners'],
    ['Pricing Gun', 'price-labelling'],
    ['EAS Tagging', 'security-tagging'],
    ['Shrink Management', 'loss-prevention'],
    ['开业筹备', 'store-pre-opening'],
    ['老客维护', 'repeat-customer-care'],
    ['线上订单拣货', 'online-order-picking'],
    ['门店直播', 'store-livestreaming'],
    ['商场专柜', 'counter-sales'],
    ['大盘点', 'cycle-counting'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds the duties inside a long Chinese and a long English job description', () => {
    const zh =
      '负责公司200余台电脑的桌面运维，处理日常工单派发与二线支持，承担打印机故障排查、局域网维护和账号权限管理，参与笔记本维修及新员工电脑配置。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'it-support',
        'ticket-triage',
        'support-tiers',
        'peripherals-support',
        'lan-maintenance',
        'account-provisioning',
        'hardware-repair',
        'it-onboarding',
      ]),
    );
    const en =
      'Provided deskside support to 400 users, handled ticket triage in ConnectWise Manage, ran a laptop refresh across three sites and resolved account lockouts and printer troubleshooting.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'onsite-it-support',
        'ticket-triage',
        'connectwise',
        'hardware-refresh',
        'password-resets',
        'peripherals-support',
      ]),
    );
    const store = '每日负责陈列调整和理货补货，执行开店流程与闭店检查，处理退换货，使用扫码枪完成大盘点，做好临期商品处理和老客维护。';
    expect(prose(store)).toEqual(
      expect.arrayContaining([
        'display-maintenance',
        'shelf-replenishment',
        'store-open-close',
        'returns-exchanges',
        'barcode-scanners',
        'cycle-counting',
        'date-checking',
        'repeat-customer-care',
      ]),
    );
    const shop =
      'Responsible for shelf stacking, date checking and planogram compliance, EAS tagging of high-value lines and markdowns at the end of each season.';
    expect(prose(shop)).toEqual(
      expect.arrayContaining(['shelf-replenishment', 'date-checking', 'planogram-compliance', 'security-tagging', 'markdown-execution']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('We had a square table in the office and toast for breakfast; refunds were paid by finance.')).toEqual([]);
    expect(prose('他上货车时装机不慎摔伤，店里上货不多。')).not.toContain('shelf-replenishment');
    expect(prose('The MSP and the EUC teams met at Kaseya Center in Miami.')).not.toContain('managed-it-services');
  });
});
