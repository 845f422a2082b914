/**
 * One Chinese task a verb of doing governs alone, who the work is done with and the unit it is done in. Invented names
 * (琛瑶, 璆琅, QBX) keep the cases independent of the taxonomy's contents.
 */
import { describe, expect, it } from 'vitest';
import { taskPhrases } from '../../subgraphs/resume/parser/fields/task-phrases.ts';

const zhTasks = (text: string) => taskPhrases(text).map((s) => s.name);

describe('taskPhrases: who the work is done with, and the unit it is done in', () => {
  it('reads the list 做 governs after the person helped ("配合保健员做晨检和消毒"), not 做好 or 做市', () => {
    expect(zhTasks('配合琛瑶员做璆琅检查和瑨珂消毒。')).toEqual(['璆琅检查', '瑨珂消毒']);
    expect(zhTasks('配合琛瑶员做好璆琅检查和瑨珂消毒。')).not.toContain('好璆琅检查');
  });

  it('reads a task without the unit it is done in ("挤压车间工艺巡检"), unless a verb follows the unit', () => {
    expect(zhTasks('负责琛瑶车间璆琅巡检和瑨珂记录。')).toEqual(['璆琅巡检', '瑨珂记录']);
    expect(zhTasks('负责琛瑶车间操作璆琅和瑨珂记录。')).not.toContain('操作璆琅');
  });
});

describe('taskPhrases: one task alone after a verb of doing', () => {
  it('reads a task in four to seven characters', () => {
    expect(zhTasks('参与琛瑶项目的可研评审。')).toEqual(['可研评审']);
    expect(zhTasks('负责琛瑶璆琅管理。')).toEqual(['琛瑶璆琅管理']);
    // Whatever its last word: 试产 is no work the rules list, and 琛瑶璆琅 names none.
    expect(zhTasks('参与琛瑶试产。')).toEqual(['琛瑶试产']);
    expect(zhTasks('负责琛瑶璆琅。')).toEqual(['琛瑶璆琅']);
    expect(zhTasks('负责琛瑶璆琅瑨珂玥珈管理。')).toEqual([]);
    expect(zhTasks('参与琛瑶组件库建设。')).toEqual(['琛瑶组件库建设']);
    expect(zhTasks('主导璆琅原型制作。')).toEqual(['璆琅原型制作']);
    expect(zhTasks('负责璆琅。')).toEqual([]);
  });

  it('reads no post, count of years or what the work is about as a task, nor where to', () => {
    expect(zhTasks('负责琛瑶璆琅项目。')).toEqual([]);
    expect(zhTasks('负责琛瑶璆琅項目。')).toEqual([]);
    expect(zhTasks('负责琛瑶业务。')).toEqual([]);
    expect(zhTasks('从事琛瑶璆琅十余年。')).toEqual([]);
    expect(zhTasks('完成琛瑶质量问题。')).toEqual([]);
    expect(zhTasks('负责到璆琅主管。')).toEqual([]);
    expect(zhTasks('协助到琛瑶璆琅。')).toEqual([]);
  });

  it('reads the record or the tool a task keeps or builds, a task of eight or nine characters and one a Latin name opens', () => {
    expect(zhTasks('建立琛瑶璆琅台账。')).toEqual(['琛瑶璆琅台账']);
    expect(zhTasks('负责琛瑶璆琅年检。')).toEqual(['琛瑶璆琅年检']);
    expect(zhTasks('负责琛瑶璆琅瑨珂建设。')).toEqual(['琛瑶璆琅瑨珂建设']);
    expect(zhTasks('参与 QBX 琛瑶璆琅复审。')).toEqual(['QBX 琛瑶璆琅复审']);
  });

  it('reads a document, a plan or a log kept, and work such as a watch or a register; not a task holding a second verb', () => {
    expect(zhTasks('填写琛瑶掘进日志。')).toEqual(['琛瑶掘进日志']);
    expect(zhTasks('编制璆琅照护计划。')).toEqual(['璆琅照护计划']);
    expect(zhTasks('负责琛瑶轮机值班。')).toEqual(['琛瑶轮机值班']);
    expect(zhTasks('协助璆琅经理写琛瑶文档。')).not.toContain('璆琅经理写琛瑶文档');
    expect(zhTasks('现场查勘后出具琛瑶璆琅报告。')).toContain('琛瑶璆琅报告');
    expect(zhTasks('为琛瑶、璆琅制定瑨珂方案和玥珈方案。')).not.toContain('璆琅制定瑨珂方案');
  });

  it('keeps in a list a task of eight to ten characters that names the work done, not a long term that names none', () => {
    expect(zhTasks('负责琛瑶璆琅瑨珂玥巡检和璆琅清洁。')).toEqual(['琛瑶璆琅瑨珂玥巡检', '璆琅清洁']);
    expect(zhTasks('负责琛瑶璆琅瑨珂玥珈琪和璆琅清洁。')).toEqual(['璆琅清洁']);
  });

  it('reads no clause after a verb of doing that ends a term before a conjunction ("…批次管理与去粉清洗验证")', () => {
    expect(zhTasks('琛瑶批次管理与璆琅清洗验证。').some((task) => /^[与和及]/u.test(task))).toBe(false);
  });
});

describe('taskPhrases: the verbs that govern a list', () => {
  it('reads no second verb over the first item’s object ("射频电路设计与调试")', () => {
    expect(zhTasks('负责琛瑶电路设计与调试，璆琅供应商开发与考核。')).not.toEqual(expect.arrayContaining(['调试']));
    expect(zhTasks('负责琛瑶电路设计与调试，璆琅供应商开发与考核。')).not.toEqual(expect.arrayContaining(['考核']));
  });

  it('reads the services 提供 governs', () => {
    expect(zhTasks('为社区对象提供琛瑶疏导、璆琅指导与家庭关系调适。')).toEqual(['琛瑶疏导', '璆琅指导', '家庭关系调适']);
    expect(zhTasks('为门窗厂提供琛瑶选型。')).toEqual(['琛瑶选型']);
  });

  it('reads no clause a verb of knowing opens as a list of the work ("懂焊补和模具结构" says what the person understands)', () => {
    expect(zhTasks('十年一线经验，琛瑶焊补和璆琅结构，能带班组。')).toEqual(['琛瑶焊补', '璆琅结构']);
    expect(zhTasks('十年一线经验，懂琛瑶焊补和璆琅结构，能带班组。')).toEqual([]);
  });
});

describe('taskPhrases: a clause of terms alone, with no verb', () => {
  it('reads it after a bullet or a dash', () => {
    expect(zhTasks('- 一对一琛瑶和小璆琅课。')).toEqual(['一对一琛瑶', '小璆琅课']);
    expect(zhTasks('• 琛瑶鉴定与璆琅监测，发表论文 4 篇。')).toEqual(['琛瑶鉴定', '璆琅监测']);
  });

  it('reads a term of two characters only when the taxonomy names it ("剪发与烫染", "排班")', () => {
    expect(zhTasks('- 琛瑶培训与排班。')).toEqual(['琛瑶培训', 'Time and Attendance']);
    expect(zhTasks('- 剪发与烫染。')).toEqual(['Haircutting and Colouring']);
    expect(zhTasks('琛瑶培训与璆琅。')).toEqual([]);
  });
});

describe('taskPhrases: a Latin name before a task', () => {
  it('reads a code or a word before the term ("L/C 收款", "timeline 管理"), not a tool and what is done with it', () => {
    expect(zhTasks('负责 Z/Q 收款和 zorbline 管理。')).toEqual(['Z/Q 收款', 'zorbline 管理']);
    expect(zhTasks('负责 Z&Q 琛瑶、ZQX 璆琅和 Zorbtab 做琛瑶分析。')).toEqual(['Z&Q 琛瑶', 'ZQX 璆琅']);
  });

  it('reads one alone when it names the work done or the record kept in two or three characters', () => {
    expect(zhTasks('编写 ZQX 报告。')).toEqual(['ZQX 报告']);
    expect(zhTasks('负责 ZQX 测试。')).toEqual(['ZQX 测试']);
    expect(zhTasks('负责 ZQX 琛瑶。')).toEqual([]);
  });
});

describe('taskPhrases: the whole unit a task covers', () => {
  it('leaves off 全厂, 全行 or 全校 before the task ("全行反洗钱培训")', () => {
    expect(zhTasks('负责全厂琛瑶调度。')).toEqual(['琛瑶调度']);
    expect(zhTasks('组织全行璆琅培训和琛瑶检查。')).toEqual(['璆琅培训', '琛瑶检查']);
  });
});

describe('taskPhrases: a term glossed in brackets', () => {
  it('reads a term and the English name in brackets after it, the last item of a list before it', () => {
    expect(zhTasks('安排琛瑶計劃 (zorb plan) 及上門探訪')).toEqual(expect.arrayContaining(['琛瑶計劃', 'zorb plan']));
    expect(zhTasks('协助新客户招标与璆琅切换（zorbing）。')).toEqual(expect.arrayContaining(['璆琅切换', 'zorbing']));
  });
});

describe('taskPhrases: the work learnt', () => {
  it('reads the clause of terms a verb of learning opens, without the verb', () => {
    expect(zhTasks('实习期间负责琛瑶接待，学习璆琅卷杠与琛瑶调配。')).toEqual(expect.arrayContaining(['璆琅卷杠', '琛瑶调配']));
    expect(zhTasks('实习期间负责琛瑶接待，学习璆琅卷杠与琛瑶调配。')).not.toContain('学习璆琅卷杠');
  });
});
