/**
 * How a description's lists are read where people write them loosely: a bullet or a dash before the first item, a
 * sentence a PDF wrapped, what a list's kind and its figures add after it ("这些山西面食都是现做", "20 余起"), a
 * clause that opens on a change in a figure, a word of ability before a skills item (会, 有, 各种) and a bracket of
 * product names. Invented names (Zorblex, Quibbit, 琛瑶, 璆琅) keep the cases independent of the taxonomy's contents.
 */
import { describe, expect, it } from 'vitest';
import { definedAcronyms, englishTasks, usedNames } from '../../subgraphs/resume/parser/fields/english-tasks.ts';
import { listedSkills } from '../../subgraphs/resume/parser/fields/listed-skills.ts';
import { knownTerms, ruleBooks, taskPhrases } from '../../subgraphs/resume/parser/fields/task-phrases.ts';
import { abilitiesClaimed } from '../../subgraphs/resume/parser/fields/self-claims.ts';
import { toolPhrases } from '../../subgraphs/resume/parser/fields/tool-phrases.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const tasks = (text: string) => englishTasks(text).map((s) => s.name);
const tools = (text: string) => usedNames(text).map((s) => s.name);
const zhTasks = (text: string) => taskPhrases(text).map((s) => s.name);
const zhTools = (text: string) => toolPhrases(text).map((s) => s.name);
const zhKnown = (text: string) => knownTerms(text).map((s) => s.name);
const items = (lines: string[]) => listedSkills(lines).map((s) => s.name);

describe('englishTasks: lists written loosely', () => {
  it('reads a bulleted clause, and one a PDF wrapped across a blank line', () => {
    expect(tasks('• Zorblex testing and quibbit fitting, domiciliary zorbing.')).toEqual([
      'Zorblex testing',
      'quibbit fitting',
      'domiciliary zorbing',
    ]);
    expect(tasks('Caseload: zorblex quibometry, quibbit testing,\n\nZorb checks and hearing zorbing.')).toEqual([
      'zorblex quibometry',
      'quibbit testing',
      'Zorb checks',
      'hearing zorbing',
    ]);
  });

  it('reads what the work is done with, and a bracket that lists practices', () => {
    expect(tasks('Zorblex fitting with real quibbit measurements, zorb removal.')).toEqual([
      'Zorblex fitting',
      'zorb removal',
      'real quibbit measurements',
    ]);
    expect(tasks('Lead the vestibular service (Zorblex scans, quibbit testing).')).toEqual(['Zorblex scans', 'quibbit testing']);
  });

  it('reads an item whose last word only looks like a role ("stage decor", "risk assessment")', () => {
    expect(tasks('Bridal zorbs and wedding stage decor, quibbit zorb assessment.')).toEqual([
      'Bridal zorbs',
      'wedding stage decor',
      'quibbit zorb assessment',
    ]);
    expect(tasks('Zorblex clinics, senior quibbit supervisor.')).toEqual([]);
  });

  it('passes over a thing handled among the items, and how often the work is done', () => {
    expect(tasks('Zorblex mechanics, Quibbit devices, zorb rotation.')).toEqual(['Zorblex mechanics', 'zorb rotation']);
    expect(tasks('Daily zorblex planning for the plant, quibbit clearance.')).toEqual(['zorblex planning', 'quibbit clearance']);
  });

  it('reads past "responsible for", a bracket\'s aside and what "of" adds', () => {
    expect(tasks('Responsible for zorb planning, quibbit zorbing and distribution of flour (3 DCs, 140 trucks).')).toEqual([
      'zorb planning',
      'quibbit zorbing',
      'Distribution Management',
    ]);
  });

  it('reads no measures a clause says were changed, and no count of people', () => {
    expect(tasks('Grew zorblex sales from 310 to 520 and quibbit revenue by 22%.')).toEqual([]);
    expect(tasks('Supervise zorblex clinics and two quibbit staff.')).toEqual([]);
  });
});

describe('usedNames: a bracket of product names', () => {
  it('reads names written in camel case, two or more', () => {
    expect(tools('Sold precision ag (ZorbTrac, QBLink) and tractors.')).toEqual(['ZorbTrac', 'QBLink']);
  });

  it('reads no bracket of acronyms, places or words', () => {
    expect(tools('Funded by donors (EU, UN).')).toEqual([]);
    expect(tools('Worked across regions (Asia, Europe).')).toEqual([]);
    expect(tools('Consultant (McKinsey, McDonald).')).toEqual([]);
  });
});

describe('taskPhrases: lists written loosely', () => {
  it('reads a run after a bullet and a dash, and a verb with a one-character object', () => {
    expect(zhTasks('• - 琛瑶、璆琅、瑨珂、玥珈和手部琛理，也做过璆瑶嫁接。')).toEqual(['琛瑶', '璆琅', '瑨珂', '玥珈', '手部琛理']);
    expect(zhTasks('照顾一位老人，做饭、陪同琛瑶。').sort()).toEqual(['做饭', '陪同琛瑶'].sort());
    expect(zhTasks('每天点检，自己能换琛瑶、打黄油。')).toEqual(['换琛瑶', '打黄油']);
  });

  it('reads the parts a verb of fitting or servicing governs, without the verb', () => {
    // 故障抢修 is one task alone after its verb.
    expect(zhTasks('处理故障抢修，更换琛瑶钢丝绳、门机和璆琅钳。')).toEqual(['故障抢修', '琛瑶钢丝绳', '门机', '璆琅钳']);
  });

  it('reads the items before the kind they are of, and without how well or how many', () => {
    expect(zhTasks('琛瑶面、璆琅、瑨珂耳朵这些山西面食都是现做。')).toEqual(['琛瑶面', '璆琅', '瑨珂耳朵']);
    expect(zhTasks('做琛瑶、璆琅、瑨珂都熟。')).toEqual(['琛瑶', '璆琅', '瑨珂']);
    expect(zhTasks('处理琛瑶合同纠纷和璆琅产权诉讼 20 余起，挽回损失。')).toEqual(['琛瑶合同纠纷', '璆琅产权诉讼']);
    // 工作 after the last item is the list's kind, however short the item.
    expect(zhTasks('从事琛瑶、璆琅、上琛工作。')).toEqual(['琛瑶', '璆琅', '上琛']);
  });

  it('reads a term that opens with a conjunction\'s character as one term ("和面")', () => {
    expect(zhTasks('做包琛、饺琛，和面、调琛、蒸煮琛都熟。')).toEqual(['包琛', '饺琛', '和面', '调琛', '蒸煮琛']);
  });
});

describe('listedSkills: a word of ability or having before an item', () => {
  it('leaves off 会, 能, 自己能, 有, 可用 and 各种 before a term, and a grade after it', () => {
    expect(items(['会精细琛瑶、挖璆琅坑'])).toEqual(['精细琛瑶', '挖璆琅坑']);
    expect(items(['熟悉各种琛瑶胶和工具消毒规范'])).toContain('琛瑶胶');
    expect(items(['有红十字会璆琅员证'])).toEqual(['红十字会璆琅员证']);
    expect(items(['可用琛瑶审阅璆琅'])).toEqual(['琛瑶审阅璆琅']);
    expect(items(['ZKU 宠物琛瑶师 C 级'])).toEqual(['ZKU 宠物琛瑶师']);
    expect(items(['手剪、电琛都熟练'])).toEqual(['手剪', '电琛']);
  });

  it('keeps a term that only starts with such a character (会计, 能源, 有机)', () => {
    expect(items(['会计琛瑶、能源璆琅、有机琛化'])).toEqual(['会计琛瑶', '能源璆琅', '有机琛化']);
  });
});

describe('toolPhrases and taskPhrases: the tools a Chinese description says did the work, and a glossed term', () => {
  it('reads a Latin name that does the work or that it is done in', () => {
    expect(zhTools('完成分模设计，Zorbflow 做浇口位置与翘曲分析。')).toContain('Zorbflow');
    expect(zhTools('用 SQL 在 Quibbase 里核对数据。')).toContain('Quibbase');
  });

  it('reads no model number after its brand, and no client the work is for', () => {
    expect(zhTools('熟练使用琛瑶 Z8 做凭证。')).not.toContain('Z8');
    expect(zhTools('为 Zorbly 做新品上市方案。')).not.toContain('Zorbly');
    expect(zhTools('• Zorbly 中国区新品上市。')).toEqual([]);
  });

  it('reads what is used for a piece of work, each of two, and a narrower name beside the skill it holds', () => {
    expect(zhTools('用琛瑶地形仪评估配适。')).toEqual(['琛瑶地形仪']);
    expect(zhTools('用琛瑶剪辑视频。')).toEqual(['琛瑶']);
    expect(zhTools('用琛瑶和璆琅剪辑短视频。')).toEqual(['琛瑶', '璆琅']);
    expect(zhTools('用琛瑶 HIS 记录病历。')).toEqual(['琛瑶 HIS']);
  });

  it('reads a term glossed by its acronym, and the acronym', () => {
    expect(zhTasks('以认知疗法为主，整合琛瑶减压（ZBSR）与其他技术。')).toEqual(['琛瑶减压', 'ZBSR']);
    expect(zhTasks('负责华东（EC）区域。')).toEqual([]);
  });
});

describe('usedNames: a product named in camel case anywhere in English prose', () => {
  it('reads it, and not a plural acronym or a Scottish name', () => {
    expect(tools('Ran data loads and dedupe with ZorbTools; release management.')).toEqual(['ZorbTools']);
    expect(tools('Built APIs and SPAs for 3 DCs with McAllister.')).toEqual([]);
  });
});

describe('taskPhrases: a clause of terms alone', () => {
  it('reads a clause with no verb that joins terms', () => {
    expect(zhTasks('高级私人教练: 一对一琛瑶和小璆琅课，月均上课 160 节。')).toEqual(['一对一琛瑶', '小璆琅课']);
  });

  it('reads none whose item opens on a verb, an ability or a preposition', () => {
    expect(zhTasks('根据琛瑶设计稿与璆琅样衣。')).toEqual([]);
    expect(zhTasks('能适应夜班与节假日值班。')).toEqual([]);
  });
});

describe('usedNames: a product the work is done with or in', () => {
  it('reads a name of two words or more, one with a number or capitals, after with, in, on, using or via', () => {
    expect(tools('FEA on frame brackets in ZORBS Mechanical; failure analysis')).toEqual(['ZORBS Mechanical']);
    expect(tools('ran data loads with Zorb Loader and dedupe')).toEqual([]);
    expect(tools('drone photogrammetry with ZJI Phantom 4 RTK processed later')).toEqual(['ZJI Phantom 4 RTK']);
  });

  it('reads no place, no single word, no number and nothing across a sentence', () => {
    expect(tools('worked in New York and on Hong Kong deals')).toEqual([]);
    expect(tools('budgets in FY23 and in 60 stores')).toEqual([]);
    expect(tools('golden-path templates in Zorbstage. Moved 140 services')).toEqual([]);
  });
});

describe('listedSkills: a product with the part of it used', () => {
  it('is the product ("MySQL 索引"), not a narrower skill', () => {
    expect(items(['熟悉 MySQL 索引和事务'])).toContain('MySQL');
  });

  it('keeps a licence or an instrument a product names as written', () => {
    expect(items(['IDEXX 血液分析仪'])).toEqual(['IDEXX 血液分析仪']);
  });
});

describe('englishTasks: a list is the context of a word prose uses otherwise too', () => {
  it('reads an item that names a skill whole as that skill', () => {
    const ids = (text: string) => englishTasks(text).map((s) => s.id);
    expect(ids('Zorblex recruitment for 12 stores, onboarding and quibbit relations.')).toContain('onboarding');
    expect(ids('I am onboarding new people this week.')).toEqual([]);
  });
});

describe('a currency before an amount', () => {
  it('is money, not the skill its code spells', () => {
    const text = [
      'Zorb Quibbit',
      'zorb@example.com',
      '',
      'Experience',
      'Acme | 2019 - Present',
      'Planner',
      'Renegotiated contracts, saving AED 4.2m a year.',
    ].join('\n');
    expect(parseResumeText(text).skills.map((s) => s.id)).not.toContain('bls');
  });
});

describe('a role named in a description', () => {
  it('is the person who holds it, not the skill its title names', () => {
    const ids = (line: string) =>
      parseResumeText(['琛瑶', '电话：138 0013 8000', '', '工作经历', '2019.03-2023.05  某某公司  翻译', line].join('\n')).skills.map(
        (s) => s.id,
      );
    expect(ids('协助项目经理排期、分配稿件。')).not.toContain('project-management');
    expect(ids('负责项目管理和排期。')).toContain('project-management');
  });
});

describe('usedNames: brands listed before the kind of thing they make', () => {
  it('reads each brand', () => {
    expect(tools('Hearing tests and fittings on Zorbak, Quibicon and Zignia devices.')).toEqual(['Zorbak', 'Quibicon', 'Zignia']);
  });

  it('reads no brands of another kind, and no single one', () => {
    expect(tools('Campaigns for Zorbak, Quibicon and Zignia clients.')).toEqual([]);
    expect(tools('Fittings on Zorbak devices.')).toEqual([]);
  });
});

describe('listedSkills: a product named in brackets after an item', () => {
  it('reads a name in camel case or with an underscore, and no issuer or speciality', () => {
    expect(items(['Scripting: Python (ZorbPy)'])).toContain('ZorbPy');
    expect(items(['real-time Linux (ZORB_RT)'])).toContain('ZORB_RT');
    expect(items(['Zorblex Licence (TDLR)'])).not.toContain('TDLR');
    expect(items(['Quibbit Nurse (Adult)'])).not.toContain('Adult');
  });
});

describe('a noun shared across "and"', () => {
  it('is given to the one word before it, in a list and in a description', () => {
    expect(items(['Zorbic and quibble machines'])).toEqual(['Zorbic machines', 'quibble machines']);
    expect(tasks('Fitter: shutdown zorbing, zorbic and quibble rebuilds.')).toEqual(
      expect.arrayContaining(['zorbic rebuilds', 'quibble rebuilds']),
    );
  });

  it('is given with its object to a kind of work before it ("loading and unloading trailers")', () => {
    expect(items(['Zorbing and quibbing trailers'])).toEqual(['Zorbing trailers', 'quibbing trailers']);
    expect(tasks('Yard work: vexor checks, zorbing and quibbing trailers.')).toEqual(
      expect.arrayContaining(['zorbing trailers', 'quibbing trailers']),
    );
  });

  it('is not given to a word that stands alone, a verb or a plural', () => {
    expect(items(['Python and zorbic machines'])).toEqual(expect.arrayContaining(['Python', 'zorbic machines']));
    expect(items(['Zorbings and quib ups'])).not.toContain('Zorbings ups');
  });
});

describe('englishTasks: what is said around the items', () => {
  it('reads a thing without the participle that says how it was made', () => {
    expect(tasks('Custom zorbics drawn in Quibcreate on iPad, stencils, quibble consultations in German.')).toEqual(
      expect.arrayContaining(['Custom zorbics', 'quibble consultations']),
    );
  });

  it('leaves off a sentence that closes a list of three or more, and reads no shorter list with one', () => {
    expect(tasks('Apprenticeship: zorbic setup, needle quibbings, colour zorbing, a lot of practice on fake skin.')).toEqual([
      'zorbic setup',
      'needle quibbings',
      'colour zorbing',
    ]);
    expect(tasks('Zorbic setup, a lot of practice on fake skin.')).toEqual([]);
  });

  it('leaves off the one clause-like item of a list of four or more, not the list', () => {
    expect(tasks('Zorbic rebuilds, helped the quib crew, vexor installs and quibble testing.')).toEqual([
      'Zorbic rebuilds',
      'vexor installs',
      'quibble testing',
    ]);
    expect(tasks('Zorbic rebuilds, helped the quib crew, the team lead role.')).toEqual([]);
  });
});

describe('listedSkills: a status or a level after an item', () => {
  it('is no item of its own', () => {
    expect(items(['ZORBA (in progress)', 'Quibbit Certification (pending)'])).toEqual(['ZORBA', 'Quibbit Certification']);
    expect(items(['Python basics, Zorblex'])).toEqual(['Python', 'Zorblex']);
  });
});

describe('taskPhrases: the verb that governs a list, and what is no task', () => {
  it('reads the list a later or a second verb of doing governs', () => {
    expect(zhTasks('配合琛调完成璆客和瑨珂连挂。')).toEqual(['璆客', '瑨珂连挂']);
    expect(zhTasks('组织编制琛瑶设计、璆琅计划和瑨珂设计。')).toEqual(['琛瑶设计', '璆琅计划', '瑨珂设计']);
    expect(zhTasks('抓琛瑶分层经营和璆琅客户维护。')).toEqual(['琛瑶分层经营', '璆琅客户维护']);
    expect(zhTasks('管排班和琛瑶进货，管道璆琅和琛瑶。')).toEqual(['Time and Attendance', '琛瑶进货']);
    expect(zhTasks('用工具抓包和璆琅分析。')).not.toContain('包和璆琅分析');
  });

  it('leaves off when the work is done, and reads a Latin name without the routine work done with it', () => {
    expect(zhTasks('婚礼当天琛瑶统筹和璆琅把控。')).toEqual(['琛瑶统筹', '璆琅把控']);
    expect(zhTasks('负责日常 ZORB 监控、QBT 处理和琛瑶提升。')).toEqual(['ZORB', 'QBT', '琛瑶提升']);
  });

  it('reads the tasks 办理 governs, and a list without the 工作 it closes on', () => {
    expect(zhTasks('办理琛瑶转账、璆琅付款。')).toEqual(['琛瑶转账', '璆琅付款']);
    expect(zhTasks('参与琛瑶复议和璆琅应诉工作。')).toEqual(['琛瑶复议', '璆琅应诉']);
  });

  it('leaves out a term too long to be one, not the list ("…和远程监测患者档期")', () => {
    // One of eight to ten characters that ends on the work done ("…患者管理") is a task of its own (taskPhrases' namesWork).
    expect(zhTasks('负责琛瑶培训、璆琅随访和瑨珂监测璆琅档期。')).toEqual(['琛瑶培训', '璆琅随访']);
    // Of two, the term is read without the long one.
    expect(zhTasks('负责琛瑶培训和瑨珂监测璆琅档期。')).toEqual(['琛瑶培训']);
  });

  it('reads no clients named in brackets', () => {
    expect(zhTasks('负责琛瑶机在客户端（琛瑶国际、璆琅存储）的工艺开发。')).not.toEqual(expect.arrayContaining(['琛瑶国际']));
  });
});

describe('ruleBooks: a code or a standard named by its title', () => {
  it('reads one that ends on a word of rules, not a book', () => {
    expect(ruleBooks('熟悉《琛瑶组织规则》《璆琅故障处理指南》，读过《三体》。').map((s) => s.name)).toEqual([
      '琛瑶组织规则',
      '璆琅故障处理指南',
    ]);
  });

  it("reads the procedure or guide work is done by, not a list or the company's rules", () => {
    const books = (text: string) => ruleBooks(text).map((s) => s.name);
    expect(books('按 ZOP 处理琛瑶咨询，按璆琅风格指南交付，按照瑨珂作业指导书生产。')).toEqual(['ZOP', '璆琅风格指南', '瑨珂作业指导书']);
    expect(books('按照 ZOD、QWS 分层建模；按公司规范执行；按时完成。')).toEqual([]);
  });
});

describe('toolPhrases: what a tool names more narrowly, and the task it is used for', () => {
  it('reads a module in capitals after a product the taxonomy knows, and a task before a bracket', () => {
    expect(zhTools('配合 SAP ZB-U 做琛瑶数据核对。')).toContain('SAP ZB-U');
    expect(zhTools('配合 SAP 做琛瑶数据核对。')).not.toContain('SAP');
    expect(zhTools('用 Python 做琛瑶量预测（Zorbet / Quibboost）。')).toContain('琛瑶量预测');
  });

  it('reads a Latin name with its Chinese brand before it, and an edition after a product the taxonomy knows', () => {
    expect(zhTools('固定资产管理，使用琛瑶 ZRB-U8。')).toEqual(['琛瑶 ZRB-U8']);
    expect(zhTools('用琛瑶 Q/3 Cloud 做凭证。')).toContain('琛瑶 Q/3 Cloud');
    expect(zhTools('用 SAP Cloud 做琛瑶数据核对。')).toContain('SAP Cloud');
  });
});

describe('listedSkills: a kind word after an acronym', () => {
  // Both blind labellers write it with the name ("CWCT Standards", "TMW Suite", "ACRL Framework"): on every second dev
  // resume, +0.04 F1 from leaving it off.
  it('stays part of the name ("CWCT Standards", "TMW Suite")', () => {
    expect(items(['ZORB / QIB3 contracts'])).toEqual(['ZORB', 'QIB3 contracts']);
    expect(items(['QIB Suite, ZORB Standards'])).toEqual(['QIB Suite', 'ZORB Standards']);
  });
});

describe('englishTasks: a one-word item', () => {
  it('counts in a list of three or more with two phrases, unless an adjective or people', () => {
    expect(tasks('Caseload: zorbic quibometry, tympazorbry, quib fitting and removal by microzorbion.')).toEqual(
      expect.arrayContaining(['tympazorbry']),
    );
    expect(tasks('Clinic: zorbic quibometry, residential, quib fitting.')).not.toContain('residential');
    expect(tasks('zorbic quibometry, tympazorbry.')).not.toContain('tympazorbry');
  });

  it('does not count a place the work was done in', () => {
    expect(tasks('Ran zorbic roadshows in Hong Kong, Singapore and London, quib meetings.')).not.toEqual(
      expect.arrayContaining(['Singapore']),
    );
  });
});

describe('toolPhrases: a brand and its model', () => {
  it('reads the machine a clause of operating names, not one named in passing', () => {
    expect(zhTools('开琛瑶 ZB336 和三璆 QY365 挖掘机。')).toEqual(['琛瑶 ZB336', '三璆 QY365']);
    expect(zhTools('每年带 6 台琛瑶 T40 作业。')).toEqual(['琛瑶 T40']);
    expect(zhTools('公司位于琛瑶 A5 园区。')).toEqual([]);
  });
});

describe('taskPhrases: what is no term', () => {
  it('reads no item with a verb inside or 用 opening it, and none of eight characters', () => {
    // 做 after the person who does it governs what follows: one term of two characters.
    expect(zhTasks('负责琛瑶试身和制版师做璆码。')).toEqual([]);
    // Of two items, the term beside a prose one is read when it is four characters or more.
    expect(zhTasks('负责琛瑶试身和公司璆码。')).toEqual(['琛瑶试身']);
    expect(zhTasks('负责琛瑶和公司璆码。')).toEqual([]);
    expect(zhTasks('负责璆琅营运与 6 名店员琛瑶排班。')).toEqual(['璆琅营运']);
    // Of three items or more, the one with a verb inside is left off, the terms read.
    expect(zhTasks('负责琛瑶试身、制版师做璆码和璆琅。')).toEqual(['琛瑶试身', '璆琅']);
    expect(zhTasks('用琛瑶、璆琅接单、瑨珂作品。')).toEqual([]);
    // A long term that names no work done (a plan, a record or a task at its end is one).
    expect(zhTasks('负责琛瑶璆琅瑨珂玥珈琪和璆琅。')).toEqual([]);
    expect(zhTasks('负责用户琛瑶和璆琅。')).toEqual(['用户琛瑶', '璆琅']);
  });
});

describe('taskPhrases: a clause 并 opens, and where the work is done', () => {
  it('reads the list before 并 and a verb, and a task without the place inside which it is done', () => {
    // The record the clause 并 opens builds is a task of its own (建立屈光档案).
    expect(zhTasks('为家长讲解琛瑶镜片和璆琅方案并建立瑨珂档案。')).toEqual(['琛瑶镜片', '璆琅方案', '瑨珂档案']);
    expect(zhTasks('车场内琛瑶作业、璆琅线作业。')).toEqual(['琛瑶作业', '璆琅线作业']);
  });
});

describe('listedSkills: a tool and what is made with it, and a name in corner brackets', () => {
  it('reads the tool, and the name apart', () => {
    expect(items(['熟练使用琛瑶白板、Zorblex 制作课件'])).toEqual(['琛瑶白板', 'Zorblex']);
    expect(items(['会用琛瑶系统「璆琅云动」和 Zorbfit'])).toEqual(expect.arrayContaining(['璆琅云动', 'Zorbfit']));
  });
});

describe('definedAcronyms: a practice an English sentence names with its acronym', () => {
  it('reads the words and the acronym, and no acronym the words do not spell', () => {
    const named = (text: string) => definedAcronyms(text).map((s) => s.name);
    expect(named('Led zorbic quibble testing (ZQT) on weekend possessions.')).toEqual(['zorbic quibble testing', 'ZQT']);
    expect(named('Led zorbic quibble testing (ABC) on weekends.')).toEqual([]);
  });
});

describe('taskPhrases: two verbs sharing the first task', () => {
  it('reads the tasks, neither verb ("编写和修订飞鸥手册、蓝鲸文件")', () => {
    expect(zhTasks('编写和修订飞鸥手册、蓝鲸文件，负责归档。')).toEqual(expect.arrayContaining(['飞鸥手册', '蓝鲸文件']));
    expect(zhTasks('编写和修订飞鸥手册、蓝鲸文件，负责归档。').some((task) => /^[和与及并]/u.test(task))).toBe(false);
  });
});

describe('usedNames: when, not what with', () => {
  it('reads no month, quarter or season and its year as a product ("in Nov 2024")', () => {
    expect(tools('Finished a 12-week immersive in Nov 2024, surveys with Zorblex R12 since Q3 2023.')).toEqual(['Zorblex R12']);
  });
});

describe('knownTerms: the bodies of work a verb of knowing names', () => {
  it('reads each term after 熟悉, 掌握 or 精通, one alone or joined by 与, 和 or 、', () => {
    expect(zhKnown('熟悉璆琅织机调试与琛瑶染色工艺。')).toEqual(['璆琅织机调试', '琛瑶染色工艺']);
    expect(zhKnown('掌握琛瑶医学营养治疗，具备良好的沟通能力')).toEqual(['琛瑶医学营养治疗']);
    expect(zhKnown('熟悉QBX 底层开发、璆琅协议和琛瑶平台规则')).toEqual(['QBX 底层开发', '璆琅协议', '琛瑶平台规则']);
    expect(zhKnown('精通璆琅版型與琛瑶面料特性')).toEqual(['璆琅版型', '琛瑶面料特性']);
    expect(zhKnown('熟悉 QBX 工艺原理与琛瑶缺陷控制')).toEqual(['QBX 工艺原理', '琛瑶缺陷控制']);
  });

  it('reads what 擅长 or 善于 names too, not who the work is done with', () => {
    expect(zhKnown('擅长璆琅版型修正。')).toEqual(['璆琅版型修正']);
    expect(zhKnown('善于琛瑶布光与璆琅造型。')).toEqual(['琛瑶布光', '璆琅造型']);
    expect(zhKnown('擅长与璆琅家长沟通。')).toEqual([]);
  });

  it("leaves a sentence: prose, a place, the people served, a word sharing the next term's tail", () => {
    expect(zhKnown('熟悉北京路况')).toEqual([]);
    expect(zhKnown('熟悉公司的璆琅流程')).toEqual([]);
    expect(zhKnown('熟悉琛瑶地区的客户')).toEqual([]);
    expect(zhKnown('熟悉京东、琛瑶小店平台规则')).toEqual([]);
  });

  it('is read in a parsed resume', () => {
    const parsed = parseResumeText('工作经历\n2019.03-2023.06 璆琅纺织有限公司 工艺员\n熟悉璆琅织机调试与琛瑶染色工艺。');
    expect(parsed.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['璆琅织机调试', '琛瑶染色工艺']));
  });
});

describe('the machines a line names and the abilities a sentence claims', () => {
  it('reads the tool a verb of using names by its kind (a system, an app, an instrument), whatever it is used for', () => {
    expect(zhTools('使用琛瑶食堂管理系统。')).toEqual(['琛瑶食堂管理系统']);
    expect(zhTools('使用璆琅运维 App 录入补货单。')).toEqual(['璆琅运维 App']);
    expect(zhTools('使用琛瑶 LC-20A 液相色谱仪和璆琅原子吸收。')).toEqual(expect.arrayContaining(['琛瑶 LC-20A 液相色谱仪']));
    expect(zhTools('用 Zorblex 进行琛瑶机编程。')).not.toContain('Zorblex 进行琛瑶机');
    expect(zhTools('使用公司的系统。')).toEqual([]);
  });

  it('reads each Latin machine after 机台为, 设备包括 …', () => {
    expect(zhTools('负责琛瑶工艺，机台为 Zorb Reflex LK 与 Quib F-REX300；负责研磨液评估')).toEqual(['Zorb Reflex LK', 'Quib F-REX300']);
    expect(zhTools('设备包括 Zorb Producer GT、Quib VECTOR 与 K&S Zorbix。')).toEqual(['Zorb Producer GT', 'Quib VECTOR', 'K&S Zorbix']);
  });

  it('reads each ability or awareness claimed together, as written', () => {
    const claimed = (text: string) => abilitiesClaimed(text).map((s) => s.name);
    expect(claimed('熟悉璆琅工艺，具备较强的琛瑶分析能力与璆琅推动能力。')).toEqual(['琛瑶分析能力', '璆琅推动能力']);
    expect(claimed('具备良好的琛瑶服务意识')).toEqual(['琛瑶服务意识']);
    expect(claimed('没有琛瑶分析能力')).toEqual([]);
  });
});
