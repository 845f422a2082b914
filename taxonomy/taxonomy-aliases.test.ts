// The alias audit: aliases that named an event, a metric, a ward, another occupation or a sibling product,
// read as what they are. The first cases live in taxonomy.test.ts ("aliases that named something else").
import { describe, expect, it } from 'vitest';
import { findSkills, normalizeSkill } from './taxonomy.ts';

const id = (text: string) => normalizeSkill(text)?.id ?? null;
const prose = (text: string) => findSkills(text, { isProse: true }).map((m) => m.skill.id);

describe('aliases that named something else: the audit', () => {
  it('reads an event or a competition as no skill, or as the skill that organises it', () => {
    expect(id('双十一')).toBeNull();
    expect(id('数学竞赛')).toBeNull();
    expect(id('四大会计师事务所')).toBeNull();
    expect(id('媒体发布会')).toBe('press-conferences');
    expect(id('海外展会')).toBe('trade-shows');
    expect(prose('获得全国数学竞赛二等奖。')).not.toContain('mathematics-teaching');
  });

  it('reads a metric as no skill ("库存准确率", "续费率", "Change Failure Rate")', () => {
    expect(id('库存准确率')).toBeNull();
    expect(id('续费率')).toBeNull();
    expect(id('Change Failure Rate')).toBeNull();
    expect(prose('负责提升库存准确率和直通率。')).toEqual([]);
    expect(id('KPI')).toBe('kpi-management');
    expect(prose('KPI完成率120%。')).toEqual([]);
    expect(prose('Met all KPIs every quarter.')).toEqual([]);
  });

  it('reads a ward, a department or a place as no skill', () => {
    for (const place of ['Intensive Care Unit', 'Emergency Department', '普外科', '妇产科', '客房部', '售楼处', 'Back Office']) {
      expect(id(place), place).toBeNull();
    }
    expect(prose('Staff Nurse, General Surgical Ward.')).toEqual([]);
  });

  it('reads another occupation or a broader discipline as its own skill', () => {
    expect(id('体育老师')).toBeNull();
    expect(id('Dental Technician')).toBeNull();
    expect(id('Family Medicine')).toBe('general-practice');
    expect(id('Pediatrics')).toBe('pediatrics');
    expect(id('眼科医生')).toBe('ophthalmology');
    expect(id('数值策划')).toBe('game-design');
    expect(id('Obstetrics')).toBe('obstetrics-gynecology');
    expect(id('Oncology')).toBe('oncology');
    expect(id('Orthopaedics')).toBe('orthopaedics');
    expect(id('Oncology Nursing')).toBe('oncology-nursing');
    expect(id('安检员')).toBe('security-screening');
    expect(id('注册安全工程师')).toBe('ehs-credentials');
  });

  it('reads a sibling product as itself or its family', () => {
    expect(id('Confluence')).toBe('confluence');
    expect(id('Jira')).toBe('jira');
    expect(id('Ahrefs')).toBe('seo-tools');
    expect(id('Opsgenie')).toBe('incident-tooling');
    expect(id('AWS Secrets Manager')).toBe('secrets-management');
  });

  it('reads a concept split over two skills as the skill of its own ("5 Why", "Data Catalog", "Bootloader")', () => {
    expect(id('5 Why')).toBe('five-whys');
    expect(id('Data Catalog')).toBe('data-catalog');
    expect(id('Bootloader')).toBe('bootloader');
    expect(id('Storyboarding')).toBe('shot-planning');
    expect(id('Property Valuations')).toBe('property-valuation');
    expect(id('书法')).toBe('fine-arts');
    expect(id('Genesys')).toBe('contact-center-platforms');
    expect(id('Balsamiq')).toBe('prototyping');
    expect(id('Care Home')).toBeNull();
  });

  it('reads a Chinese term of another trade or of everyday use as what it is ("查房", "整车", "月嫂", "验签")', () => {
    expect(prose('每日参与查房，负责整车测试。')).toEqual([]);
    expect(findSkills('查房、布草、做房', { isSkillList: true }).map((m) => m.skill.id)).toContain('housekeeping');
    expect(id('月嫂')).toBe('domestic-services');
    expect(id('安检')).toBe('security-screening');
    expect(id('美甲')).toBe('nail-technology');
    expect(id('调岗')).toBe('transfers-pay-changes');
    expect(id('验签')).toBeNull();
    expect(id('坪效')).toBeNull();
  });

  it('reads a document as the skill that writes it, and an employer named in a work history as no skill', () => {
    expect(id('测试报告')).toBe('test-planning');
    expect(id('在职证明')).toBe('personnel-administration');
    expect(id('Record-to-Report')).toBe('general-ledger');
    expect(id('复盘报告')).toBe('post-mortem-review');
    expect(id('i18n Testing')).toBe('localization-qa');
    expect(id('实习生带教')).toBe('mentoring');
    expect(id('中国注册税务师')).toBe('chartered-tax-adviser');
    expect(id('基本公共卫生服务')).toBe('public-health');
    expect(id('Lead Time for Changes')).toBeNull();
    expect(prose('2018-2021 深圳迈瑞生物医疗电子股份有限公司 研发工程师')).toEqual([]);
    expect(prose('Software Engineer, Fortinet Inc.')).toEqual([]);
    expect(prose('熟悉Cognex、Keyence视觉系统。')).toEqual(['machine-vision', 'machine-vision']);
  });

  it('needs context for an everyday word ("embedded", "roadmap", "channel manager")', () => {
    expect(prose('I was embedded in the product team and owned the roadmap.')).toEqual([]);
    expect(prose('Built it from scratch, drawing on what we had; 负责调解员工矛盾。')).toEqual([]);
    expect(prose('Promoted to Chief Architect for the payments platform.')).toEqual([]);
    expect(prose('Worked as Channel Manager for the EMEA partners.')).not.toContain('revenue-hospitality');
    expect(findSkills('Embedded, C, RTOS', { isSkillList: true }).map((m) => m.skill.id)).toContain('embedded-systems');
  });

  it('reads a first-aid certificate as first aid, in either script, not as emergency care (急救 alone)', () => {
    for (const certificate of ['急救证书', '急救證書', '急救证照', '急救證照', '急救证']) expect(id(certificate)).toBe('first-aid');
    expect(id('急救')).toBe('emergency-care');
    expect(findSkills('急救證書（聖約翰救傷隊）', { isSkillList: true }).map((m) => m.skill.id)).toEqual(['first-aid']);
  });

  it('reads a driving licence with its class after it, or its country and standing before it, as the driving licence', () => {
    for (const licence of [
      '驾照 C1',
      '驾驶证C1',
      '机动车驾驶证（A2）',
      'UK driving licence',
      'Ordinary driver’s license',
      'Full clean UK driving licence',
    ])
      expect(id(licence)).toBe('driving-licence');
    expect(id('C证')).toBeNull();
  });

  it('reads a PLC by its maker and model, a building-automation protocol and the UK first-aid certificate as their skills', () => {
    for (const plc of ['Siemens S7-1200', '西门子 S7-200 SMART', '西门子S7-200']) expect(id(plc)).toBe('siemens-s7');
    for (const protocol of ['BACnet/IP', 'BACnet', 'LonWorks', 'Modbus RTU']) expect(id(protocol)).toBe('industrial-protocols');
    expect(prose('Integrated chillers over BACnet/IP.')).not.toContain('intellectual-property');
    for (const certificate of ['Emergency First Aid at Work', 'EFAW']) expect(id(certificate)).toBe('first-aid');
  });

  it('reads a camel-cased ambiguous term only as cased, and PEST analysis only in capitals', () => {
    expect(prose('MAP packing and an interactive map')).not.toContain('ranking-metrics');
    expect(prose('Pest and disease scouting')).not.toContain('pestel');
    expect(prose('PEST analysis of the market')).toContain('pestel');
    expect(prose('lives in Phoenix, AZ')).toEqual([]);
  });
});
