/**
 * A taxonomy mention inside a longer item of a description's list is that item, as written (mention-items.ts): the
 * object of the work and the document it makes are part of the skill a recruiter reads. Names, counts and manners
 * are not. Employers are invented (琛瑶科技, Kōwhai Cottages).
 */
import { describe, expect, it } from 'vitest';
import { mentionItem, namedItem } from '../../subgraphs/resume/parser/fields/mention-items.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { normalizeSkill } from '../../taxonomy/taxonomy.ts';

const zh = (description: string) =>
  parseResumeText(['林伟', '工作经历', '2019.03-至今  琛瑶科技有限公司  客服主管', description].join('\n')).skills.map((s) => s.id);
const en = (description: string) =>
  parseResumeText(['Wei Lin', 'Experience', 'Mar 2019 – Present  Kōwhai Cottages Ltd', 'Host', description].join('\n')).skills.map(
    (s) => s.id,
  );
const id = (skill: string) => normalizeSkill(skill)!.id;
/** The item around the first `mention` in `text`. */
const around = (text: string, mention: string) => mentionItem(text, text.indexOf(mention), text.indexOf(mention) + mention.length);
/** The product or the standard the first `mention` in `text` opens. */
const name = (text: string, mention: string) => namedItem(text, text.indexOf(mention), text.indexOf(mention) + mention.length);

describe('a mention inside a longer item of a list', () => {
  it('is the item in Chinese: the object of the work before it, the document it makes after it', () => {
    const read = zh('负责区域网络优化与用户投诉处理，输出装配图纸与公差分析报告。');
    expect(read).toContain('text:用户投诉处理');
    expect(read).not.toContain(id('投诉处理'));
    expect(read).toContain('text:公差分析报告');
    expect(read).not.toContain(id('公差分析'));
    expect(around('擅长经销商谈判与团队管理', '谈判')).toBe('经销商谈判');
    expect(around('开展超声引导穿刺活检与超声造影', '穿刺活检')).toBe('超声引导穿刺活检');
  });

  it('is the item in English: the words before it that name what the work is on, one work noun after it', () => {
    const read = en('I run guest communication, turnovers and pricing for 12 cottages; ran quality gate checks.');
    expect(read).toContain('text:guestcommunication');
    expect(read).not.toContain(id('communication'));
    expect(read).toContain('text:qualitygatechecks');
    expect(around('Trial coordinator: PK sample processing, SAE reporting', 'sample processing')).toBe('PK sample processing');
  });

  it('is not a name, a count, a manner, a preposition or a verb before it', () => {
    expect(zh('使用 Jenkins 完成持续集成，五年电梯维保经验，善于跨部门沟通。')).toEqual(
      expect.arrayContaining([id('Jenkins'), id('电梯维保'), id('跨部门沟通')]),
    );
    expect(en('Strong negotiation skills; taught myself Python; clear written communication.')).toEqual(
      expect.arrayContaining([id('negotiation'), id('Python'), id('written communication')]),
    );
    // A product's name before the work is its own ("Salesforce call logging"), a department or a meeting after it is where.
    expect(around('Salesforce call logging', 'call logging')).toBeNull();
    expect(around('参加月度成本分析会', '成本分析')).toBeNull();
    // Where or when the work is done is not part of it.
    expect(around('负责望京片区收派件', '收派件')).toBeNull();
    expect(around('负责月底客户对账', '对账')).toBe('客户对账');
    expect(around('负责年度客户对账', '对账')).toBe('客户对账');
    // A verb of issuing, acting for, controlling or holding is not part of the item; a word that opens on one is.
    expect(around('出具公差分析报告', '公差分析')).toBe('公差分析报告');
    expect(around('持叉车证上岗', '叉车')).not.toMatch(/^持/u);
    expect(around('负责控制器硬件设计', '硬件设计')).toBe('控制器硬件设计');
    // Nor a verb of making: what is made is the item ("制作陈列标准手册", "上线金蝶云星空"), not what comes after a launch.
    expect(around('制作陈列标准手册', '陈列')).toBe('陈列标准手册');
    expect(around('梳理陈列标准手册', '陈列')).toBe('陈列标准手册');
    expect(around('绘制陈列标准手册', '陈列')).toBe('陈列标准手册');
    expect(around('上线金蝶云星空', '金蝶')).toBe('金蝶云星空');
    expect(around('上线后陈列效率提升', '陈列')).not.toMatch(/^后/u);
    // Nor a verb of liking in English, or "plus": "enjoys mentoring" is mentoring.
    expect(around('Ten years in RAN software; enjoys mentoring and cross-site collaboration.', 'mentoring')).toBeNull();
    expect(around('Shift lead, plus apprentice training', 'training')).toBe('apprentice training');
    // What work is done by is not part of it, nor is a verb of putting in place; 按期 says when.
    expect(around('按感染控制指引完成消毒', '感染控制')).toBe('感染控制指引');
    expect(around('依据气相色谱数据', '气相色谱')).toBe('气相色谱数据');
    expect(around('落地柯氏四级评估', '柯氏四级评估')).toBeNull();
    expect(around('按期交付叠合板构件', '叠合板') ?? '').not.toMatch(/^期/u);
    // Nor what is left of a verb after it, or 有 and 到 before it.
    expect(around('做好首件检验使用记录', '首件检验') ?? '').not.toMatch(/使$/u);
    expect(around('有团队管理经验', '团队管理') ?? '').not.toMatch(/^有/u);
    // Nine characters or more are a clause, not an item: the mention is the skill.
    expect(around('负责外卖商家端用户研究', '用户研究')).toBeNull();
    // A line of business prose names is no skill there, nor is an item it opens or ends ("community oncology").
    expect(en('Ran feasibility for community oncology trials and zorblex audits.')).not.toContain('text:communityoncology');
    // A project or a contract is what the work was for, not the work.
    expect(around('负责档案数字化项目', '档案数字化')).toBeNull();
    expect(around('签订电梯维保合同', '电梯维保')).toBeNull();
  });
});

describe('a name that opens a product or a standard in prose', () => {
  it('is the whole name: the product after its maker, the standard after its body', () => {
    const read = en('Ran the help desk on Salesforce Zorbix Cloud; lift testing per ASME Q17.1 and customer calls.');
    expect(read).toContain('text:salesforcezorbixcloud');
    expect(read).not.toContain(id('Salesforce'));
    expect(read).toContain('text:asmeq171');
    expect(name('licences under CCAR-117 rules', 'CCAR')).toBe('CCAR-117');
  });

  it('is the name alone before lower-case words, or before more than three words', () => {
    expect(name('dashboards in Salesforce for the team', 'Salesforce')).toBeNull();
    // A line's end ends the name: the next line's first word is not the product's.
    expect(name('ran Salesforce\nManaged the desk', 'Salesforce')).toBeNull();
    expect(name('ran Salesforce Zorbix Quib Vantri Cloud', 'Salesforce')).toBeNull();
  });
});
