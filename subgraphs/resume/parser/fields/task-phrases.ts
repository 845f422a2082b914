/**
 * What a Chinese job description says was done: "负责月末结账、凭证审核和财务报表编制" names three tasks a recruiter
 * reads as skills (凭证审核, 财务报表编制). After a verb of doing (负责, 执行, 主导 …) the clause's enumerated noun
 * phrases, each a short term of Chinese characters, are the tasks; a phrase with a particle (的, 了), a number or a
 * verb of its own is prose. A phrase that is a skill with the work done with it (财务报表编制, 考勤统计) is that
 * skill; one the taxonomy names a skill inside (散瞳验光) is a narrower task, reported beside that skill. A run of terms
 * that 、 separates is such a list wherever it stands (in brackets, after a colon, before 等 and the kind it closes
 * with), one task alone after a verb of doing is one when it names the work done (负责可研评审), and the one document
 * a verb of writing makes (书写治疗记录) is a task too. People and places served (失能长者, 连锁药店客户) are not. A
 * code or a rule book named in 《》, or the procedure work is done by (按 SOP 处理), is one the person knows
 * (`ruleBooks`), as is a standard named by its number (GB/T 9286); the tools a description names doing the work are
 * read by `toolPhrases`.
 */
import { findConcepts } from '../../../../taxonomy/job-vocabulary.ts';
import { toSimplified } from '../../../../taxonomy/chinese-script.ts';
import { skillTaxonomy } from '../../../../taxonomy/taxonomy.ts';
import { hasHan } from './entry-parts.ts';
import { ADOPTING_BODY, BULLET, HELD_WELL, STANDARDS_BODY, WORLD_STANDARDS_BODY } from './list-items.ts';
import { addWholeSkill, addWritten, type ListedSkill } from './listed-skills.ts';

/**
 * Verbs of doing that govern a list of tasks; 提供 too, of the services given ("提供心理疏导、就业指导与家庭关系调适": +0.03
 * F1 on every second dev resume).
 */
export const DOING =
  '负责|执行|主导|推行|抓(?!包|拍|取|手|紧|住|获|捕)|管(?!理|道|网|材|线|件|廊|桩|控|家|辖|培|委|区|段|径|子|制|壁|路|内)|开展|完成|进行|协助|参与|跟进|处理|从事|承担|组织|落实|牵头|做好|做(?!房)|撰写|编制|书写|制定|操作|擅长|配合|主持|统筹|建立|讲解|写|管理|维护|优化|搭建|指导|培训|监控|审核|整理|准备|安排|对接|协调|办理|教授(?!级|职称)|提供';
/** A verb of doing, then the clause it governs (to a clause's end). */
const TASK_CLAUSE = new RegExp(`(?:${DOING})([^，。；;,.!！?？\\n]{2,60})`, 'gu');
/** A Latin name and the routine work done with it ("OCAP 处理", "FMEA 分析"). */
const LATIN_WITH_WORK = /^([A-Z][A-Za-z0-9]{1,6})\s?(?:处理|监控|分析|管理|维护|操作|编写|执行|审核|优化|实施|应用)$/u;
/** "组织编制采矿设计": a second verb of doing after the first. */
const SECOND_VERB = new RegExp(`^\\s*(?:${DOING})(?=[\\u4e00-\\u9fff]{2})`, 'u');
/** The work done a term names, at its end ("可研评审", "工艺恢复"). */
export const WORK_DONE =
  '评审|验收|恢复|核算|审核|测定|监测|检测|调试|标定|校准|巡检|报价|排班|建模|制版|打版|放码|推码|配药|喷施|分析|设计|优化|开发|测试|策划|规划|编制|评估|维护|整改|管理|统筹|协调|跟进|培训|招聘|采购|销售|运营|推广|建设|处置|制作|记录|监控|查勘|制定|审查|保障|引导|交接|指导|递交|答复|演练|准备|联调|核查|申报|检验|排查|落地|改造|试验|验证|考核|辅导|带教|内审|复审|年检|检查|复盘|备案|值班|接待|咨询|登记|调度|运维|交底|口译|焊接|作业|支持|服务';
/** The work a task names, at its end: one task alone after a verb of doing is read. */
const SINGLE_TASK = new RegExp(`(?:${WORK_DONE})$`, 'u');
/**
 * The record, the document or the tool a task keeps or builds, at its end ("建立慢病档案", "搭建良率看板", "编制照护计划",
 * "填写掘进日志"): one alone after a verb of doing is read too.
 */
const SINGLE_RECORD = /(?:台账|看板|模型|制度|档案|报告|报表|周报|日报|月报|日志|文档|方案|计划|流程|体系)$/u;
/**
 * A second verb inside a task ("玉米制定种植方案", "产品经理写需求文档"), or a place before it ("在总站…"): two clauses,
 * not one task.
 */
const INNER_VERB =
  /^在|.(?:负责|完成|协助|配合|参与|开展|进行|出具|制定|编制|撰写|编写|填写|审阅|报送|组织|办理|确认|写)(?=[\u4e00-\u9fff]{2})/u;
/**
 * What one task alone after a verb of doing does not end on: a post ("协助门店经理"), a count of years ("从事花艺近九年"),
 * or what the work is about rather than the work (项目, 问题, 业务, 目标, 需求 …); nor does it open on where to ("转行到粮库").
 * Asked of the task in simplified characters (經理 is 经理).
 */
const NOT_ONE_TASK =
  /^到|(?:[一二三四五六七八九十]+(?:余|多)?年|经理|主管|总监|项目|事件|业务|目标|平台|问题|任务|经历|片区|需求|参数|方法|小组|中心|故障|文件|经营)$/u;
/** A task that names the work done or the record kept, at its end, and holds no second verb. */
const namesWorkDone = (item: string) => (SINGLE_TASK.test(item) || SINGLE_RECORD.test(item)) && !INNER_VERB.test(item);
/**
 * A word of one or two characters before 、 and a term of five or more: it shares that term's head
 * ("框架、剪力墙结构计算").
 */
const SHARES_HEAD = /(^|、)\s*[\u4e00-\u9fff]{1,2}\s*、(?=\s*[^、和与及并]{5,})/gu;
/** "与客房部", "由机械设计", "从打样", "向客户讲解": who with, from where or to whom, not a task. */
const OPENS_ON_PREPOSITION = /^(?:与|由|从|向(?!导))/u;
/** "蒸煮炸都熟": that a list is held well, at its end. */
const HELD_WELL_AT_END = new RegExp(String.raw`${HELD_WELL}\s*$`, 'u');
/** A title in 《》 that names a code, a standard or a manual of rules, not a book or a show. */
const RULE_BOOK = /《([^《》\n]{2,30}(?:规范|标准|规则|规程|指南|条例|办法|准则|守则|细则|法))》/gu;
/**
 * When or where the work is done, before a task ("婚礼当天现场统筹", "每日巡检", "车场内调车作业", "全行反洗钱培训"): not
 * part of it. A season or a match's eve is (赛前检查, 冬季大修: −0.01 F1 on every second dev resume).
 */
const WHEN =
  /^(?:[\u4e00-\u9fff]{1,4}当天|当天|每[天日周月年]|日常|定期|年度|月度|季度|全(?:行|院|公司|厂|校)|[\u4e00-\u9fff]{2,3}内(?=[\u4e00-\u9fff]{3}))\s?(?=[\u4e00-\u9fffA-Za-z]{2})/u;
/** The unit a task is done in, before it ("挤压车间工艺巡检", "项目部工程量计算", "科室护理质量管理"): not part of it. */
const UNIT = new RegExp(`^[\\u4e00-\\u9fff]{0,4}(?:车间|项目部|科室|展厅|病区)(?=[\\u4e00-\\u9fff]{4})(?!${DOING})`, 'u');
/**
 * A verb of doing that is never part of a term, later in a clause ("行调完成清客", "配合保健员做晨检和消毒"; 做 not
 * inside an item of a 、 list): what it governs is the list.
 */
const INNER_DOING =
  /^(?:.*(?:完成|协助|配合|负责|参与|开展|进行|牵头|承担)|[^、]*(?<=[\u4e00-\u9fff]{2})做(?!法|好|市))(?=[\u4e00-\u9fff]{2})/u;
/** Between two tasks: 、 or a conjunction ("凭证审核和财务报表编制"). */
const ITEM_SEPARATOR = /、|以及|和|与|及|并/u;
/**
 * A short Latin name before a Chinese task, two to six letters and digits ("SC 生产许可复审", "UPS 开机调试"): where a task
 * alone or a term claimed is read, a longer name (`LATIN_NAME`) read more wrong than right on every second dev resume.
 */
const SHORT_LATIN_NAME = String.raw`(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,6}`;
/** A Latin name before a Chinese term: an acronym, a code or a word ("KOL", "L/C", "P&L", "18F-FDG", "timeline"). */
const LATIN_NAME = String.raw`(?=[0-9]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9&/+.-]{0,8}[A-Za-z0-9]`;
/**
 * A term: Chinese characters, 2 to 7 of them, a Latin name before them allowed ("KOL 投放", "L/C 收款", "timeline 管理"),
 * unless what follows it is what is done with it (Minitab 做质量数据分析, MapReduce 处理日志; not "OCAP 处理"). On every
 * second dev resume, from acronyms of up to six letters and digits: +0.03 F1, with one such task alone (`LATIN_TASK`).
 */
export const TERM = new RegExp(
  `^(?:${LATIN_NAME}\\s?(?!做|完成|进行|負責|负责|使用|用|(?:处理|监控)[\\u4e00-\\u9fff]))?[\\u4e00-\\u9fff]{2,7}$`,
  'u',
);
/** One task alone: four to nine Chinese characters, a short Latin name before them allowed. */
const SINGLE_TERM = new RegExp(`^(?:${SHORT_LATIN_NAME}\\s?)?[\\u4e00-\\u9fff]{4,9}$`, 'u');
/** A Latin name and the work done on it or the record kept, in two or three Chinese characters: "UAT 测试", "GI 報告". */
const LATIN_TASK = new RegExp(`^${LATIN_NAME}\\s?[\\u4e00-\\u9fff]{2,3}$`, 'u');
/**
 * An English term in a Chinese list, two or three lower-case words ("负责 foredeck work、sail trim 与值班"): one of its
 * items, not prose. On every second dev resume: +0.06 F1.
 */
const ENGLISH_TERM = /^[a-z][a-z-]+(?: [a-z][a-z-]+){1,2}$/u;
/**
 * Not a term: particles, measure words, pronouns, a verb phrase's head, a verb inside it (制版师做放码, 用美团) or a
 * qualifier. 过 is the particle of a thing done ("做过"), not the 过 of 过程, 过滤 or 过磅: on every second dev resume,
 * +0.03 F1. A team is prose ("团队氛围") unless it is what is managed, built or trained ("客服团队管理",
 * "团队带教"): +0.04.
 */
export const PROSE =
  /[的了着我他她们其该此各每]|过(?!程|滤|户|磅|敏|氧|渡|率|站|场|孔|充|驳|硅|噪|载|流|压|账|检|关|桥|境|塑)|(?<!行)为|[约近超]过?\s*\d|超过|公司|团队(?!管理|建设|带教|搭建|培养|组建|培训)|工作|日常|相关|全面|整体|配合|以上|以下|经验|能力|(?<=[\u4e00-\u9fff]{2})做(?!法)|^用(?!户|品|料|量|途|电|水|气|工|地|车|药|具|语|法|印)|^[近约]?[一二三四五六七八九十两]+(?:余|多)?年|^(?:具备|善于)|(?:部门|机关|部委|强)$/u;
/**
 * A verb of writing, issuing or keeping and the one document it makes ("书写治疗记录", "编制环境监测月报",
 * "出具定损报告").
 */
const WRITTEN_DOCUMENT =
  /(?:编制|撰写|书写|编写|制定|管理|操作|出具|填写|输出|起草)([^，。；;,.!！?？\n、（）()]{4,10})(?=[，。；;,.!！?？\n]|$)/gu;

/** The posts a career passed through, before their list: "历任人事专员、人事主管", "先后担任…". */
const POSTS_HELD = /^\s*(?:历任|歷任|曾任|先后(?:担)?任|先後(?:擔)?任|升任|晋升(?:为|至)?|晉升(?:為|至)?)/u;
/** A run of terms with 、 between them, to the clause's punctuation or a bracket. */
const LISTED_RUN = /[^，。；;,.!！?？\n:：（）()]+、[^，。；;,.!！?？\n:：（）()]+/gu;
/** The verb a run's first term follows: one of doing, or of managing, using or knowing. */
const LEADING_VERB = new RegExp(
  `^\\s*(?:${DOING}|(?:会|能|能够|可以)?(?:使用|操作)|运用|掌握|熟悉|精通|了解|包括|涵盖|更换|维修|保养|检修|安装|调试|检查|清洗|拆装|自己能|自己会)`,
  'u',
);

/**
 * The second of two verbs sharing the clause's first term, after its verb of doing ("编写和修订质量手册、程序文件": 写 of
 * 编写 is the verb of doing, 和修订 no term).
 */
const SHARING_VERB = '编写|修订|制定|完善|更新|维护|起草|审核|建立|优化|梳理|编制|撰写|实施|监督|跟踪|落实';
const SECOND_SHARING_VERB = new RegExp(`^\\s*(?:和|与|及|并)(?:${SHARING_VERB})`, 'u');

/** Clients, partners or employers just before a bracket ("客户端（", "合作品牌（"). */
const CLIENTS_BEFORE = /(?:客户|客户端|甲方|合作方|合作伙伴|品牌|供应商|厂商|厂家|公司|企业|单位|院校|学校|医院|门店)\s*[（(]\s*$/u;

/** "二级医院及连锁药店客户", "（独居、失能长者）": people and places served, not tasks. */
export const SERVED = /(?:者|人员|人群|客户|员工|学生|儿童|患者|家属|医院|门店|药店|机构|企业|单位|商|专业)$/u;

/** "欧洲与北美客户开发" enumerates places, not tasks. */
const REGION = /^(?:欧洲|北美|南美|拉美|亚太|东南亚|中东|非洲|华东|华南|华北|华中|西南|西北|东北|海外|国内|全国|省内|本地)/u;
/** A term that opens on a region or a place's name ("华东区域拓展", "深圳门店巡检"). */
const opensOnPlace = (item: string) => REGION.test(item) || findConcepts(item).some((m) => m.concept.kind === 'place' && m.start === 0);

/**
 * A verb of work standing alone ("设计", "开发"), the second of two over one object too ("射频电路设计与调试",
 * "供应商开发与考核").
 */
const BARE_VERB =
  /^(?:调试|考核|检修|安装|评估|审核|校准|检测|设计|开发|维护|开拓|制定|跟踪|推动|实施|执行|优化|管理|建设|搭建|运营|测试|分析|规划|策划|协调|组织|参与|完成|编写|撰写|支持|改进|推进|落实|监督|指导|培训|迭代|对接|跟进|启动|深化|落地|上线|交付|验收|收尾|结项|立项)$/u;
/** Verbs of managing, writing or working with others that open a verb phrase ("对接供应商", "编写测试用例"). */
const OPENING_VERBS =
  '对接|联系|沟通|书写|撰写|编制|编写|制定|跟踪|推动|实施|执行|完成|参与|协调|组织|支持|推进|落实|监督|指导|协助|负责|带领|建立|讲解';
const VERB_OPENING = new RegExp(`^(?:${OPENING_VERBS})`, 'u');
/**
 * "负责设计、开发和维护支付系统", "制定部门季度规划与跟踪执行": verbs coordinated over one object, not tasks. A bare
 * verb of work, or an item opening with a verb of managing, makes the clause a verb phrase.
 */
export const isVerb = (item: string) => BARE_VERB.test(item) || VERB_OPENING.test(item);
/**
 * Not a task: prose, a place, a verb phrase or the people served ("我们的客户", "华东区域拓展", "设计", "失能长者"); the
 * place asked last, of the job vocabulary.
 */
const isNotTask = (item: string) =>
  PROSE.test(item) || isVerb(item) || SERVED.test(item) || opensOnPlace(item) || OPENS_ON_PREPOSITION.test(item);
/** 并 before a verb ("…阿托品方案并建立屈光档案"): a clause of its own. */
const NEW_CLAUSE = new RegExp(`并且?(?=${DOING}|(?:${OPENING_VERBS}))`, 'gu');

/**
 * "整合正念减压（MBSR）与…", "参与倒装芯片（flip-chip）导入": a term glossed by its acronym or its English name in brackets
 * names a method or a document, and so does the gloss.
 */
const GLOSSED = /([\u4e00-\u9fff]{2,12})\s*[（(]([A-Z][A-Za-z0-9&/-]{1,7}|[a-z][a-z-]+(?: [a-z][a-z-]+){0,3})[)）]/gu;
/** A glossed term's run to its first verb of doing or using, or a conjunction: not the term ("整合正念减压" reads "正念减压"). */
const BEFORE_GLOSSED_TERM = new RegExp(`^.*?(?:${DOING}|使用|运用|采用|整合|结合|以|对|和|与|及|、)`, 'u');

/** "实习期间…，学习烫发卷杠与染膏调配": the work learnt is the list (+0.005 F1 on every second dev resume). */
const LEARNING = /^(?:学习|学会|學習|學會)/u;
/** An item that opens on an ability or a preposition (the verbs are LEADING_VERB's): the clause has a verb after all. */
const VERBLESS_NOT = /^(?:懂|用|利用|借助|通过|根据|按照|能|也|对|兼|跑|梳理|制作|适应|有|会|在|为|给|从|把|将|让|使|可)/u;

/**
 * "每日体重与尿比重监测", "组织色值、浊度检测": the work the last item ends on is each earlier item's too, when those are
 * short things worked on (体重, 色值), not tasks or skills of their own (排班, 考勤): 体重监测, 尿比重监测.
 */
function withSharedWork(items: string[]): string[] {
  const work = items.length >= 2 ? SINGLE_TASK.exec(items.at(-1)!)?.[0] : undefined;
  if (!work || items.at(-1)!.length <= work.length) return items;
  const things = items.slice(0, -1);
  if (
    !things.every(
      (item) =>
        /^[\u4e00-\u9fff]{1,3}$/u.test(item) && !SINGLE_TASK.test(item) && !isNotTask(item) && !skillTaxonomy().normalizeSkill(item),
    )
  )
    return items;
  return [...things.map((item) => `${item}${work}`), items.at(-1)!];
}

/**
 * The tasks a Chinese job description names ("负责月末结账、凭证审核和财务报表编制": 凭证审核, 财务报表编制), each the
 * taxonomy skill it names whole or a task as written.
 */
export function taskPhrases(description: string): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  // "讲解离焦镜片和阿托品方案并建立屈光档案": 并 before a verb opens a clause of its own.
  const text = description.replace(NEW_CLAUSE, '，');
  const found = new Map<string, ListedSkill>();
  for (const [, run, gloss] of text.matchAll(GLOSSED)) {
    // The term is the last item after the verb ("协助新客户招标与仓库切换（transition）"). On every second dev resume, with
    // English glosses: +0.01 F1.
    const term = run!
      .replace(BEFORE_GLOSSED_TERM, '')
      .split(/与|和|及|、/u)
      .at(-1)!;
    if (!TERM.test(term) || isNotTask(term)) continue;
    if (taxonomy.findSkills(`${term}（${gloss}）`, { isSkillList: true }).length > 0) continue;
    for (const name of [term, gloss!]) {
      addWritten(found, name);
    }
  }
  const enumerations = [
    // "配合行调完成清客和救援连挂": a verb of doing later in the clause governs the list, not the first.
    // "粉末批次管理与去粉清洗验证": a verb of doing before a conjunction ends a term and governs nothing, unless a verb
    // shares its object ("编写和修订…").
    ...[...text.matchAll(TASK_CLAUSE)]
      .filter((clause) => !/^\s*(?:与|和|及)/u.test(clause[1]!) || SECOND_SHARING_VERB.test(clause[1]!))
      .map((clause) => clause[1]!.replace(SECOND_SHARING_VERB, '').replace(INNER_DOING, '').replace(SECOND_VERB, '')),
    // "高级私人教练: 一对一私教和小团课，…": a clause of terms alone, with no verb, is a list of the work, a bullet before it
    // too. A term of two characters counts only when the taxonomy names it ("剪发与烫染"; 婚礼, 现金 are no work). On every
    // second dev resume: +0.01 F1 (every two-character term: −0.01).
    ...text
      .split(/[，。；;：:\n]/u)
      .map((clause) => clause.replace(BULLET, '').trim().replace(LEARNING, ''))
      .filter(
        (clause) =>
          /^[\u4e00-\u9fff]{2,8}(?:(?:和|与|及|、)[\u4e00-\u9fff]{2,8})+$/u.test(clause) &&
          !POSTS_HELD.test(clause) &&
          !clause
            .split(/和|与|及|、/u)
            .some((item) => VERBLESS_NOT.test(item) || LEADING_VERB.test(item) || (item.length === 2 && !taxonomy.normalizeSkill(item))),
      ),
    // "协助实验室检查（血常规、尿检）", "物理治疗：关节松动术、肌力训练和步态训练", "操作中频电疗、超声波、冲击波等理疗设备":
    // a run of terms that 、 separates is a list wherever it stands, its first term after the verb that governs it.
    // A bullet or a dash before the run is none of it ("• - 纯色、跳色"); the verb goes only where a term is left ("做饭、陪同就医").
    // "在客户端（中芯国际、长江存储）": a bracket after clients or partners names them, not tasks.
    ...[...text.matchAll(LISTED_RUN)]
      // "历任人事专员、人事主管": the posts a career passed through are titles, not tasks.
      .filter((run) => !CLIENTS_BEFORE.test(text.slice(Math.max(0, run.index - 8), run.index)) && !POSTS_HELD.test(run[0]))
      .map((run) => {
        const listed = run[0].replace(BULLET, '');
        const rest = listed.replace(LEADING_VERB, '');
        return /^\s*[\u4e00-\u9fffA-Za-z]{2}/u.test(rest) ? rest : listed;
      }),
  ];
  // "书写治疗记录", "编制环境监测月报": the one document a verb of writing makes is a task.
  for (const [, document] of text.matchAll(WRITTEN_DOCUMENT)) {
    const item = document!.trim();
    if (!TERM.test(item) || PROSE.test(item) || SERVED.test(item) || isVerb(item) || ITEM_SEPARATOR.test(item)) continue;
    // A document the taxonomy names whole is its skill; a narrower one ("环境监测月报") is reported as written.
    if (taxonomy.normalizeSkill(item) || (/[A-Za-z]/u.test(item) && taxonomy.findSkills(item, { isSkillList: true }).length > 0)) continue;
    addWritten(found, item);
  }
  for (const enumeration of enumerations) {
    // "安全气囊控制器的来料检验与…": what the first task is of comes before its 的.
    // "…、冲击波等理疗设备": what closes a list after 等 is its kind, not an item.
    // "刀削面、剔尖、猫耳朵这些山西面食都是现做": what follows 这些 or 之类 is the kind, and what is said of it.
    // "从事分拣、漂白、上色工作": 工作 after the last item is the list's kind too.
    // "蒸煮炸都熟", "知识产权诉讼 20 余起": how well and how many are not the task.
    const listed = enumeration
      .replace(/^[^，。；]*的/u, '')
      .replace(/(?:这些|这几[种样类个]|这类|之类|一类)[^、]*$/u, '')
      .replace(/等[\u4e00-\u9fff]{0,6}\s*$/u, '')
      .replace(/(?<=[\u4e00-\u9fff]{2})(?:相关)?工作\s*$/u, '')
      .replace(HELD_WELL_AT_END, '')
      .replace(/\s*\d[\d,.]*\s*(?:余|多)?\s*(?:起|件|个|份|次|场|家|项|单|台|亩|款|套)[^、]*$/u, '');
    // "八、九年级语文教学": numbers a 、 parts are one term's, not items.
    if (/[一二三四五六七八九十]、[一二三四五六七八九十]/u.test(listed)) continue;
    // "框架、剪力墙结构计算": a word that shares the next item's head is no item. In a list of two that is all of it; in a
    // longer one the word is left off, the other items read ("数据质控、聚类、细胞类型注释和细胞通讯分析"). On every second
    // dev resume, from dropping every such list to this: +0.06 F1.
    const read = listed.replace(SHARES_HEAD, '$1');
    if (read !== listed && listed.split(ITEM_SEPARATOR).length < 3) continue;
    // A conjunction opening a term is none ("和面、调馅": 和面 is kneading dough).
    const items = withSharedWork(
      read
        .split('、')
        .flatMap((piece) => piece.trim().split(new RegExp(`(?<=.)(?:${ITEM_SEPARATOR.source})`, 'u')))
        .map((item) => item.trim().replace(WHEN, '').replace(UNIT, '')),
    );
    // An enumeration: two items or more, each a term (the prose ones left off as below).
    // One item alone is a task in four to nine characters, a Latin name before them allowed ("负责可研评审", "建立慢病档案",
    // "SC 生产许可复审", "参与样机试产"), or a Latin name and the work in two or three ("编写 EOT 报告"), unless it holds a
    // second verb or ends on a post, a count of years or what the work is about (`NOT_ONE_TASK`). On every second dev
    // resume, from only those that end on the work done or the record kept (`namesWorkDone`): +0.14 F1.
    const single =
      items.length === 1 &&
      (SINGLE_TERM.test(items[0]!) || (LATIN_TASK.test(items[0]!) && namesWorkDone(items[0]!))) &&
      !INNER_VERB.test(items[0]!) &&
      !NOT_ONE_TASK.test(toSimplified(items[0]!));
    // A term too long to be one ("远程监测患者管理") among two terms or more is left out, not the list; alone after its
    // verb it is the task ("负责流出物监测数据审核"), and so is one of eight to ten that names the work done in a list
    // ("定型机烘箱清洁和废气油烟净化器巡检"). On every second dev resume: +0.12 F1.
    const isLong = (item: string) => /^[\u4e00-\u9fff]{8,12}$/u.test(item);
    const longTask = (item: string) => /^[\u4e00-\u9fff]{8,10}$/u.test(item) && namesWorkDone(item);
    // In a list, the prose items are left off while they are half of it at most ("负责现金结算、销户与客户咨询的答复",
    // "负责门市营运与 6 名店员排班"); more make the clause prose, and so does a first item that opens on the means or an
    // ability ("用琛瑶、璆琅接单"). Of two, the term left is read when it is a task's length, four characters or more
    // ("出厂检测", not "调试"). On every second dev resume: +0.30 F1 for three items or more, +0.16 for two.
    const isProse = items.map((item) => (!TERM.test(item) && !isLong(item) && !ENGLISH_TERM.test(item)) || isNotTask(item));
    const proseCount = isProse.filter(Boolean).length;
    const loose = items.length >= 2 && proseCount * 2 <= items.length && !VERBLESS_NOT.test(items[0]!);
    const terms = items.filter((item, i) => (single || !isLong(item) || longTask(item)) && !(loose && isProse[i]));
    if (items.length === 2 && terms.length === 1 && !/[\u4e00-\u9fff]{4}/u.test(terms[0]!)) continue;
    if ((items.length < 2 && !single) || (terms.length < items.length && terms.length < 2 && !loose) || (!loose && proseCount > 0))
      continue;
    for (const task of terms) {
      // "OCAP 处理", "FMEA 分析": a name in Latin letters with the routine work done with it is the name.
      const item = LATIN_WITH_WORK.exec(task)?.[1] ?? task;
      // "考勤统计" names Attendance Management: the work done with a skill names the skill.
      if (addWholeSkill(found, item)) continue;
      // "散瞳验光", "观众数据分析", "UPS 开机调试", "Excel 数据透视": a task narrower than the skill or the name it holds
      // is a task of its own, as recruiters note it; the taxonomy's reading of the prose still reports the skill. On
      // every second dev resume, from leaving off each one a Latin name opens: +0.08 F1 for acronyms, +0.07 more for
      // every name.
      addWritten(found, item);
    }
  }
  return [...found.values()];
}

/**
 * "按 SOP 处理", "按风格指南交付", "按照作业指导书生产": the procedure or the guide work is done by, an acronym or a
 * document's name (not a list, not the company's or the country's own rules in general).
 */
const DONE_BY =
  /按照?\s*((?:[A-Z]{2,6}s?)(?=\s?[\u4e00-\u9fff])(?!\s?、)|(?!相关|公司|国家|行业|企业|集团|内部|既定)[\u4e00-\u9fff]{2,6}(?:指南|规范|规程|手册|指导书))(?![\u4e00-\u9fff]*、)/gu;

/** A standard's number after its body: "9286", "9540A", "D2240", "355-2019", "9001:2015", "2.1". */
const STANDARD_NUMBER = String.raw`[A-Z]?(?:\d{2,}|\d\.\d)[A-Z]?(?:[.-]\d+[A-Z]?)*(?:[:：]\d{4})?(?![A-Za-z0-9]|[.-]\d)`;
/** What a standard is held as, after it: an auditor's title, an audit ("ISO 9001 内审员", "ISO 9001 Lead Auditor"). */
const HELD_AS = String.raw`(?!\s?(?:主任|内部|內部)?(?:内审员|审核员|内审|审核|稽核员|內審員|審核員)|\s(?:Lead |Internal )?(?:[Aa]uditor|internal audit))`;
/** A body a standard's number may follow with no space ("ISO9001", "GB50500"); a shorter one's "TS60" is a model's. */
const TIGHT_BODY = 'ISO|IEC|IATF|ASTM|GB|GB\\/T';
/**
 * A standard by its number after its body, the bodies that adopted it before ("BS EN 206", "DIN EN ISO 9001") and a
 * US regulation's title number ("21 CFR 820"). FDA and AS only adopt ("FDA 21 CFR 820"; "AS380" is a model's).
 */
const standardCode = (bodies: string) => {
  const alone = bodies
    .split('|')
    .filter((body) => !['FDA', 'CFR', 'AS'].includes(body))
    .join('|');
  return new RegExp(
    String.raw`(?<![A-Za-z0-9/.-])(?:(?:${WORLD_STANDARDS_BODY}|${ADOPTING_BODY}|AS\/NZS)\s+)*(?:\d{1,2}\s+CFR\s|(?:${TIGHT_BODY})\s?|(?:${alone})\s)${STANDARD_NUMBER}${HELD_AS}`,
    'gu',
  );
};
/** China's sector bodies count in a Chinese resume only ("CH 12" is a model's elsewhere). */
const WORLD_STANDARD_CODE = standardCode(WORLD_STANDARDS_BODY);
const ANY_STANDARD_CODE = standardCode(STANDARDS_BODY);

/**
 * "熟悉《行车组织规则》", "按《建设工程文件归档规范》": a code, a standard or a rule book named by its title is one the
 * person knows, and so is the procedure work is done by ("按 SOP 处理"). A standard named by its number is one too,
 * wherever it stands ("按 GB/T 9286、GB/T 10125 出具检测报告", "GB 50014《室外排水设计标准》", "to ISO 11088"): both
 * labellers name the number, and the title beside it as well.
 */
export function ruleBooks(text: string): ListedSkill[] {
  const found = new Map<string, ListedSkill>();
  for (const [, title] of [...text.matchAll(RULE_BOOK), ...text.matchAll(DONE_BY)]) {
    if (!addWholeSkill(found, title!)) addWritten(found, title!);
  }
  for (const [code] of text.matchAll(hasHan(text) ? ANY_STANDARD_CODE : WORLD_STANDARD_CODE)) {
    if (!addWholeSkill(found, code)) addWritten(found, code);
  }
  return [...found.values()];
}

/** A verb of knowing and the clause it governs ("熟悉抖音电商规则与直播间流量逻辑", "掌握量子化学计算"). */
const KNOWN_CLAUSE = /(?:熟悉|掌握|精通|擅长|善于|擅於|善於)([^，。；;,.!！?？\n:：]{2,40})/gu;
/** A body of work known: Chinese characters (a Latin name before them allowed: "MCU 底层开发"), 2 to 10 of them. */
const KNOWN_TERM = new RegExp(`^(?:${SHORT_LATIN_NAME}\\s?)?[\\u4e00-\\u9fff]{2,10}$`, 'u');

/**
 * "熟悉汽车销售流程与DCC线索跟进", "熟悉糖尿病医学营养治疗", "擅长版型修正": the bodies of work a verb of knowing or
 * of being good at names, each as written (one the taxonomy names whole is that skill). A clause with prose, a place
 * or the people served in it is a sentence, not a list ("熟悉北京路况", "熟悉中韩两国玩家").
 */
export function knownTerms(text: string): ListedSkill[] {
  const found = new Map<string, ListedSkill>();
  for (const [, clause] of text.matchAll(KNOWN_CLAUSE)) {
    const listed = clause!.replace(/等[\u4e00-\u9fff]{0,6}\s*$/u, '').trim();
    // "京东、抖音小店平台规则": a word that shares the next item's tail is no item.
    if (/(?:^|、)\s*[\u4e00-\u9fff]{1,2}\s*(?:、|和|与|與|及)\s*[^、和与與及]{5,}/u.test(listed)) continue;
    const items = listed.split(/、|以及|(?<=.)(?:和|与|與|及)/u).map((item) => item.trim());
    // "擅长与家长沟通", "善于把标准讲清楚": who the work is done with, or what it is done to, opens a sentence.
    if (items.some((item) => !KNOWN_TERM.test(item) || isNotTask(item) || VERBLESS_NOT.test(item) || /^(?:与|與|和|跟|同)/u.test(item)))
      continue;
    for (const item of items) {
      if (addWholeSkill(found, item)) continue;
      addWritten(found, item);
    }
  }
  return [...found.values()];
}
