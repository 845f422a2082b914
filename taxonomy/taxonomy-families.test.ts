/**
 * The job families the taxonomy had no category for (the tenth round, written blind): game development, beauty,
 * fitness, IT support, social work and retail each have their own category now — the skills that plainly belong moved
 * there, and the tools, methods, certificates and duties their resumes name were added, each its own skill related to
 * the family's skill. The coverage bench reads a skill's category as its family's row.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill, skillTaxonomy } from './taxonomy.ts';
import { ids } from '../tests/support/skill-ids.ts';

const FAMILIES = ['game-development', 'beauty', 'fitness', 'it-support', 'social-work', 'retail'];

describe('the tenth round: the families with no vocabulary of their own', () => {
  const { skills } = skillTaxonomy();

  it('has a category of its own for each family, with at least 15 skills', () => {
    for (const family of FAMILIES) expect(skills.filter((s) => s.category === family).length, family).toBeGreaterThanOrEqual(15);
  });

  it.each([
    // game development
    ['URP', 'unity-urp', 'game-development'],
    ['Shader Graph', 'shader-graph', 'game-development'],
    ['光照烘焙', 'lightmap-baking', 'game-development'],
    ['Unity编辑器扩展', 'unity-editor-tools', 'game-development'],
    ['白鹭引擎', 'egret', 'game-development'],
    ['关卡设计', 'level-design', 'game-development'],
    ['Unity3D', 'unity', 'game-development'],
    // beauty
    ['美甲', 'nail-technology', 'beauty'],
    ['美容仪器操作', 'beauty-devices', 'beauty'],
    ['祛痘护理', 'acne-treatment', 'beauty'],
    ['CIDESCO', 'beauty-qualifications', 'beauty'],
    ['淋巴排毒', 'lymphatic-drainage', 'beauty'],
    // fitness
    ['NASM-CPT', 'fitness-certifications', 'fitness'],
    ['体态评估', 'movement-assessment', 'fitness'],
    ['私教课程设计', 'training-programme-design', 'fitness'],
    ['RYT-200', 'yoga-certification', 'fitness'],
    ['HIIT', 'hiit', 'fitness'],
    ['TRX悬挂训练', 'trx', 'fitness'],
    // IT support
    ['ITIL', 'itsm', 'it-support'],
    ['Windows Deployment Services', 'os-imaging', 'it-support'],
    ['TeamViewer', 'remote-support-tools', 'it-support'],
    ['BitLocker', 'disk-encryption', 'it-support'],
    ['Freshservice', 'it-service-desk-tools', 'it-support'],
    ['Jamf Pro', 'jamf', 'it-support'],
    // social work
    ['个案管理', 'social-work', 'social-work'],
    ['入户走访', 'home-visits', 'social-work'],
    ['公益创投', 'social-service-projects', 'social-work'],
    ['优势视角', 'strengths-based-practice', 'social-work'],
    ['Case Notes', 'case-recording', 'social-work'],
    ['LMSW', 'social-work-licence', 'social-work'],
    // retail
    ['陈列', 'merchandising', 'retail'],
    ['门店管理', 'store-management', 'retail'],
    ['客流分析', 'footfall-analysis', 'retail'],
    ['FABE销售法', 'fabe', 'retail'],
    ['生鲜管理', 'fresh-food', 'retail'],
    ['新零售', 'new-retail', 'retail'],
  ])('%s → %s (%s)', (text, id, category) => {
    const skill = normalizeSkill(text);
    expect(skill?.id).toBe(id);
    expect(skill?.category).toBe(category);
  });

  it('relates each new skill of a family to a skill that exists', () => {
    const byId = new Set(skills.map((s) => s.id));
    for (const skill of skills.filter((s) => FAMILIES.includes(s.category)))
      for (const related of skill.related) expect(byId.has(related), `${skill.id} → ${related}`).toBe(true);
  });

  it('finds a family’s terms inside a long sentence', () => {
    expect(ids('负责项目的渲染管线迁移，从内置管线升级至URP，并通过光照烘焙和静态合批将Draw Call降低40%', { isProse: true })).toEqual(
      expect.arrayContaining(['unity-urp', 'lightmap-baking', 'draw-call-batching']),
    );
    expect(ids('为会员提供私教课程设计与体态评估，持有NASM-CPT和RYT-200证书', { isProse: true })).toEqual(
      expect.arrayContaining(['training-programme-design', 'movement-assessment', 'fitness-certifications', 'yoga-certification']),
    );
    expect(
      ids('Provided 1st line support: laptop imaging with Windows Deployment Services, BitLocker recovery and TeamViewer sessions'),
    ).toEqual(expect.arrayContaining(['it-support', 'os-imaging', 'disk-encryption', 'remote-support-tools']));
    expect(ids('运用优势视角开展个案管理和入户走访，链接公益创投项目资源', { isProse: true })).toEqual(
      expect.arrayContaining(['strengths-based-practice', 'social-work', 'home-visits', 'social-service-projects']),
    );
    expect(ids('负责门店陈列、客流分析与会员维护，运用FABE销售法提升连带率', { isProse: true })).toEqual(
      expect.arrayContaining(['merchandising', 'footfall-analysis', 'fabe']),
    );
    expect(ids('熟练操作美容仪器，擅长祛痘护理与淋巴排毒手法', { isProse: true })).toEqual(
      expect.arrayContaining(['beauty-devices', 'acne-treatment', 'lymphatic-drainage']),
    );
  });

  it('reads no everyday word or glued short word of these families as a skill in prose', () => {
    for (const text of [
      'We saw a ghost story, an egret by the harbor and a boxing match on the autopilot flight',
      'Offered emotional support to colleagues and advocacy for the team’s plans',
      '公司按季度订货，销售旺季前统一补货，并为员工办卡发放福利',
      '他拉伸了项目周期，提倡导师制，并在低保真稿上做交互',
      '参加信创产业大会；向日葵花田摄影',
    ])
      expect(ids(text, { isProse: true }), text).toEqual([]);
    // 引擎开发 glued into 搜索引擎开发 is a search engine's work, not a game engine's.
    expect(ids('负责搜索引擎开发', { isProse: true })).not.toContain('game-engine-development');
  });

  it('still reads an ambiguous family word in a skills list', () => {
    expect(ids('拉伸、HIIT、拳击', { isSkillList: true })).toEqual(['mobility-stretching', 'hiit', 'combat-fitness']);
    expect(new Set(ids('TeamViewer, 向日葵, AnyDesk', { isSkillList: true }))).toEqual(new Set(['remote-support-tools']));
  });
});

describe('the tenth round: the low families’ missing terms', () => {
  it.each([
    ['果树修剪', 'fruit-tree-pruning', 'agriculture'],
    ['高标准农田建设', 'high-standard-farmland', 'agriculture'],
    ['牛羊养殖', 'ruminant-farming', 'agriculture'],
    ['虚拟电厂', 'virtual-power-plant', 'energy'],
    ['IV曲线测试', 'iv-curve-testing', 'energy'],
    ['负荷预测', 'load-forecasting', 'energy'],
    ['MCN运营', 'mcn-operations', 'media'],
    ['延时摄影', 'time-lapse', 'media'],
    ['AP Stylebook', 'editorial-style-guides', 'media'],
    ['Moldflow', 'moldflow', 'engineering'],
    ['非标设计', 'non-standard-design', 'engineering'],
    ['Factory Acceptance Test', 'fat-sat', 'engineering'],
    ['Value Engineering', 'value-engineering', 'construction'],
    ['鲁班奖', 'quality-award-projects', 'construction'],
    ['物流招标', 'logistics-tendering', 'supply-chain'],
    ['MRO采购', 'mro-procurement', 'supply-chain'],
    ['Marriott Bonvoy', 'hotel-loyalty-programmes', 'hospitality'],
    ['行政酒廊', 'executive-lounge', 'hospitality'],
    ['石膏固定', 'plaster-casting', 'healthcare'],
    ['Audiometry', 'audiology', 'healthcare'],
    ['运营看板', 'ops-dashboards', 'operations'],
    ['加盟商管理', 'franchisee-management', 'operations'],
  ])('%s → %s (%s)', (text, id, category) => {
    const skill = normalizeSkill(text);
    expect(skill?.id).toBe(id);
    expect(skill?.category).toBe(category);
  });

  it('finds them inside a long sentence', () => {
    expect(ids('负责分布式光伏电站的组件清洗、IV曲线测试和二次回路检查，参与虚拟电厂需求响应项目', { isProse: true })).toEqual(
      expect.arrayContaining(['pv-module-cleaning', 'iv-curve-testing', 'secondary-circuits', 'virtual-power-plant', 'demand-response']),
    );
    expect(ids('Ran the Factory Acceptance Test for the skid package, with flow meters calibrated and loop checks signed off')).toEqual(
      expect.arrayContaining(['fat-sat', 'flow-meters', 'loop-checking']),
    );
  });

  it('reads no everyday or glued short word of them in prose', () => {
    for (const text of [
      '项目组把货架上的样品装柜前拍照，他养牛的亲戚来访',
      'The team had a coffee break; the switchboard was busy',
      '他去体检中心排队，顺便在总机旁等候',
    ])
      expect(ids(text, { isProse: true }), text).toEqual([]);
  });
});

describe('the tenth round: what a trade’s skills list names', () => {
  it.each([
    ['群晖', 'synology', 'it-support'],
    ['Password Resets', 'password-resets', 'it-support'],
    ['Laptop Imaging', 'os-imaging', 'it-support'],
    ['Click & Collect', 'click-and-collect', 'retail'],
    ['Cash Office', 'cash-office', 'retail'],
    ['Support Plans', 'support-planning', 'social-work'],
    ['社区活动组织', 'community-events', 'social-work'],
    ['栽培技术', 'cultivation-techniques', 'agriculture'],
    ['Beekeeping', 'beekeeping', 'agriculture'],
    ['轮作倒茬', 'crop-rotation', 'agriculture'],
    ['Dermalogica', 'dermalogica', 'beauty'],
    ['HD Brows', 'hd-brows', 'beauty'],
    ['美容导师', 'beauty-trainer', 'beauty'],
    ['卡项设计', 'beauty-membership-sales', 'beauty'],
  ])('%s → %s (%s)', (text, id, category) => {
    const skill = normalizeSkill(text);
    expect(skill?.id).toBe(id);
    expect(skill?.category).toBe(category);
  });

  it('reads their everyday words only in a list', () => {
    expect(ids('负责冷库和种子仓储，播种季节协调物流；公司主营护肤品，负责抗衰系列的营销', { isProse: true })).toEqual([]);
    expect(ids('We bought 3D printers and discussed mental health in group work near the fitting room')).toEqual([]);
    expect(ids('Printers, Active Directory, Office 365', { isSkillList: true })).toContain('peripherals-support');
    expect(ids('补水、祛斑、抗衰', { isSkillList: true })).toEqual([
      'hydrating-facials',
      'pigmentation-treatment',
      'anti-ageing-treatments',
    ]);
  });
});
