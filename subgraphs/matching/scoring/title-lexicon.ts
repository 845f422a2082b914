/**
 * A small bilingual title lexicon: the role family of a job title (engineer/工程师, product
 * manager/产品经理, 架构师 …) and its seniority level (intern … C-level, 实习 … 首席). Titles are
 * short, so patterns are tried in order, the more specific first ("Data Engineer" is data
 * engineering before it is engineering, "产品经理" is product before it is a manager).
 */
import { memoize } from './factor.ts';

export type TitleFamily =
  | 'product'
  | 'project'
  | 'engineering-management'
  | 'architecture'
  | 'data-science'
  | 'data-engineering'
  | 'data-analysis'
  | 'qa'
  | 'devops'
  | 'security'
  | 'hardware'
  | 'mobile'
  | 'frontend'
  | 'software'
  | 'design'
  | 'sales'
  | 'marketing'
  | 'customer-support'
  | 'clinical-research'
  | 'healthcare'
  | 'education'
  | 'operations'
  | 'hr'
  | 'finance'
  | 'legal';

/** Latin words need boundaries; Chinese terms match anywhere. Flags: case-insensitive. */
const FAMILIES: [TitleFamily, RegExp][] = [
  ['product', /product (manager|owner|lead|director)|\bPM\b|产品经理|产品负责人|产品总监|产品专员|产品主管/i],
  ['project', /(project|program|programme|delivery) manager|\bPMO\b|项目经理|项目管理|项目主管|项目总监/i],
  [
    'engineering-management',
    /engineering manager|head of engineering|\b(CTO|VP of engineering)\b|研发经理|技术经理|技术总监|研发总监|技术负责人|研发负责人/i,
  ],
  ['architecture', /architect|架构师/i],
  [
    'data-science',
    /data scien|machine learning|\bML\b|\bAI\b|deep learning|\bNLP\b|computer vision|algorithm|算法|数据科学|机器学习|深度学习|人工智能/i,
  ],
  ['data-engineering', /data engineer|big data|\bETL\b|数据工程|大数据|数仓|数据仓库|数据开发/i],
  ['data-analysis', /data analy|business analy|\bBI\b|analytics|数据分析|商业分析|业务分析/i],
  ['qa', /\bQA\b|\btest|quality assurance|\bSDET\b|测试/i],
  [
    'devops',
    /devops|\bSRE\b|site reliability|infrastructure|platform engineer|operations engineer|system administrator|sysadmin|运维|基础架构|基础设施/i,
  ],
  ['security', /security|penetration|安全/i],
  ['hardware', /hardware|embedded|firmware|\bFPGA\b|circuit|硬件|嵌入式|固件|电路/i],
  ['mobile', /\b(android|ios|mobile)\b|移动端|安卓|客户端开发/i],
  ['frontend', /front[- ]?end|\bweb developer|\bUI engineer|前端/i],
  [
    'software',
    /engineer|developer|programmer|tech(nical)? lead|\bSWE\b|\bSDE\b|coder|full[- ]?stack|back[- ]?end|工程师|开发|程序员|研发|后端|全栈/i,
  ],
  ['design', /design|\bUX\b|\bUI\b|设计|交互|视觉/i],
  ['sales', /sales|account (executive|manager)|business development|\bBD\b|销售|客户经理|商务|大客户/i],
  ['marketing', /marketing|growth|brand|\bSEO\b|content|communications|\bPR\b|市场|营销|品牌|推广|公关|增长|内容/i],
  ['customer-support', /customer (support|service|success)|support specialist|客服|客户成功|客户支持/i],
  ['clinical-research', /clinical (research|trial|operations)|\bCRA\b|\bCRC\b|临床研究|临床试验|临床监查|临床协调|临床运营/i],
  [
    'healthcare',
    /nurse|nursing|physician|doctor|surgeon|pharmacist|therapist|clinician|radiolog|护士|护理|医生|医师|药师|药剂|治疗师|放射科/i,
  ],
  ['education', /teacher|tutor|lecturer|professor|instructor|教师|老师|讲师|教授|助教/i],
  ['operations', /operations|\bops\b|supply chain|logistics|procurement|purchasing|buyer|运营|行政|供应链|采购|物流/i],
  ['hr', /recruit|talent acquisition|\bHR\b|\bHRBP\b|human resources|people (partner|operations)|人力|招聘|人事|猎头/i],
  ['finance', /financ|accountant|accounting|controller|\bCFO\b|auditor|treasury|财务|会计|审计|出纳|税务/i],
  ['legal', /legal|lawyer|counsel|attorney|paralegal|compliance|法务|律师|合规/i],
];

/** Families close enough that one's experience carries to the other. */
const RELATED: [TitleFamily, TitleFamily][] = [
  ['software', 'architecture'],
  ['software', 'devops'],
  ['software', 'data-engineering'],
  ['software', 'qa'],
  ['software', 'engineering-management'],
  ['software', 'security'],
  ['software', 'mobile'],
  ['software', 'frontend'],
  ['software', 'hardware'],
  ['software', 'data-science'],
  ['frontend', 'mobile'],
  ['architecture', 'engineering-management'],
  ['architecture', 'devops'],
  ['data-science', 'data-engineering'],
  ['data-science', 'data-analysis'],
  ['data-engineering', 'data-analysis'],
  ['devops', 'security'],
  ['product', 'project'],
  ['product', 'design'],
  ['product', 'data-analysis'],
  ['marketing', 'sales'],
  ['marketing', 'operations'],
  ['sales', 'customer-support'],
  ['operations', 'customer-support'],
  ['finance', 'legal'],
  ['clinical-research', 'healthcare'],
];

/** What a related family is worth against the one asked for. */
export const RELATED_FAMILY_FIT = 0.5;

/** Seniority: 0 intern, 1 junior, 2 mid, 3 senior, 4 lead/staff/资深, 5 principal/expert/head, 6 director, 7 VP, 8 C-level. */
const LEVELS: [number, RegExp][] = [
  [8, /\b(CEO|CTO|CFO|COO|CIO|CMO|chief)\b|首席|总裁(?!助理)/i],
  [7, /\b(VP|vice president|SVP|EVP)\b|副总裁|副总经理/i],
  [6, /director|总监/i],
  [5, /principal|distinguished|\bexpert\b|\bhead of\b|\bfellow\b|专家|负责人|(?<!副)主任|护士长/i],
  [4, /\blead\b|\bstaff\b|team leader|资深|主管|组长|副主任|engineering manager|研发经理|技术经理|部门经理/i],
  [3, /senior|\bsr\.?(?=\s|$)|高级|主治|\bIII\b/i],
  [2, /\bmid\b|mid-level|intermediate|中级|\bII\b/i],
  [1, /junior|\bjr\.?(?=\s|$)|entry[- ]level|graduate|assistant|初级|助理|应届|住院医|\bI\b/i],
  [0, /intern|trainee|apprentice|实习/i],
];

export interface ParsedTitle {
  family: TitleFamily | null;
  /** The seniority the title names, or null when it names none. */
  level: number | null;
}

export function parseTitle(title: string | null): ParsedTitle {
  return parseText(title ?? '');
}

const parseText = memoize((title: string): ParsedTitle => {
  const text = title.normalize('NFKC').trim();
  if (!text) return { family: null, level: null };
  const family = FAMILIES.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  const level = LEVELS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  return { family, level };
});

/** 1 for the same family, RELATED_FAMILY_FIT for a related one, 0 otherwise (null when either is unknown). */
export function familyFit(a: TitleFamily | null, b: TitleFamily | null): number | null {
  if (a === null || b === null) return null;
  if (a === b) return 1;
  return RELATED.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? RELATED_FAMILY_FIT : 0;
}

/** The level a number of years usually reaches, for a title that names none. */
export function levelFromYears(years: number): number {
  if (years < 1) return 1;
  if (years < 3) return 1;
  if (years < 6) return 2;
  if (years < 10) return 3;
  return 4;
}

const LEVEL_NAMES_EN = ['intern', 'junior', 'mid-level', 'senior', 'lead', 'principal', 'director', 'VP', 'C-level'];
const LEVEL_NAMES_ZH = ['实习', '初级', '中级', '高级', '资深', '专家', '总监', '副总裁', '首席'];

export const levelName = (level: number, language: 'en' | 'zh'): string =>
  (language === 'zh' ? LEVEL_NAMES_ZH : LEVEL_NAMES_EN)[Math.min(8, Math.max(0, Math.round(level)))]!;
