/**
 * School lines as text extraction leaves them (a name wrapped over lines is joined in school-wraps.ts): a 履歴書's school written
 * twice (入学, 卒業) read once, the name without what a resume writes around it, and a line's parts where a school
 * starts and ends (a degree glued before it, a mark after it, a school studied at elsewhere written into the line).
 */
import type { EducationEntry } from '../types.ts';
import { isAbroadInChinese } from './home-region.ts';
import { companyScore, hasHan, inOneScript, isCountry, isKnownCity, REGION_CODE, titleScore, withoutEndNote } from './entry-parts.ts';
import { degreeOf, isBullet, isSchool, isUnnamedSchool, JOINED_COMMA } from './segments.ts';

/**
 * A Japanese 履歴書 writes a school twice, the month it was entered (入学) and the month it was left (卒業, 修了): one
 * school, so the second line of the same school is no entry of its own.
 */
const ENROLMENT_MARK = /(?:入学|卒業|修了|中退|退学)\s*$/u;

export function withoutEnrolmentRepeats(entries: EducationEntry[], lines: string[]): EducationEntry[] {
  if (!lines.some((line) => ENROLMENT_MARK.test(line.trim()))) return entries;
  return entries.filter((entry, k) => k === 0 || !entry.school || entry.school !== entries[k - 1]!.school);
}

/** Before a school's name: a year (2016年), a degree and the verb (本科毕业于, 研究生毕业于), a label's verb (就读于, 畢業於). */
const GLUED_BEFORE =
  /^(?:(?:19|20)\d{2}\s*年\s*)?(?:(?:本科|硕士|博士|研究生|大专|专科|学士)(?:研究生)?\s*(?=毕业于|就读于))?(?:就读于|毕业于|畢業於|就讀於|graduated from|studied at|attended|原)\s*/iu;

/**
 * A major, department or degree glued after a Chinese university's name with no space: 南开大学金融学本科, 东南大学土木工程专业,
 * 國立中山大學企業管理學系, 浙江大学计算机科学与技术学院 (a faculty named by its subjects). A school of its own glued there stays:
 * 南京大学金陵学院, 上海交通大学安泰经济与管理学院, 北京师范大学珠海分校, 中南大学湘雅护理学院; and so does a professional school of the
 * health professions (上海交通大学护理学院, 浙江大学医学院, 武汉大学口腔医学院), as the labelled set and the English "University of
 * Pennsylvania School of Nursing" keep it (schools-worldwide6.ts).
 */
const GLUED_MAJOR_END = /(?:专业|本科|硕士|博士|学士|系|学系|在读)$/u;
export const FACULTY_SUBJECT =
  '外文|外语|计算机|電腦|软件|軟體|信息|資訊|电子|通信|通訊|机械|电气|电机|土木|化学|化工|材料|经济|管理|金融|法|外国语|文|理|医|药|数学|物理|生命|环境|建筑|艺术|新闻|传播|公共|马克思主义|教育|体育|音乐|美术|能源|动力|航空|航天|自动化|控制|光电|商|工商|会计|统计|人文|社会|政治|历史|哲学|地理|地球|海洋|农|林|生物|食品|护理|口腔|临床|基础|仪器|光学|集成电路|人工智能|数据|网络|安全|交通|运输|水利|测绘|资源|城市规划|设计|与|及|和|科学|工程|技术|学|应用|應用';
/**
 * A faculty named only by its subjects, no university's name (管理学院, 计算机科学与技术学院): a unit of the school on the line
 * above ("复旦大学" / "管理学院  工商管理  MBA  2018-2020"), or of none the line names.
 */
export const FACULTY_ONLY = new RegExp(`^(?:${FACULTY_SUBJECT})+学院$`, 'u');
const HEALTH_SCHOOL = /^(?:医|护理|药|药学|口腔医|公共卫生)学院$|^医学部$/u;

/** The unit that runs a university's online, continuing or adult study, glued after it: 中国石油大学（北京）网络教育学院. */
const STUDY_MODE_UNIT = /(?<=大学(?:[(（][^()（）]+[)）])?)(?:网络教育|继续教育|成人教育|(?:现代)?远程教育|开放教育|函授)学院$/u;

function withoutGluedMajor(part: string): string {
  if (STUDY_MODE_UNIT.test(part)) return part.replace(STUDY_MODE_UNIT, '');
  const glued = part.match(/^(.+?大学)([\u4e00-\u9fff]{2,})$/u);
  if (!glued) return part;
  const rest = glued[2]!;
  return !HEALTH_SCHOOL.test(rest) && (GLUED_MAJOR_END.test(rest) || FACULTY_ONLY.test(rest)) ? glued[1]! : part;
}

/**
 * The school's name without what a resume writes around it: a verb before (就读于, "Graduated from"), a note in
 * brackets (北京大学（985/211）, 华南理工大学（全日制统招）, "(Expected May 2025)"), its city or a former name in brackets.
 * What the writer named the school by stays, as the labelled set keeps it: a campus in brackets (哈尔滨工业大学（威海）), a
 * faculty written with it (中南大学湘雅护理学院), its letters ("Universidade de São Paulo (USP)", 新加坡国立大学（NUS）), its
 * other name or its own school in brackets ("Tsinghua University (清华大学)", "University of Oxford (Saïd Business
 * School)") and a country before its Chinese name (英国曼彻斯特大学, 日本早稻田大学).
 */
export function schoolName(part: string): string {
  // 自考 names its university as the one that examines: "高等教育自学考试（主考院校：华南师范大学）".
  const examining = part.match(/(?:主考|主办)(?:院校|学校|高校)\s*[:：]\s*([^()（）:：]+?)\s*[)）]?\s*$/u)?.[1];
  if (examining && isSchool(examining)) return examining;
  // A slash left before it by a date range taken out ("BEng (2008 – 2012) / Anna University").
  const named = withoutStudyNotes(withoutGluedMajor(withoutWordsBefore(withoutBracketedTier(part.replace(/^[/／]\s*/u, '')))))
    // A school renamed since: "原北京商学院（现北京工商大学）", "Tunku Abdul Rahman College (now TAR UMT)". The year and
    // degree of "2016年毕业于上海大学", "本科毕业于南京航空航天大学".
    .replace(GLUED_BEFORE, '')
    // "University of Auckland in 2016 with a BCom": the year and degree a sentence writes after it.
    .replace(/\s+(?:in\s+(?:19|20)\d{2}|with\s+an?\s)[^()]*$/iu, '')
    // A campus or city note in brackets: 中山大学（深圳校区）, 輔仁大學（新北市）, a lab's or institute's (中科院自动化所), a
    // training provider's branch (达内科技（武汉中心）).
    .replace(/\s*[(（][^()（）]*(?:校区|分部|分校|中心|市|省|所|实验室|\bcampus)[)）]\s*$/iu, '')
    // Its former name after 前 (in traditional characters, as Hong Kong writes it): 香港建造學院（前建造業議會訓練學院）.
    .replace(/\s*[(（]前[^()（）]*(?:学院|學院|大学|大學|学校|學校|书院|書院|中学|中學)[)）]\s*$/u, '')
    .replace(
      /\s*[(（][^()（）]*(?:\d|统招|全日制|双一流|一流|重点|自考|函授|成人|在职|网络教育|开放教育|远程|业余|交换|现|現|原|前称|前稱|expected|exchange|gpa|top\b|qs\b|online|distance|part[- ]time|evening|remote|now\b|then\b|formerly|renamed|previously)[^()（）]*[)）]\s*$/iu,
      '',
    )
    // A faculty or a school of the university in brackets: "University of Toronto (Leslie Dan Faculty of Pharmacy)",
    // "University of Reading (Henley Business School)" (4 of 4 dev labels so written leave it off), or an institute of
    // it ("University of Dhaka (Institute of Leather Engineering and Technology)").
    .replace(
      /\s*\(([^()]*\b(?:Faculty|Facultad|Faculdade|Fakultät|School|College|Escuela|Escola|Institute)\b[^()]*)\)$/u,
      (whole, _inside, at: number, text: string) => (isSchool(text.slice(0, at)) ? '' : whole),
    )
    // Its city or country in brackets: "Conservatorio Nacional de Música (Lima)", "University of Nairobi
    // (Kenya)"; a campus stays ("(Tsing Yi)", （深圳）).
    // Its campuses' cities listed: "INSEAD (Fontainebleau & Singapore)".
    .replace(/\s*\(([^()]+)\)$/u, (whole, inside: string) => {
      const places = inside.split(/\s*(?:&|,|\/|\band\b)\s*/u).map((place) => place.trim());
      // A town and its country: "University of Lagos (Akoka, Nigeria)".
      const listed =
        places.length > 1 &&
        places.every((place) => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(place)) &&
        (places.some(isKnownCity) || isCountry(places[places.length - 1]!));
      return isKnownCity(inside.trim()) || isCountry(inside) || listed ? '' : whole;
    })
    .trim();
  // How it was studied written after the name, no part of it: "Arizona State University Online" (the university that
  // awards the degree, as "(online)" is left off); a campus so named stays ("Embry-Riddle Aeronautical University
  // Worldwide", schools-worldwide5.ts).
  const unmoded = named.replace(/\s+Online$/u, '');
  if (unmoded !== named && isSchool(unmoded)) return schoolName(unmoded);
  // A Korean school's name, then its college, department or 졸업 after a space: "서울대학교 공과대학 컴퓨터공학부 졸업",
  // "대원외국어고등학교 졸업"; a graduate school of its own stays ("서울대학교 경영전문대학원").
  const korean = named.match(/^(\S+(?:대학교|고등학교|중학교|과학기술원))\s+(\S+)/u);
  // Its name in another script after it stays, in brackets or not ("연세대학교 (Yonsei University)", "서울대학교 首尔大学").
  if (korean && !/대학원$/u.test(korean[2]!) && !/^[(（]|[\u4e00-\u9fff](?:大学|大學|学院|學院)$/u.test(korean[2]!)) return korean[1]!;
  // A foreign school's city in Chinese brackets: "美国密歇根大学（安娜堡）", "New York University（纽约）"; its Chinese name
  // stays ("Tsinghua University (清华大学)").
  const placed = named.match(/^(.+?)\s*[(（]([\u4e00-\u9fff]{2,4})[)）]$/u);
  if (placed && !isSchool(placed[2]!) && (!hasHan(placed[1]!) || isAbroadInChinese(placed[1]!)) && isSchool(placed[1]!)) {
    return schoolName(placed[1]!);
  }
  // A Chinese school's branch in brackets, not a university's campus, also after its letters: 新东方烹饪学校（合肥）,
  // 香港專業教育學院（IVE）（沙田）.
  const branchless = named.replace(/(?<=(?:学校|学院|技校|中学)(?:[(（][A-Za-z]{2,8}[)）])?)[(（][\u4e00-\u9fff]{2,4}[)）]$/u, '');
  if (branchless !== named) return schoolName(branchless);
  return named || part;
}

/** A tier or ranking in lenticular or square brackets after a school's name: 西南大学【211】 (its part lost the closing one). */
function withoutBracketedTier(part: string): string {
  const name = part.replace(/\s*(?:【[^【】]*】?|\[[^[\]]*\]?)\s*$/u, '');
  return name !== part && isSchool(name) ? name : part;
}

/**
 * What a line says before the school in a sentence, the school after it: "通过网络教育就读于东北财经大学", "2002年初中毕业于…",
 * "在广东省技师学院读汽修", "related training at South Seattle College", "trained at Porter and Chester Institute" — when
 * what stands before names no school of its own ("University of Texas at Austin" stays whole).
 */
function withoutWordsBefore(part: string): string {
  const verb = part.match(/^(.{1,16}?)(?:毕业于|就读于|肄业于)\s*(.+)$/u);
  if (verb && !isSchool(verb[1]!) && isSchool(verb[2]!)) return verb[2]!;
  const studied = part.match(STUDIED_AT);
  if (studied && isSchool(studied[1]!)) return studied[1]!;
  const at = part.match(/^(.+?)\s+(?:at|from)\s+(?:the\s+)?(\p{Lu}.+)$/u) ?? part.match(GRADUATE_OF);
  if (at && !isSchool(at[1]!) && isSchool(at[2]!)) return at[2]!;
  return part;
}
/** "Finance graduate of the London School of Economics": a graduate or alumnus of a school. */
const GRADUATE_OF = /^((?:.*?\s)?(?:[Gg]raduate|[Aa]lumn(?:us|a|i)))\s+of\s+(?:the\s+)?(\p{Lu}.+)$/u;
const STUDIED_AT = /^.{0,12}?在(.+?(?:大学|学院|学校|中学|技校|卫校|党校|中专|中心))(?:就读|学习|进修|读|学)[\u4e00-\u9fff]*$/u;

/**
 * A note after the name that is no part of it: a level or a note of leaving (（高職）, （五年制大专，未毕业）, "(incomplete)"),
 * how it was studied ("(day release)", "(via Coursera)"), the qualification ("(HND Hospitality)"), and 毕业 / 结业 glued
 * after it.
 */
function withoutStudyNotes(part: string): string {
  const noted = part
    .replace(/(?<=(?:大学|学院|学校|中学|技校|卫校|中专|中心))(?:毕业|结业|肄业)$/u, '')
    .replace(
      /\s*[(（][^()（）]*(?:高职|职高|中专|中技|高中|初中|大专|专科|未毕业|未完成|肄业|incomplete|not completed|did not (?:complete|finish)|unfinished|not finished|withdrew|day release|block release|apprenticeship|\bvia\b|through\b)[^()（）]*[)）]\s*$/iu,
      '',
    );
  const bracket = noted.match(/^(.+?)\s*\(([^()]+)\)$/u);
  if (!bracket || !isSchool(bracket[1]!) || isSchool(bracket[2]!)) return noted;
  const [name, inside] = [bracket[1]!, bracket[2]!.trim()];
  const qualification = degreeOf(inside) !== null || QUALIFICATION.test(inside);
  return qualification ? name : noted;
}
const QUALIFICATION =
  /^(?:HND|HNC|NVQ|SVQ|BTEC|GCSEs?|A[- ]Levels?|Diploma|Advanced Diploma|Certificate|Cert(?:\.|ificate)? (?:I{1,3}|IV)|Nitec|Higher Nitec)\b/u;

/**
 * A place after a comma inside the school's cell: "2014 - 2017  Industrial Training Institute, Varanasi  ITI", a
 * table's cell or a line of its own. The labelled set leaves a named school's city or campus off ("University of Leeds,
 * Leeds", "Osmania University, Hyderabad": OutsideSchool's `at`), so the place is joined to the name only where the name
 * needs it (`placeTellsSchool`). The cell is parted from the rest by columns (two spaces, a tab, a pipe) or is the whole
 * line, and the place is one: a line of fields parted by commas and dashes ("Anna University, Chennai — B.E., 2012")
 * writes its city as a field, and two places ("Toronto, ON", "Nairobi, Kenya") or a country alone are an address
 * (schools-worldwide6.ts).
 */
const CELL_PLACE =
  /(^\s*|\s{2,}|\s*[|｜\t]\s*)((?:(?!\s{2}|\s[-–—]\s)[^,，;；|｜\t])+?),\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})(?=\s{2,}|\s*[|｜\t]|\s*$)/gu;

/** Words a note after a school's comma starts with, no place: a degree, an honour, a study mode, a month. */
const NOT_A_PLACE =
  /^(?:Bachelor|Master|Doctor|Diploma|Certificate|Honou?rs|Hons?|Graduated|Expected|Exchange|Visiting|Class|Minor|Major|Thesis|Dean|President|Cum|Magna|Summa|First|Second|Upper|Lower|Distinction|Merit|Awards?|Scholar|Scholarship|GPA|CGPA|Grade|Full|Part|Online|Distance|Evening|Weekend|Summer|Winter|Incomplete|Ongoing|Present|Current|Pursuing|Completed|Dropped|Transferred|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\b/u;

/**
 * `generic: false` for a name a PDF wrapped after its comma ("California State University," / "Fresno"): there a
 * generic name's town is left off, as the labels of such PDFs do ("Industrial Training Institute," / "Aundh").
 */
export function withSchoolPlaceJoined(line: string, { generic = true }: { generic?: boolean } = {}): string {
  return line.replace(CELL_PLACE, (whole, before: string, school: string, place: string) =>
    isSchool(school) && !isUnnamedSchool(school) && isSchoolsPlace(place) && placeTellsSchool(school, place, generic)
      ? `${before}${school}${JOINED_COMMA} ${place}`
      : whole,
  );
}

/**
 * The place is part of the name only where the name needs it: a name of generic words, one of many so called
 * ("Industrial Training Institute, Varanasi", "Government Medical College, Thiruvananthapuram", "National Institute of
 * Technology, Tiruchirappalli", "Police Training Centre, Ashford"), or a campus of a state's university system
 * ("University of California, Davis", "California State University, Northridge", "University of Nigeria, Nsukka"), a
 * name several schools bear ("St Mary's University, Twickenham"), or the system a college is part of ("Hunter College,
 * CUNY", "University at Albany, SUNY"), as the labelled set keeps them.
 */
function placeTellsSchool(school: string, place: string, generic: boolean): boolean {
  return (generic && GENERIC_SCHOOL.test(school)) || STATE_SYSTEM.test(school) || SYSTEM.test(place);
}
/** A state's university system written after one of its colleges. */
const SYSTEM = /^(?:CUNY|SUNY|City University of New York|State University of New York)$/u;
const GENERIC_SCHOOL =
  /^(?:(?:the|of|for|and|&|(?:Govt|Gov't|Government|Federal|State|National|Regional|Central|District|Municipal|City|Public|Private|Model|Industrial|Technical|Vocational|Training|Medical|Dental|Nursing|Pharmacy|Law|Teachers'?|Engineering|Agricultural|Veterinary|Polytechnic|Police|Fire|Army|Naval|Military|Senior|Junior|Secondary|Higher|High|Primary|Middle|Boys'?|Girls'?|Women's|Arts?|Sciences?|Technology|Management|Business|Education|Commerce|Degree|Community|Institute|College|School|University|Academy|Training|Cent(?:re|er))\.?)\s*)+$/u;
const STATE_SYSTEM =
  /^(?:University of (?:California|Texas|Wisconsin|Maryland|Illinois|Michigan|Massachusetts|Nebraska|Missouri|Minnesota|Colorado|North Carolina|Hawai['ʻ]?i|Tennessee|Arkansas|Alabama|Louisiana|Nigeria)|California State University|California State Polytechnic University|Texas A&M University|Penn State|Indiana University|(?:St\.?|Saint) Mary['’]s (?:University|College))$/u;

function isSchoolsPlace(place: string): boolean {
  if (NOT_A_PLACE.test(place) || degreeOf(place) !== null || isSchool(place) || REGION_CODE.test(place)) return false;
  if (companyScore(place) > 0 || titleScore(place) > 0) return false;
  // A country or a region is an address, a city is the school's: "University of Sydney, Australia".
  return !isCountry(place);
}

/**
 * A college or school written before its university is a unit of it, the university is the school: "College of
 * Engineering, Anna University", "Trinity College, University of Cambridge" (as "Faculty of Medicine, University of
 * Lagos"). The part at `at` names a school; the index of the one to note.
 */
function universityAfterUnit(parts: string[], at: number): number {
  const next = parts[at + 1];
  return next !== undefined && UNIT.test(parts[at]!) && UNIVERSITY.test(next) && isSchool(next) ? at + 1 : at;
}
const UNIVERSITY = /\buniversit(?:y|ies)\b/iu;

/**
 * The school an education entry's parts name, from the part at `named` (a school): the university after a unit of it,
 * and its name in the other script beside it. The name and the parts it was read from.
 */
export function entrySchool(parts: string[], named: number): { school: string; parts: string[] } {
  const at = universityAfterUnit(parts, named);
  const other = otherScriptSchool(parts, at);
  if (other < 0) return { school: schoolName(parts[at]!), parts: [parts[at]!] };
  const [first, second] = [parts[Math.min(at, other)]!, parts[Math.max(at, other)]!];
  return { school: schoolNamedBothWays(first, second), parts: [first, second] };
}

/**
 * A school named in both scripts side by side, "同济大学 Tongji University", "早稲田大学 Waseda University", "Le Cordon
 * Bleu Paris 法国蓝带厨艺学院": one school, named both ways, as an employer's name in two scripts is. The part at `at` names
 * a school; the index of its other-script name beside it, or -1.
 */
function otherScriptSchool(parts: string[], at: number): number {
  if (!inOneScript(parts[at]!)) return -1;
  return (
    [at + 1, at - 1].find((k) => {
      const other = parts[k];
      return other !== undefined && inOneScript(other) && hasHan(other) !== hasHan(parts[at]!) && isSchool(other);
    }) ?? -1
  );
}

/**
 * A school's two names as one (`otherScriptSchool`), in the line's order, each without what a resume writes around it
 * ("英国曼彻斯特大学 The University of Manchester", "Le Cordon Bleu Paris 法国蓝带厨艺学院").
 */
const schoolNamedBothWays = (first: string, second: string): string => `${schoolName(first)} ${schoolName(second)}`;
/** A college, school, faculty or institute of a subject, not a university: "College of Engineering", "Trinity College". */
const UNIT = /^(?!.*\buniversit)(?:institute of\b|(?=.*\b(?:college|school|faculty)\b))/iu;

/** Markdown emphasis around a name: "**华东师范大学**", "__University of Leeds__". */
export const withoutEmphasis = (line: string) => line.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2');

/** A part that is a unit of a school or something done there, not a school of its own written without dates. */
export const NOT_UNDATED_SCHOOL =
  /^(?:(?:faculty|department|dept\.?|division) of\b|(?:college|school) of (?:engineering|(?:liberal |fine )?arts|sciences?|business|law|medicine|education|nursing|pharmacy|computing|computer|letters|agriculture|architecture|design|communications?|public|natural|social|humanities|information|health|music|management|economics|dentistry|journalism|graduate|continuing|professional)\b|(?!.*大[学學]).*(?:学院|系)$)|honou?rs?|program(?:me)?\b|scholar|society|union|club|association|team\b|award|prize|list\b|fellow|exchange|visiting|优秀|奖|毕业生|学生会|社团|协会|称号|交换|访学/iu;

/**
 * A school and what follows it joined by a mark a Chinese line uses between its parts, or a colon: "大连理工大学/化工学院",
 * "西安交通大学—能源与动力工程", "天津大学、精密仪器学院", "北京理工大学：车辆工程", "University of Oxford: DPhil".
 */
export function schoolBesideMark(part: string): string[] {
  const mark = /[\u4e00-\u9fff]/u.test(part) ? /\s*(?:[/／、：:]|—+)\s*/gu : /\s*:\s+/gu;
  // Only between parts, not in a bracket: 四川大学（985/211）.
  const sides: string[] = [];
  let from = 0;
  for (const found of part.matchAll(mark)) {
    const before = part.slice(0, found.index);
    if ((before.match(/[(（]/gu) ?? []).length > (before.match(/[)）]/gu) ?? []).length) continue;
    sides.push(part.slice(from, found.index));
    from = found.index + found[0].length;
  }
  sides.push(part.slice(from));
  if (sides.some((side) => !side)) return [part];
  // A label before its value, in the middle of a line too ("2012.9-2015.7  学校：苏州工业园区职业技术学院  专业：…",
  // "Berufsschule: Julius-Leber-Schule"): the value.
  const label = SCHOOL_LABEL.test(sides[0]!.trim());
  if (label) return sides.length === 2 && isSchool(sides[1]!) ? [sides[1]!.trim()] : [part];
  return sides.length > 1 && isSchool(sides[0]!) && !isUnnamedSchool(sides[0]!) ? sides : [part];
}

const SCHOOL_LABEL =
  /^(?:(?:毕业|就读|所在)?(?:学校|院校|学院|大学)(?:名称)?|berufsschule|berufskolleg|(?:vocational |trade |high )?school|college|university|institution|gymnasium)$/iu;

/** A degree glued before its school: "本科北京交通大学", "研究生毕业于北京航空航天大学", "211本科（西北大学）". */
const GLUED_DEGREE = /^((?:(?:19|20)\d{2}年)?(?:本科|硕士研究生|博士研究生|硕士|博士|研究生|大专|专科|学士))(?:毕业于|就读于|于)?\s*(.+)$/u;

/** A level of schooling below a degree: 中专, 职高, 初中, 中五 (Hong Kong's Form 5). */
const SCHOOL_LEVEL = /^(?:中专|中技|职高|技校|高职|初中|高中|中[一二三四五六七]|小学)$/u;

export function degreeBeforeSchool(part: string): string[] {
  const glued = part.match(GLUED_DEGREE);
  if (glued && isSchool(glued[2]!) && !/^[(（]/u.test(glued[2]!)) return [glued[1]!, glued[2]!];
  // The bracket closed or not: a date range taken out of it ("本科（中山大学，2010-2014）") leaves it open in its part.
  const bracketed = part.match(/^([^()（）]+?)\s*[(（]([^()（）]+)[)）]?$/u);
  // A full name in the bracket, not a study mode's short one ("专科（电大）"); a level or a qualification before it too
  // (中专（唐山市技工学校）, 中五（聖公會李炳中學）, "Diploma in Accounting (Singapore Polytechnic, 2011)").
  const head = bracketed?.[1] ?? '';
  return bracketed &&
    (!isSchool(head) || isUnnamedSchool(head)) &&
    (degreeOf(head) !== null || SCHOOL_LEVEL.test(head) || QUALIFICATION.test(head) || QUALIFICATION_NAME.test(head)) &&
    isSchool(bracketed[2]!) &&
    /(?:大学|学院|学校|中学|university|college|institute|polytechnic|academy)/iu.test(bracketed[2]!)
    ? [bracketed[1]!, ...withYearApart(bracketed[2]!)]
    : [part];
}

/** The school in a degree's bracket and the year beside it: "M.S. Statistics (Stanford University, 2020)". */
function withYearApart(written: string): string[] {
  const year = written.match(/^(.+?)\s*[,，]\s*((?:19|20)\d{2}\b.*)$/u);
  return year && isSchool(year[1]!) ? [year[1]!, year[2]!] : [written];
}

/** A degree, its year and its school with single spaces, the year parting them: "Diploma in Nursing 2008 Nanyang Polytechnic". */
export function degreeYearSchool(part: string): string[] {
  const found = part.match(/^(.+?)\s+((?:19|20)\d{2})\s+(\p{Lu}.+)$/u);
  if (!found || isSchool(found[1]!) || !isSchool(found[3]!)) return [part];
  const head = found[1]!;
  return degreeOf(head) !== null || QUALIFICATION.test(head) || QUALIFICATION_NAME.test(head) ? [head, found[2]!, found[3]!] : [part];
}

/** A school part that starts an entry of its own, not a unit of the school before it (计算机学院, School of Business). */
export const isOwnSchool = (part: string) =>
  !/^[(（][^()（）]*[)）]$/u.test(part) &&
  !isDegreeNote(part) &&
  isSchool(part) &&
  !isUnnamedSchool(part) &&
  !NOT_UNDATED_SCHOOL.test(part) &&
  !UNIT_OF_SCHOOL.test(part);
/**
 * A degree and, in brackets, the university that awards it, no school of its own: "双学位（利物浦大学 BSc）", "BS Business
 * and Finance（纽约大学学位）" beside the school attended.
 */
function isDegreeNote(part: string): boolean {
  const outside = part.replace(/[(（][^()（）]*[)）]/gu, '').trim();
  // Or the university's name and 学位 alone, a bracket's inside: "纽约大学学位".
  if (/(?:大学|大學|学院|學院)(?:学位|學位)$/u.test(part.trim())) return true;
  return (
    outside !== part.trim() &&
    outside !== '' &&
    !isSchool(outside) &&
    (degreeOf(outside) !== null || /学位|學位|\bdegree\b/iu.test(outside))
  );
}
const UNIT_OF_SCHOOL = /^(?!.*大[学學]).*(?:研究所|研究院)$|\b(?:graduate\s+)?school of\b/iu;

/**
 * A sentence that says where its writer studied ("Graduated from Glasgow Clyde College in 2015 with an HNC.", "…
 * technician; trained at Porter and Chester Institute.", "…; NVQ Level 2 in Warehousing from Leeds City College; …"):
 * its clauses that name a school after a study verb or a qualification, read as lines; the rest of the sentence is
 * prose, as "Guest lecturer at MIT Sloan." is.
 */
export function studyClauses(line: string, isNameLine: boolean): string {
  if (isNameLine || !isSchool(line)) return line;
  const clauses = line
    // Clauses: "…; trained at X.", "B.S. from MIT (2012) and Ph.D. from Stanford (2017).", "本科毕业于X，具备…。"; not
    // a comma inside a bracket ("(MSc, 2019)").
    .split(/\s*[;；，。]\s*|,\s+(?![^()]*\))|\.\s+(?=\p{Lu})|\s+and\s+(?=[^,;]*?\s(?:from|at)\s+(?:the\s+)?\p{Lu})/u)
    .map((clause) => clause.replace(/[.!]\s*$/u, '').trim())
    .filter((clause) => {
      // "本科毕业于西安电子科技大学通信工程专业": a Chinese clause that says where its writer graduated.
      const graduated = clause.match(/^.{0,12}?(?:毕业|就读|肄业)于\s*(.+)$/u) ?? clause.match(GONE_TO);
      if (graduated) return isSchool(graduated[1]!);
      const found = clause.match(/^(.+?)\s+(?:from|at)\s+(?:the\s+)?(\p{Lu}.*)$/u) ?? clause.match(GRADUATE_OF);
      if (!found || !isSchool(withoutEndNote(found[2]!)) || isSchool(found[1]!)) return false;
      const head = found[1]!;
      return STUDY_VERB.test(head) || degreeOf(head) !== null || QUALIFICATION_NAME.test(head);
    })
    // "Educated at Eton College and the University of Oxford": two schools, a line each.
    .map((clause) => {
      const two = clause.match(/^(.+?\s(?:at|from)\s+)(\p{Lu}.+?)\s+and\s+(?:the\s+)?(\p{Lu}.+)$/u);
      return two && isSchool(two[2]!) && isSchool(two[3]!) ? `${two[1]}${two[2]}\n${two[1]}${two[3]}` : clause;
    })
    // "… from Barnsley College and 8 years in warehousing": the sentence going on after the name (not a "with" before
    // it: "Engineer with a master’s degree from the Technical University of Munich").
    .map((clause) =>
      clause
        .replace(/(?<=\p{Lu}[\p{L}'’.-]*|[)）])\s+(?:and|with|where|for|before|after)\s+(?=[\p{Ll}\d]).*$/u, '')
        // Its year in a bracket, a degree before it too: "(2012)", "(MSc, 2019)".
        .replace(/\s*[(（]([^()（）]*(?:19|20)\d{2})[)）]$/u, ', $1'),
    );
  return clauses.length > 0 ? clauses.join('; ') : line;
}
/** "后赴美国哥伦比亚大学攻读硕士": a school gone to for a degree, and what was done there. */
export const GONE_TO = /^.{0,6}?赴\s*(.+?(?:大学|学院))((?:攻读|留学|深造|读研|读博|就读|学习)[\u4e00-\u9fff]*)$/u;
const STUDY_VERB = /(?:^|\s)(?:graduated?|trained|studied(?:\s+[\p{L}’'-]+){0,3}|qualified|educated|retrained|alumn(?:us|a|i))$/iu;
/** A qualification that is no degree: a diploma, a certificate, an NVQ or HND. */
export const QUALIFICATION_NAME =
  /(?:^|\s)(?:NVQ|SVQ|HND|HNC|BTEC|PGCE|PGDE|City (?:&|and) Guilds|(?:Advanced |Graduate )?Diploma|Certificate|Cert(?:\.|ificate)? I{1,3}V?)\b/u;

/**
 * A course of days or a class, not a school's programme: 研修班, 培训班, "workshop", "bootcamp", "（2天）", "(3 days)". Its
 * name is no school's; on a dated education line, the provider written before it is (education.ts's `trainingProvider`).
 */
export const SHORT_COURSE =
  /(?:研修班|培训班|进修班|训练营|\b(?:workshop|boot\s?camp)s?\b|[(（]\s*\d{1,2}\s*(?:天|日|周|週|days?|weeks?)\s*[)）])/iu;

/** A bullet before a school's line ("• 2003 – 2006  Nanyang Polytechnic", "* ITE College East — Nitec"): a list of entries. */
const BULLET_MARK = /^\s*(?:[•●▪◦·*\-–—]|\d+[.、)])\s*/u;

export const withoutSchoolBullet = (line: string) =>
  isBullet(line) && isSchool(line.replace(BULLET_MARK, '')) ? line.replace(BULLET_MARK, '') : line;

/** "B.S. in Computer Science at University of Michigan", "B.A. from Harvard University": the degree and the school. */
export function degreeAtSchool(part: string): string[] {
  // "… from the University of X": the sentence's article no part of the name ("from The University of Texas" keeps it).
  const at = part.match(/^(.+?)\s+(?:at|from|At|From|AT|FROM|@)\s+(?:the\s+)?(.+)$/u);
  return at && degreeOf(at[1]!) !== null && isSchool(at[2]!) ? [at[1]!, at[2]!] : [part];
}

/** "Ausbildung zum Schreiner, Schreinerei Huber GmbH, Passau / Staatliche Berufsschule Passau": the school beside a slash. */
export function schoolBesideSlash(part: string): string[] {
  const sides = part.split(/\s+\/\s+/u);
  return sides.length > 1 && sides.some((side) => isSchool(side)) ? sides : [part];
}
