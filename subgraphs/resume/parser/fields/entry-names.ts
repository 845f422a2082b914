/**
 * An entry's title and employer as written around them: the unit a title is held in, the employer likeliest among a
 * header's parts, a name written in two scripts.
 */
import { escapeRegExp as escaped } from '../../../../data/text/regexp.ts';
import { HOLDING, ROLE_ARRANGEMENT } from './arrangement.ts';
import {
  CHINESE_DEPARTMENT,
  companyScore,
  hasHan,
  inOneScript,
  isCountry,
  isWorldRegion,
  isKnownCity,
  isPlace,
  titleScore,
  withoutEndNote,
} from './entry-parts.ts';
import { isSchool, WORK_SITE } from './segments.ts';

/**
 * The unit or function a title is held in, written after it with a comma or a dash ("Vice President, Credit Risk",
 * "Team Leader – Night Shift", "Registered Nurse, ICU"), and a rank written before it ("Sergeant, Motor Transport
 * Operator"): parts of the title's line that name neither the employer nor a place.
 */
export function withUnit(title: string, lineParts: string[][], texts: string[], company: string | null): string {
  const at = lineParts.findIndex((parts) => parts.includes(title));
  if (at < 0) return title;
  if (/[\u4e00-\u9fff]/u.test(title)) return withDepartmentBefore(title, lineParts[at]!, texts[at]!, company);
  const parts = lineParts[at]!;
  const text = texts[at]!;
  // A line of only the title and the country it covers ("Country Specialist – Japan", "Driver Experience Lead,
  // Ireland"): the market is the title's, as before a description's colon (title-descriptions.ts).
  const written = text.trim();
  const market = written.startsWith(title) ? MARKET_AFTER_TITLE.exec(written.slice(title.length)) : null;
  if (market && (isCountry(market[1]!) || isWorldRegion(market[1]!))) return written;
  const i = parts.indexOf(title);
  let joined = title;
  const next = parts[i + 1];
  // A laboratory after a dash, the employer named apart, is where in it the title is held ("Executive – Colour Lab").
  const lab = next !== undefined && company !== null && !parts.includes(company) && LAB.test(next);
  if (next && next !== company && (companyScore(next) <= 1 || lab) && !/[\u4e00-\u9fff]/u.test(next) && !isKnownCity(next)) {
    // A unit with a number, or a laboratory, is joined by a dash only ("Plant Operator – 360 Excavator (CPCS A59)").
    const joiner = /\d/u.test(next) || lab ? '\\s+[-–—]\\s+' : '(?:\\s*,\\s*|\\s+[-–—]\\s+)';
    joined = text.match(new RegExp(`${escaped(joined)}${joiner}${escaped(next)}`, 'u'))?.[0] ?? joined;
    // On a line of only the title and its unit, a unit named by its functions goes on ("Senior Consultant, Valuation,
    // Modelling & Economics").
    for (const more of company !== null && parts.includes(company) ? [] : parts.slice(i + 2)) {
      if (companyScore(more) > 0 || titleScore(more) > 0 || /[\u4e00-\u9fff\d]/u.test(more) || isKnownCity(more) || isPlace(more)) break;
      const longer = text.match(new RegExp(`${escaped(joined)}\\s*,\\s*${escaped(more)}`, 'u'))?.[0];
      if (!longer) break;
      joined = longer;
    }
  }
  const previous = parts[i - 1];
  if (previous && previous !== company && titleScore(previous) > companyScore(previous)) {
    joined = text.match(new RegExp(`${escaped(previous)}\\s*,\\s*${escaped(joined)}`, 'u'))?.[0] ?? joined;
  }
  return joined;
}

/** What follows a title on its line when it is the market the title covers: ", Ireland", " – Japan". */
const MARKET_AFTER_TITLE = /^(?:\s*,\s*|\s+[-–—]\s+)(\p{Lu}[\p{L} .'’-]{1,40}?)\s*$/u;

/** A laboratory's name: "Colour Lab", "Quality Control Laboratory". */
const LAB = /^(?:\p{Lu}[\p{L}&-]*\s+){1,3}(?:Lab|Laboratory)$/u;

/**
 * A Chinese title with its department written right before it, one space between ("国际结算部 单证审核主管", "牙体牙髓科
 * 主治医师"): the title as the labelled set's later batches note it (o2422, o3175, o3183, o3189, o3191). A department
 * in a column of its own ("业务部    外贸跟单") stays apart.
 */
function withDepartmentBefore(title: string, parts: string[], text: string, company: string | null): string {
  const previous = parts[parts.indexOf(title) - 1];
  if (!previous || previous === company || !CHINESE_DEPARTMENT.test(previous)) return title;
  return text.includes(`${previous} ${title}`) ? `${previous} ${title}` : title;
}

/**
 * A unit named as one ("Department of Chemistry", "Night Shift"), a function ("Demand Planning", "Regulatory Affairs",
 * "Housing Options"), a business region ("EMEA", "LATAM") or a hospital unit ("ICU", "A&E") written after a title.
 */
export const NAMED_UNIT =
  /^(?:Department|Dept\.?|Faculty|Division|Office|School|Unit|Ward) of\b|\b(?:Team|Unit|Ward|Desk|Shift|Department|Division|Planning|Operations|Affairs|Advisory|Options|Stability|Strategy|Analytics|Compliance|Governance|Procurement|Policy)$|^(?:EMEA|APAC|LATAM|AMER|AMERICAS|Americas|DACH|Nordics|Benelux|ANZ|ICU|NICU|PICU|CCU|HDU|ITU|A&E|ED|ER)$/u;

/**
 * Where an employer no word marks is likeliest among a header's parts: one that starts its line ("Philips" under
 * "Software Engineer, Eindhoven"; a department starting its own line too), then one written right after a title
 * ("Cashier, Lidl GB, Paisley"), then the others; then a part named as a unit ("Frontline Worker – Night Shift, St Mungo’s", "Department of Chemistry"); last a
 * city ("Senior Developer, Tilburg | ASML").
 */
export function employerRank(part: string, lineParts: string[][]): number {
  const at = lineParts.findIndex((parts) => parts.includes(part));
  const parts = lineParts[at] ?? [];
  const i = parts.indexOf(part);
  const previous = parts[i - 1];
  if (isKnownCity(part)) return 4;
  // A department that starts a line of its own is a government's, the employer ("Biodiversity Ranger – Kākāpō Recovery" /
  // "Department of Conservation"), not a unit written after a title.
  if (i === 0 && lineParts.length > 1 && /^(?:Department|Dept\.?|Ministry|Office) (?:of|for)\b/u.test(part)) return 0;
  if (NAMED_UNIT.test(part)) return 3;
  // A code right after a title with another part after it is the title's licence or unit: "Tanker Driver – ADR, Hoyer UK".
  if (/^[A-Z&]{2,4}$/u.test(part) && i > 0 && i + 1 < parts.length && titleScore(parts[i - 1]!) > companyScore(parts[i - 1]!)) return 3;
  if (i === 0) return 0;
  return previous && titleScore(previous) > companyScore(previous) ? 1 : 2;
}

/**
 * An employer's name in two scripts split at the space between them: "香港电讯 HKT", "Amazon 亚马逊中国", "上海外滩华尔道夫酒店
 * Waldorf Astoria Shanghai".
 */
/** An office or a branch named in Chinese: 上海办公室, 北京代表处, 深圳分公司. */
const OFFICE_IN_CHINESE = /^[\u4e00-\u9fff]{2,6}(?:办公室|辦公室|办事处|辦事處|代表处|代表處|分公司)$/u;

export function withOtherScript(company: string, lineParts: string[][], texts: string[], title: string | null): string {
  const at = lineParts.findIndex((parts) => parts.includes(company));
  if (at < 0) return company;
  const parts = lineParts[at]!;
  const i = parts.indexOf(company);
  for (const [first, second] of [
    [company, parts[i + 1]],
    [parts[i - 1], company],
  ] as const) {
    const other = first === company ? second : first;
    // A note in brackets after the second name is no script of its own ("利豐有限公司 Li & Fung（長沙灣）").
    if (!first || !second || other === title || hasHan(first) === hasHan(withoutEndNote(second))) continue;
    // The other name no title, or an employer's more than a title's ("毕马威会计师事务所" holds 会计师).
    if (titleScore(other!) > 0 && titleScore(other!) >= companyScore(other!)) continue;
    // Nor an office of the Latin name's after it ("Sterling Talent Solutions 上海办公室"): where.
    if (!hasHan(first) && OFFICE_IN_CHINESE.test(second)) continue;
    // After a Chinese name, a brand of a word or a few capitalised ones ("HKT", "Waldorf Astoria Shanghai", "L'Oréal
    // China", "Li & Fung Limited", "Save the Children"), not a city.
    if (
      hasHan(first)
        ? /^\p{Lu}[\p{L}&'’.-]{1,14}(?: (?:&|of|the|for|and|\p{Lu}[\p{L}&'’.-]{1,14})){0,4}$/u.test(withoutEndNote(second!)) &&
          !isKnownCity(second!)
        : true
    ) {
      // A Chinese subsidiary's city in brackets is its legal name's, in both scripts: "博世汽车部件（苏州）有限公司 Bosch
      // Automotive Components (Suzhou)" keeps the English half's "(Suzhou)", which a Latin employer alone leaves off.
      const city =
        /[（(][\u4e00-\u9fff]{2,4}[)）]/u.test(first) && withoutEndNote(second!) === second
          ? String.raw`(?:\s*\(\p{Lu}[\p{L} .'’-]+\))?`
          : '';
      const found = texts[at]!.match(new RegExp(`${escaped(first)} ${escaped(second)}${city}`, 'u'));
      if (found) return found[0];
    }
  }
  return company;
}

/**
 * A title written in both scripts on a line of its own ("Conference Interpreter 会议口译", "关务主管 Customs Supervisor"):
 * both, as the employer's name in two scripts is.
 */
export function withTitleInOtherScript(title: string, lineParts: string[][], texts: string[], company: string | null): string {
  const at = lineParts.findIndex((parts) => parts.includes(title));
  // A title with its unit after a comma, then its other script ("Category Lead, Home & Living 家居品类负责人"): no part is
  // the whole title, so the line's text after it is the other name.
  if (at < 0) return withOtherScriptAfter(title, texts, company);
  const parts = lineParts[at] ?? [];
  const i = parts.indexOf(title);
  // On a line of its own, the other part; on a line with the employer ("… 有限公司 BorgWarner Wuxi | 采购经理 Purchasing
  // Manager"), the part right after the title, or right before it, only a space between.
  const others = parts.length === 2 ? [parts[1 - i]] : [parts[i + 1], parts[i - 1]];
  for (const other of others) {
    if (!other || (parts.length > 2 && (company?.includes(other) || isKnownCity(other)))) continue;
    const [first, second] = parts.indexOf(other) > i ? [title, other] : [other, title];
    // One part in Latin letters only, the other in Chinese characters (an acronym or a tool's name among them: "National
    // KA Manager 全国KA经理", "Senior Java Engineer 高级Java工程师"); the other no employer's name more than a title
    // ("Consulting Intern" is a title with an employer's word in it).
    const latin = hasHan(first) ? second : first;
    if (!inOneScript(latin) || hasHan(first) === hasHan(second) || other === company || companyScore(other) > titleScore(other)) continue;
    if (other.length > 40 || /[\d。.!！?？；;]/u.test(other)) continue;
    const found = texts[at]!.match(new RegExp(`${escaped(first)}\\s+${escaped(second)}`, 'u'))?.[0];
    if (found) return found;
  }
  return title;
}

function withOtherScriptAfter(title: string, texts: string[], company: string | null): string {
  if (!inOneScript(title)) return title;
  for (const text of texts) {
    const rest = text.match(new RegExp(`${escaped(title)}\\s+(\\S[^|｜]*?)\\s*$`, 'u'))?.[1];
    if (!rest || !inOneScript(rest) || hasHan(rest) === hasHan(title) || rest === company || rest.length > 40) continue;
    if (/[\d。.!！?？；;,，]/u.test(rest) || companyScore(rest) > titleScore(rest)) continue;
    return `${title} ${rest}`;
  }
  return title;
}

/** How a role was held, in brackets after its title: part-time, temporary, agency-placed, an internship. */
const HOLDING_NOTE = new RegExp(String.raw`^\s*[(（]\s*(?:${HOLDING}|实习|顶岗实习)\s*[)）]`, 'iu');
/** Any note in brackets after a title, with no year in it and no label with a colon ("(client: …)"). */
const NOTE = /^\s*[(（](?![^()（）\n]*(?:\d{4}|[:：]))[^()（）\n]{1,30}[)）]/u;

/**
 * A title with the note written after it: how the role was held ("收银员（兼职）", "Primary Care Paramedic (part-time)",
 * "档案整理员（劳务派遣）"), its unit ("护士（肿瘤内科）", "区域销售经理（智能锁事业部）", "Laboratory Assistant
 * (Toxicology Division)"), its market or its region ("外贸业务经理（日本市场）", "旅游零售区域经理（海南）"), or its grade
 * ("Stenographer (Lower Grade)"): both, as the labelled resumes' labellers write it (every dev title so written keeps
 * its note). The note is left off to tell the title's part from the company's, and put back here; not an agency's, a
 * placement's or a secondment's, working for oneself or unpaid ("(Contract via Hays)", "（挂职）", "(self-employed)",
 * "(voluntary)"), which ROLE_ARRANGEMENT names, as titles-worldwide2.ts decides.
 */
export function withTitleNote(title: string, texts: string[]): string {
  for (const text of texts) {
    const at = text.indexOf(title);
    const after = at < 0 ? '' : text.slice(at + title.length);
    // How the role was held first: ROLE_ARRANGEMENT holds those notes too, and they are the title's.
    const note = HOLDING_NOTE.exec(after) ?? (ROLE_ARRANGEMENT.test(after) ? null : NOTE.exec(after));
    if (note) return text.slice(at, at + title.length + note[0].length);
  }
  return title;
}

/** A shop's, a restaurant's or a bank's branch: 上海来福士店, 台北信義門市, 北京分行, "Oxford Circus branch". */
const BRANCH = /^[\u4e00-\u9fff\w]{2,}(?:店|门店|門市|门市|餐厅|餐廳|分店|分行|支行|分公司|营业部)$|^\p{Lu}[\p{L}' ]+ (?:branch|store)$/u;

/**
 * A school district, whose school after a dash is where its teacher worked ("Olathe Public Schools – Olathe East High
 * School", "Worthington City Schools – Kilbourne Middle School"), not a unit of its name.
 */
const SCHOOL_DISTRICT = /\b(?:Schools|School (?:District|Board|Division)|Independent School District|ISD|USD)$/u;

/**
 * The employer written before a dash when the part its words mark as likelier is the site after it ("GLL – Cardiff
 * International Pool", "Life Healthcare – Life Vincent Pallotti Hospital, Pinelands"): the site is where, as after an
 * employer whose words mark it (withDashedUnit). Null when no part before a dash opens the line, or it reads as a
 * title or a place.
 */
export function employerBeforeSite(site: string, lineParts: string[][], texts: string[]): string | null {
  if (!WORK_SITE.test(site)) return null;
  const at = lineParts.findIndex((parts) => parts.includes(site));
  // First on its line, as an employer opens it: not a title's unit ("Registered Nurse, ICU — Massachusetts General Hospital").
  const before = at >= 0 && lineParts[at]!.indexOf(site) === 1 ? lineParts[at]![0] : undefined;
  if (!before || titleScore(before) > 0 || isKnownCity(before) || isPlace(before)) return null;
  return new RegExp(`${escaped(before)}\\s+[-–—]\\s+${escaped(site)}`, 'u').test(texts[at]!) ? before : null;
}

/** A Chinese group's name, which its subsidiary's follows: 阿里巴巴集团, 复星控股. */
const CHINESE_GROUP = /(?:集团|控股)$/u;

/**
 * An employer's unit written after it with a spaced dash on a line that names no title: a Chinese group's subsidiary
 * ("阿里巴巴集团 - 阿里云") or a school's name after a body that is no school ("Charité – Universitätsmedizin Berlin",
 * "CHU de Québec – Université Laval"), one name, as the group and its unit are noted together. A school or a hospital
 * after an employer's full name is where ("Leeds Teaching Hospitals NHS Trust – St James's University Hospital",
 * "Yamaha Music Japan Co., Ltd. – Ginza Music School", o1280, o2992), as is a school after its district
 * (SCHOOL_DISTRICT) and a school's own faculty after a university ("University of Minnesota – School of Music"). Any
 * other unit after a dash (a park, a ship, a store, a business unit, a Latin group's business: "Walt Disney World
 * Resort – Magic Kingdom", "Tesco – Kingsway Extra", "Toll Group – Toll IPEC") is where, as the labelled set's batches
 * leave it off (o805, o974, o1099, o1134, o1227, o1247, o1265, o1275; a Latin group's business, kept until the
 * thirty-sixth round, is left off by every dev label that writes one: o1393, o2028, o7256, o8192, o10971).
 */
export function withDashedUnit(company: string, lineParts: string[][], texts: string[]): string {
  const at = lineParts.findIndex((parts) => parts.includes(company));
  if (at < 0) return company;
  const parts = lineParts[at]!;
  const next = parts[parts.indexOf(company) + 1];
  // A branch named as one ("星巴克 · 上海来福士店", "麦当劳（中国）有限公司 北京西单餐厅", "Starbucks — Oxford Circus branch"),
  // joined by a dash, a middle dot or a space, is the employer's, whatever else its line names.
  const branch =
    next && BRANCH.test(next) && texts[at]!.match(new RegExp(`${escaped(company)}(?:\\s*[-–—·]\\s*|\\s+)${escaped(next)}`, 'u'));
  if (branch) return branch[0];
  // A unit of two words or more, or a Chinese group's subsidiary: one word there is likelier a town ("Ocado Group —
  // Hatfield").
  const isUnit = (unit: string) =>
    (/\S\s+\S/u.test(unit) &&
      !WORK_SITE.test(unit) &&
      isSchool(unit) &&
      companyScore(company) === 0 &&
      !isSchool(company) &&
      !SCHOOL_DISTRICT.test(company)) ||
    (CHINESE_GROUP.test(company) && hasHan(unit));
  if (!next || !isUnit(next) || parts.some((part) => titleScore(part) > companyScore(part)) || isKnownCity(next) || isPlace(next))
    return company;
  return texts[at]!.match(new RegExp(`${escaped(company)}\\s+[-–—]\\s+${escaped(next)}`, 'u'))?.[0] ?? company;
}
