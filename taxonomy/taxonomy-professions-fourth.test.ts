/**
 * The twelfth round's last pass (written blind) over the smaller trades: the shop's analysis and till controls, the IT
 * desk's printers, IP plans, shared folders and endpoint policies, the social worker's campaigns, employment and carer
 * support, the farm's tea gardens and the salon's and gym's duties, each its own skill or an alias of the skill that
 * holds it. The round's earlier passes are in taxonomy-professions*.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

describe('the twelfth round, a last pass: retail and the IT desk', () => {
  it.each([
    ['人货场分析', 'retail-analytics'],
    ['订货会选款', 'style-selection'],
    ['Till Audits', 'till-controls'],
    ['Click and Reserve', 'click-and-collect'],
    ['Shrinkage', 'loss-prevention'],
    ['季节陈列', 'merchandising'],
    ['手机维修', 'phone-repair'],
    ['打印机加粉', 'peripherals-support'],
    ['IP地址分配', 'ip-address-management'],
    ['共享文件夹', 'file-share-management'],
    ['亿赛通', 'endpoint-encryption'],
    ['钉钉管理员', 'collaboration-suite-admin'],
    ['Conditional Access', 'modern-endpoint-management'],
    ['MSIX', 'software-deployment'],
    ['Splashtop', 'remote-support-tools'],
    ['VBScript', 'vba'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const store = '店长：每周做人货场分析与门店业绩复盘，参加订货会选款，负责季节陈列和收银稽核。';
    expect(prose(store)).toEqual(expect.arrayContaining(['retail-analytics', 'style-selection', 'merchandising', 'till-controls']));
    const desk = '负责手机维修、打印机加粉与硒鼓更换，做好IP地址分配和端口映射，管理共享文件夹权限，部署亿赛通加密软件，担任钉钉管理员。';
    expect(prose(desk)).toEqual(
      expect.arrayContaining([
        'phone-repair',
        'peripherals-support',
        'ip-address-management',
        'file-share-management',
        'endpoint-encryption',
        'collaboration-suite-admin',
      ]),
    );
    const en =
      'Endpoint engineer: conditional access and compliance policies in Intune, MSIX and PSADT packaging, remote support through Splashtop and Bomgar.';
    expect(prose(en)).toEqual(expect.arrayContaining(['modern-endpoint-management', 'software-deployment', 'remote-support-tools']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('The allocation of seats and the shrinkage of the shirt were discussed at home delivery time.')).toEqual([]);
  });
});

describe('the twelfth round, a last pass: social work, the farm, the salon and the gym', () => {
  it.each([
    ['反诈宣传', 'community-awareness-campaigns'],
    ['残疾人就业', 'employment-support'],
    ['Job Coaching', 'employment-support'],
    ['Outcomes Star', 'outcome-evaluation'],
    ['Young Carers', 'carer-support'],
    ['结项报告', 'project-reporting-ngo'],
    ['长者关怀', 'elderly-social-work'],
    ['婚姻调解', 'community-mediation'],
    ['采茶', 'tea-plucking'],
    ['示范基地', 'field-trials'],
    ['鸡病防治', 'livestock-health'],
    ['种子推广', 'seed-sales'],
    ['防脱', 'hair-loss-care'],
    ['线雕', 'thread-lifts'],
    ['术后回访', 'aesthetic-aftercare-follow-up'],
    ['问题肌修复', 'acne-treatment'],
    ['彩妆', 'cosmetics-retail'],
    ['美容仪', 'beauty-devices'],
    ['网球教学', 'ball-sports-coaching'],
    ['健美操', 'group-fitness'],
    ['马拉松训练', 'running-coaching'],
    ['Exercise Referral', 'special-population-exercise'],
    ['Soft Tissue Therapy', 'sports-therapy'],
    ['Pool Plant', 'lifeguarding'],
    ['会籍管理', 'gym-operations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const social = '社区社工：开展反诈宣传和禁毒宣传，推动残疾人就业，为照顾者支持小组招募志愿者，撰写结项报告，做长者关怀与婚姻调解。';
    expect(prose(social)).toEqual(
      expect.arrayContaining([
        'community-awareness-campaigns',
        'employment-support',
        'carer-support',
        'project-reporting-ngo',
        'elderly-social-work',
        'community-mediation',
      ]),
    );
    const support = 'Support worker: job coaching and travel training, Outcomes Star reviews, young carers groups and medication support.';
    expect(prose(support)).toEqual(
      expect.arrayContaining(['employment-support', 'outcome-evaluation', 'carer-support', 'medication-administration']),
    );
    const farm = '茶场技术员：负责采茶与茶园种植，建设科技示范基地，开展鸡病防治和种子推广。';
    expect(prose(farm)).toEqual(expect.arrayContaining(['tea-plucking', 'field-trials', 'livestock-health', 'seed-sales']));
    const salon = '医美顾问：问题肌修复方案、线雕与光电仪器项目咨询，负责术后回访与储值卡续费。';
    expect(prose(salon)).toEqual(
      expect.arrayContaining(['acne-treatment', 'thread-lifts', 'beauty-devices', 'aesthetic-aftercare-follow-up']),
    );
    const gym =
      'Leisure duty manager: pool plant checks, exercise referral and pre/post natal classes, soft tissue therapy, marathon training plans and tennis coaching.';
    expect(prose(gym)).toEqual(
      expect.arrayContaining(['lifeguarding', 'special-population-exercise', 'sports-therapy', 'running-coaching', 'ball-sports-coaching']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他周末打网球、跳绳、跑马拉松，还去植发。')).toEqual([]);
    expect(prose('We went to a spin class at the boot camp by the aqua park.')).not.toContain('group-fitness');
  });
});

describe('the twelfth round, a last pass: care homes and home care', () => {
  it.each([
    ['Person Centred Software', 'care-planning-software'],
    ['Log my Care', 'care-planning-software'],
    ['Reminiscence Therapy', 'care-home-activities'],
    ['Chaperoning', 'chaperoning'],
    ['Hoists', 'patient-moving-handling'],
    ['Food Charts', 'fluid-balance'],
    ['MAR Charts', 'medication-administration'],
    ['Live-in Care', 'geriatric-care'],
    ['更换尿垫', 'geriatric-care'],
    ['心理慰藉', 'psychosocial-support'],
    ['护理等级评估', 'elderly-ability-assessment'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const en =
      'Senior carer: personal care with hoists, food charts and MAR charts on Person Centred Software, reminiscence therapy sessions, chaperoning at GP visits and live-in care cover.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'patient-moving-handling',
        'fluid-balance',
        'medication-administration',
        'care-planning-software',
        'care-home-activities',
        'chaperoning',
        'geriatric-care',
      ]),
    );
    const zh = '养老护理员：负责失智老人照护、更换尿垫与心理慰藉，协助护理等级评估。';
    expect(prose(zh)).toEqual(expect.arrayContaining(['geriatric-care', 'psychosocial-support', 'elderly-ability-assessment']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('Birdie and Nourish are the names of our cats; social activities after work were fun.')).toEqual([]);
  });
});

describe('the twelfth round, a last pass: the school support staff', () => {
  it.each([
    ['Sensory Circuits', 'send-approaches'],
    ['Attention Autism', 'send-approaches'],
    ['ParentPay', 'school-office-administration'],
    ['Science Technician', 'school-science-technician'],
    ['CLEAPSS', 'school-science-technician'],
    ['Little Wandle', 'tutoring'],
    ['Precision Teaching', 'tutoring'],
    ['Past Papers', 'test-preparation'],
    ['Numicon', 'mathematics-teaching'],
    ['Twinkl', 'uk-school-tools'],
    ['Breakfast Club', 'club-activities'],
    ['HLTA', 'teaching-assistant'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long English job description', () => {
    const ta =
      'HLTA: ran Little Wandle and precision teaching groups, sensory circuits and Lego therapy, Numicon maths, breakfast club, and prepared science practicals to CLEAPSS guidance.';
    expect(prose(ta)).toEqual(
      expect.arrayContaining([
        'teaching-assistant',
        'tutoring',
        'send-approaches',
        'mathematics-teaching',
        'club-activities',
        'school-science-technician',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('Elsa and her friends like to thrive; interventions by the government were debated.')).toEqual([]);
  });
});
