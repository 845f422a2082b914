/**
 * The thirteenth round (written blind), continued: the design office's engineering disciplines and the bar, the
 * coffee counter and the kitchen. The round's first passes are in taxonomy-professions-fifth.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

describe('the thirteenth round: mechanical, electrical and civil design', () => {
  it.each([
    ['建筑声学', 'acoustics'],
    ['Sound Insulation Testing', 'acoustics'],
    ['性能化防火设计', 'fire-engineering'],
    ['Fire Strategy', 'fire-engineering'],
    ['交通影响评价', 'traffic-modelling'],
    ['LinSig', 'traffic-modelling'],
    ['MicroDrainage', 'drainage-design'],
    ['水力模型', 'drainage-design'],
    ['Principal Inspections', 'structure-inspections'],
    ['桥梁定期检测', 'structure-inspections'],
    ['DIALux', 'lighting-design-engineering'],
    ['照度计算', 'lighting-design-engineering'],
    ['PSSR', 'special-equipment-management'],
    ['LEV Testing', 'industrial-hygiene'],
    ['IP67', 'reliability-engineering'],
    ['Heat Transfer', 'thermal-analysis'],
    ['齿轮设计', 'kinematics'],
    ['气缸选型', 'mechanical-design'],
    ['高低压配电设计', 'high-voltage'],
    ['防排烟设计', 'fire-protection-systems'],
    ['STAAD', 'structural-software'],
    ['Building Physics', 'building-energy-modelling'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const zh =
      '设计院工程师：负责建筑声学与隔声设计，性能化防火设计与人员疏散模拟，交通影响评价和信号配时优化，雨水排水设计与水力模型，桥梁定期检测，照度计算与DIALux照明设计，热工计算，传热计算，齿轮设计与气缸选型，IP防护等级与可靠性试验，技术报告编写。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'acoustics',
        'fire-engineering',
        'traffic-modelling',
        'drainage-design',
        'structure-inspections',
        'lighting-design-engineering',
        'building-energy-modelling',
        'thermal-analysis',
        'kinematics',
        'mechanical-design',
        'reliability-engineering',
        'technical-writing',
      ]),
    );
    const en =
      'Engineer: acoustic design and sound insulation testing, fire strategy and evacuation modelling, transport assessments with VISSIM and LinSig, drainage strategy in MicroDrainage and InfoWorks ICM, principal inspections of bridges, lighting calculations in DIALux, PSSR written scheme of examination, LEV testing, ingress protection to IP67, STAAD and steel connection design, Revit MEP.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'acoustics',
        'fire-engineering',
        'traffic-modelling',
        'drainage-design',
        'structure-inspections',
        'lighting-design-engineering',
        'special-equipment-management',
        'industrial-hygiene',
        'reliability-engineering',
        'structural-software',
        'structural-engineering',
        'revit',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('房间隔音不好，声学课很有趣，早高峰交通组织很乱。')).toEqual([]);
    expect(prose('The pathfinder went ahead; general inspections of the house were done.')).toEqual([]);
  });
});

describe('the thirteenth round: the bar, the coffee counter and the kitchen', () => {
  it.each([
    ['Cask Ale', 'bartending'],
    ['Cask Marque', 'bartending'],
    ['Pour Over', 'barista'],
    ['Filter Coffee', 'barista'],
    ['Sauce Making', 'culinary'],
    ['蛋糕装饰', 'culinary'],
    ['团膳', 'culinary'],
    ['Tablebooker', 'reservations'],
    ['Premises Licence', 'personal-licence'],
    ['Wedding Coordination', 'banquet'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long English and a Chinese job description', () => {
    const en =
      'Bar and kitchen supervisor: cask ale and Cask Marque standards, pour over and filter coffee, sauce making, premises licence holder, wedding coordination, bookings on Tablebooker.';
    expect(prose(en)).toEqual(expect.arrayContaining(['bartending', 'barista', 'culinary', 'personal-licence', 'banquet', 'reservations']));
    expect(prose('西点师：负责蛋糕装饰与面包制作，兼顾团膳出品。')).toContain('culinary');
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('Weddings are fun; he bought a V60 for his brother.')).toEqual([]);
  });
});
