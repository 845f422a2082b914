/**
 * The fifteenth round (written blind): the families whose labelled skills the taxonomy knew least of — the hospital's
 * specialist departments and the operations desk (15a), the supply chain and the accounts (15b), the factory and the
 * engineering office (15c) — and the systems job boards and IT project sections name (15d).
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the fifteenth round: the hospital’s specialist departments', () => {
  it.each([
    ['调强放疗', 'radiation-therapy'],
    ['IMRT', 'radiation-therapy'],
    ['Brachytherapy', 'radiation-therapy'],
    ['剂量学', 'medical-physics'],
    ['Dosimetry', 'medical-physics'],
    ['试管婴儿', 'assisted-reproduction'],
    ['ICSI', 'assisted-reproduction'],
    ['Embryo Transfer', 'assisted-reproduction'],
    ['纯音测听', 'audiology'],
    ['Tympanometry', 'audiology'],
    ['新生儿听力筛查', 'audiology'],
    ['MBSR', 'mindfulness-interventions'],
    ['正念减压', 'mindfulness-interventions'],
    ['医患纠纷处理', 'patient-relations'],
    ['伤口缝合', 'wound-care'],
    ['病案质控', 'clinical-documentation'],
    ['动物保定', 'veterinary-technician'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Chinese and an English description', () => {
    const zh =
      '放疗技师：负责CT模拟定位与放疗摆位，参与调强放疗和图像引导放疗，协助剂量验证；生殖中心：负责胚胎培养、玻璃化冷冻与精液分析；听力中心：开展纯音测听、声导抗测试与新生儿听力筛查，负责助听器调试。';
    expect(prose(zh)).toEqual(expect.arrayContaining(['radiation-therapy', 'medical-physics', 'assisted-reproduction', 'audiology']));
    const en =
      'Audiologist: pure tone audiometry, tympanometry and real ear measurements, cochlear implant programming and tinnitus management. Therapist: delivered MBSR groups and handled patient complaints.';
    expect(prose(en)).toEqual(expect.arrayContaining(['audiology', 'mindfulness-interventions', 'patient-relations']));
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('正念、OAE、ABR、PGT', { isSkillList: true })).toEqual([
      'mindfulness-interventions',
      'audiology',
      'audiology',
      'assisted-reproduction',
    ]);
    expect(prose('Practising mindfulness helps me focus, and she kept 正念 in mind.')).toEqual([]);
  });
});

describe('the fifteenth round: the operations, facilities and data centre desk', () => {
  it.each([
    ['Certified Facility Manager', 'facilities-management-certifications'],
    ['IWFM Level 4', 'facilities-management-certifications'],
    ['CDCP', 'data-center-certifications'],
    ['Uptime ATD', 'data-center-certifications'],
    ['DCIM', 'data-center'],
    ['Method of Procedure', 'data-center'],
    ['Shutdown Planning', 'outage-maintenance'],
    ['Maintenance Scheduling', 'equipment-maintenance'],
    ['工单闭环', 'equipment-maintenance'],
    ['配电房巡检', 'distribution-rooms'],
    ['楼宇自控系统', 'hvac'],
    ['消防中控室', 'fire-control-room'],
    ['监控值守', 'security-control-room'],
    ['调车作业', 'rail-operations'],
    ['自动售检票', 'public-transport-operations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a facilities and a data centre description', () => {
    const zh =
      '物业工程主管：负责配电房巡检、UPS巡检、楼宇自控系统与消防中控室管理，处理业主报修处理与维修工单，编制设备检修计划，管理道闸系统。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'distribution-rooms',
        'ups-maintenance',
        'hvac',
        'fire-control-room',
        'building-maintenance',
        'equipment-maintenance',
        'parking-management',
      ]),
    );
    const en =
      'Critical facilities technician (CDCP): wrote Method of Procedure and Emergency Operating Procedures, ran load bank testing on UPS systems, used DCIM, led shutdown planning and maintenance scheduling; IFMA Certified Facility Manager.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'data-center-certifications',
        'data-center',
        'ups-maintenance',
        'outage-maintenance',
        'equipment-maintenance',
        'facilities-management-certifications',
      ]),
    );
  });

  it('does not read a parcel carrier, an airflow figure or a station as skills in prose', () => {
    expect(prose('The parcel came by UPS, the fan moves 400 CFM, and 站务 staff waved at the 道闸.')).toEqual([]);
  });
});
