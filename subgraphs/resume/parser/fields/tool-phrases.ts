/**
 * The tools a Chinese job description names doing the work: "用 Charles 抓包", "Moldflow 做浇口位置分析", "在 Oracle 里
 * 核对数据", "用角膜地形图评估配适". A name a verb of using governs, one that does the work or the one it is done in, is a
 * tool the person used; a tool the taxonomy knows is left to its reading of the prose, a narrower one is reported as
 * written. The one task a tool is used for ("用 WMS 系统做库位优化") is a task.
 */
import { skillTaxonomy } from '../../../../taxonomy/taxonomy.ts';
import { addWholeSkill, addWritten, type ListedSkill } from './listed-skills.ts';
import { PROSE, SERVED, TERM, isVerb } from './task-phrases.ts';

/** Verbs of using a tool ("用", "使用", "利用", "借助"). */
const USING = '用|使用|利用|借助';

/**
 * "用 WMS 系统做库位优化", "使用 Opera PMS 做房态管理", "用 SQL 做 GMV 分析", "使用 ArtiosCAD 绘制盒型结构图": the one
 * task a tool is used for, or the one thing made with it. On every second dev resume, from 做, 进行, 完成, 实现 and 开展
 * before Chinese characters only: +0.02 F1.
 */
const TOOL_TASK = new RegExp(
  String.raw`(?:${USING}|通过)\s*[A-Za-z0-9\u4e00-\u9fff][^，。；;,.!！?？\n]{0,24}?(?:做|进行|完成|实现|开展|绘制|出具|搭建|编写|制作|开发)\s*((?:(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,6}\s?)?[\u4e00-\u9fff]{2,8})(?=[，。；;,.!！?？\n与和及、（(]|$)`,
  'gu',
);

/** A verb of operating, driving or using. */
const OPERATING = /开(?!发|展|拓|通|票|会|设|放|始|办)|操作|驾驶|使用|用|操控|维修|保养|调试|[带管](?=\s*\d+\s*[台辆部架套])/u;
/**
 * A Chinese brand and a model code ("大疆 T40", "三一 SY365", "索尼 A7M4", "广联达 BIM5D"): the brand is its last two
 * characters, and up to two before them that no verb, conjunction, count or measure word ends (`withWholeBrand`).
 */
const MODEL = /[\u4e00-\u9fff]{2}\s?[A-Z]{1,3}\d{1,4}[A-Z0-9]{0,3}(?![A-Za-z0-9])/gu;
const BEFORE_BRAND = /[开用和与及带驾驶操作使、的在或以台辆部架套个]/u;
/** A model's match with the brand's characters before it ("和广联达 BIM5D" is 广联达 BIM5D, not 联达 BIM5D). */
function withWholeBrand(clause: string, model: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 2 && /[\u4e00-\u9fff]/u.test(clause[start - 1]!) && !BEFORE_BRAND.test(clause[start - 1]!)) start--;
  return clause.slice(start, at) + model;
}

/** A name in Latin letters, of up to three words ("Charles", "Opera PMS", "SAP IS-U", "K/3 Cloud"). */
const LATIN_NAME = String.raw`[A-Za-z](?:[A-Za-z0-9.+#-]|\/(?=\d))*(?:\s[A-Za-z0-9][A-Za-z0-9.+#-]*){0,2}`;

/**
 * "用 Charles 抓包", "推行 FEFO（先到期先出）", "使用用友 GRP-U8": a Latin name a verb of using governs in Chinese prose,
 * its Chinese brand before it, is a tool or method.
 */
const LATIN_TOOL = new RegExp(
  String.raw`(?:${USING}|采用|会用|熟悉|掌握|推行|基于)\s*((?:[\u4e00-\u9fff]{2}\s?(?=[A-Z]))?${LATIN_NAME})\s*(?=[\u4e00-\u9fff（(、和与及，。；]|$)`,
  'gmu',
);

/**
 * "Moldflow 做浇口位置分析", "在 Oracle 里核对数据": a Latin name that does the work, or the one it is done in; not a
 * model's number after its brand ("用友 U8 做") or a client the work is for ("为 Olay 做").
 */
const LATIN_DOER = new RegExp(
  String.raw`(?<![A-Za-z0-9.+#-]\s?)(?<!(?:为|给|帮|替)\s?)(?![A-Za-z]{1,2}\d+[A-Za-z]?\s*做)(${LATIN_NAME})\s*(?:做|进行|来做)|在\s*(${LATIN_NAME})\s*(?:里|中|上)`,
  'gu',
);

/** "用角膜地形图评估配适", "用金蝶 HR 系统维护员工档案": what is used for a piece of work is a tool or an instrument. */
const WORK_DONE = '评估|记录|维护|处理|核对|追踪|监控|剪辑|绘制|制作|建模|派单|排班|打版|计算|测量|检测|拍摄|出具|出图|生成|扫描|标注';
const USED_FOR = new RegExp(
  String.raw`(?:${USING})\s*((?:[A-Za-z][A-Za-z0-9.+#-]*\s?)?[\u4e00-\u9fff]{2,8}(?:\s?[A-Za-z][A-Za-z0-9.+#-]*)?(?:\s?(?:系统|平台|软件|工具))?(?:\s?[和与及、]\s?(?:[A-Za-z][A-Za-z0-9.+#-]*|[\u4e00-\u9fff]{2,8}))*)\s*(?=${WORK_DONE})`,
  'gu',
);
/**
 * "使用智慧食堂管理系统", "使用友宝运维 App 录入补货单", "使用岛津 LC-20A 液相色谱仪": a name a verb of using governs that
 * ends on a kind of tool (a system, a platform, an app, an instrument or a machine) is a tool, whatever it is used for.
 */
const GENERIC_TOOL = '系统|平台|软件|App|APP|app';
const TOOL_KIND = `${GENERIC_TOOL}|小程序|仪|机|秤|枪|终端`;
const NAMED_TOOL = new RegExp(
  String.raw`(?:使用|利用|借助|采用)\s*([^，。；;,.!！?？\n、和与及（()）]{1,16}?(?:${TOOL_KIND}))(?![\u4e00-\u9fff]{0,1}(?:${TOOL_KIND}))`,
  'gu',
);
/** A system's or a platform's generic word after a name ("有赞系统"): the name is the tool the taxonomy may know. */
const GENERIC_KIND = new RegExp(`\\s?(?:${GENERIC_TOOL})$`, 'u');

/**
 * A tool's name ends before the work it does ("用剪映剪辑和 Canva 做封面" names no 剪映剪辑), and before what that work
 * makes ("用蓝鲸系统出具飞鸥检测单" names no 蓝鲸系统出具飞鸥).
 */
const HOLDS_WORK = new RegExp(`(?:${WORK_DONE})(?:$|[\\u4e00-\\u9fff]{2})`, 'u');

/** A Latin machine's or instrument's name with its maker's ("AMAT Reflexion LK", "K&S IConn", "Ebara F-REX300"). */
const MACHINE_NAME = String.raw`[A-Za-z][A-Za-z0-9&.+/-]*(?:\s[A-Za-z0-9][A-Za-z0-9&.+/-]*){0,3}`;
/**
 * "机台为 AMAT Reflexion LK 与 Ebara F-REX300", "设备包括 Lam VECTOR、ASM Pulsar": the machines a line names as the
 * ones worked on, each a Latin name.
 */
const MACHINES_NAMED = new RegExp(
  String.raw`(?:机台|機台|设备|設備|机型|機型|仪器|儀器)(?:为|為|包括|包含|有|[:：])\s*(${MACHINE_NAME}(?:\s*[、和与與及,]\s*${MACHINE_NAME})*)\s*(?=[\u4e00-\u9fff，。；;,.（(]|$)`,
  'gu',
);

/**
 * The tools, instruments and machines a Chinese description names doing the work ("用 Charles 抓包", "用角膜地形图评估
 * 配适", "开三一 SY365 挖掘机"), and the one task a tool is used for, each as written.
 */
export function toolPhrases(text: string): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  const found = new Map<string, ListedSkill>();
  for (const name of [...text.matchAll(USED_FOR)].flatMap(([, tools]) => tools!.split(/[和与及、]/u).map((tool) => tool.trim()))) {
    if (PROSE.test(name) || SERVED.test(name) || isVerb(name) || HOLDS_WORK.test(name) || !/[\u4e00-\u9fff]{2}/u.test(name)) continue;
    // A tool the taxonomy names whole is its skill; a narrower one ("金蝶 HR 系统", "角膜地形图") is reported as written.
    if (taxonomy.normalizeSkill(name)) continue;
    addWritten(found, name);
  }
  for (const [, named] of text.matchAll(NAMED_TOOL)) {
    const tool = named!.trim();
    // "用 JDPaint 进行精雕机编程": a verb inside ends the tool's name before it.
    if (
      !/[\u4e00-\u9fff]{2}|[A-Za-z]{2}/u.test(tool.replace(GENERIC_KIND, '')) ||
      /做|进行|完成/u.test(tool) ||
      PROSE.test(tool) ||
      SERVED.test(tool)
    )
      continue;
    if (taxonomy.normalizeSkill(tool) || taxonomy.normalizeSkill(tool.replace(GENERIC_KIND, ''))) continue;
    addWritten(found, tool);
  }
  for (const [, name, inside] of [...text.matchAll(LATIN_TOOL), ...text.matchAll(LATIN_DOER)]) {
    const tool = (name ?? inside)!.trim();
    // "SAP IS-U 做抄表核对", "使用用友 GRP-U8", "Tableau Online 做报表": a product's module in capitals or its edition after a
    // name the taxonomy knows is the narrower product, as written, beside it.
    const known = taxonomy.findSkills(tool, { isSkillList: true });
    const namesModule =
      known.length === 1 &&
      /^\s+(?:[A-Z][A-Z0-9/-]{1,7}|Cloud|Online|Pro|Plus|Enterprise|Premium)$/u.test(tool.slice(known[0]!.end)) &&
      known[0]!.start === 0;
    if (known.length > 0 && !namesModule) continue;
    addWritten(found, tool);
  }
  for (const [, machines] of text.matchAll(MACHINES_NAMED)) {
    for (const machine of machines!.split(/\s*[、和与與及,]\s*/u).map((name) => name.trim())) {
      if (machine.length >= 2 && !taxonomy.normalizeSkill(machine)) addWritten(found, machine);
    }
  }
  for (const [, task] of text.matchAll(TOOL_TASK)) {
    if (!TERM.test(task!) || PROSE.test(task!) || isVerb(task!)) continue;
    // A task the taxonomy names whole is its skill; a narrower one ("台账对账") is a task of its own, as in `taskPhrases`.
    if (!addWholeSkill(found, task!)) addWritten(found, task!);
  }
  // "开卡特 336 和三一 SY365 挖掘机", "带 6 台大疆 T40": a brand and its model, in a clause of operating or using, is a
  // machine or an instrument the person works with.
  for (const clause of text.split(/[，。；;！!？?\n]/u).filter((c) => OPERATING.test(c))) {
    for (const match of clause.matchAll(MODEL)) {
      // "使用 C4D", "操作 X431": the characters before a code are the verb of using, not a brand.
      const brandIsVerb = new RegExp(`^(?:${USING}|操作|驾驶|操控|采用|运用)`, 'u').test(match[0]);
      const model = brandIsVerb ? match[0].replace(/^[\u4e00-\u9fff]+\s?/u, '') : withWholeBrand(clause, match[0], match.index);
      if (!taxonomy.normalizeSkill(model)) addWritten(found, model);
    }
  }
  return [...found.values()];
}
