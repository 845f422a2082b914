/** Splitting an entry line into its parts, and telling schools, companies and titles apart. */

/** A rank, a comma and the function or practice it is in: one title ("Senior Associate, Assurance"). */
const RANK_AND_FUNCTION = new RegExp(
  String.raw`\b((?:(?:Senior|Junior|Lead|Principal|Staff|Assistant|Associate|Deputy|Executive|Managing|Vice|Chief) )*(?:President|Director|Head|VP|SVP|EVP|Associate|Manager|Analyst|Consultant|Engineer|Partner|Principal|Counsel|Specialist|Officer|Accountant|Auditor|Scientist|Designer|Solicitor|Attorney|Lawyer|Advisor|Adviser|Editor|Producer)),\s+` +
    String.raw`((?:Risk|Engineering|Product|Sales|Marketing|Finance|Operations|Design|Strategy|Technology|Research|Data|Growth|HR|People|Legal|Compliance|Assurance|Audit|Tax|Advisory|Corporate|Consulting|Litigation|Investment Banking|Equity Research|Private Equity|M&A|Transaction Services|Deals|Treasury|Procurement|Supply Chain|Quality|Infrastructure|Platform|Security|Analytics|Customer Success|Business Development|Partnerships|Communications|Brand|Content|Editorial|Clinical|Regulatory Affairs|Medical Affairs|Public Policy|Employment|Banking|Real Estate|Capital Markets|Restructuring)(?: (?:[A-Z][A-Za-z]*|M&A|&)){0,2})` +
    String.raw`(?=\s{2,}|\s*[|｜\t:：,]|\s+[-–—]\s|\s*$)`,
  'gu',
);

/** A legal form after a comma is the company's own: "Rakuten, Inc.", "Huawei Technologies Co., Ltd.". */
const LEGAL_FORM_AFTER_COMMA =
  /,\s*(?=(?:Inc|Ltd|LLC|LLP|Corp|Co|plc|PLC|GmbH|AG|S\.A|SA|B\.V|N\.V|Pty|Limited|Ltda|Lda|S\.p\.A|K\.K)\b\.?(?:,?\s*Ltd\.?)?(?:\s{2,}|\s*[|｜\t,，]|\s+[-–—]\s|\s*$))/gu;

/**
 * A partnership named by its partners, their names parted by commas before "&" and its legal form: "Skadden, Arps,
 * Slate, Meagher & Flom LLP", "Osler, Hoskin & Harcourt LLP" (the firm, not a place and a firm).
 */
const PARTNERS_FIRM =
  /\p{Lu}[\p{L}'’-]+(?:,\s+\p{Lu}[\p{L}'’-]+)+,?\s+(?:&|and)\s+\p{Lu}[\p{L}'’-]+\s+(?:LLP|LLC|PLLC|P\.C\.|L\.L\.P\.)(?![\p{L}])/gu;

/** A comma inside a name, which parts of a line do not split on: "University of California, Berkeley". */
export const JOINED_COMMA = '\uE000';
/** A space no split parts at (a title's dash before its unit: "Executive Team Leader – Logistics"). */
export const JOINED_SPACE = '\uE001';

/** State universities written "University of California, Davis": the campus after the comma is the school's name. */
const SYSTEM_CAMPUSES: Record<string, string> = {
  California: 'Berkeley|Los Angeles|San Diego|Davis|Irvine|Santa Barbara|Santa Cruz|Riverside|Merced|San Francisco',
  Maryland: 'College Park|Baltimore County|Baltimore',
  Minnesota: 'Twin Cities|Duluth|Morris',
  Massachusetts: 'Amherst|Boston|Lowell|Dartmouth',
  Wisconsin: 'Madison|Milwaukee',
  Colorado: 'Boulder|Denver|Colorado Springs',
  Illinois: 'Urbana-Champaign|Chicago|Springfield',
  Nebraska: 'Lincoln|Omaha',
  Missouri: 'Columbia|Kansas City|St\\. Louis',
  'North Carolina': 'Chapel Hill|Charlotte|Greensboro|Wilmington',
  Hawaii: 'Manoa|Mānoa|Hilo',
  Nevada: 'Las Vegas|Reno',
};
const SYSTEM_CAMPUS = new RegExp(
  String.raw`\b(University of (?:${Object.entries(SYSTEM_CAMPUSES)
    .map(([state, campuses]) => String.raw`${state},\s+(?:${campuses})`)
    .join('|')}))(?![\p{L}])`,
  'gu',
);

/**
 * A campus after a comma belongs to the school's name: a state system's ("University of California, Berkeley — B.A.")
 * wherever it stands, one so named ("Campus Querétaro"). A place in the school's own cell is joined for education lines
 * (school-lines.ts, withSchoolPlaceJoined).
 */
function withCampusJoined(line: string): string {
  return (
    line
      .replace(SYSTEM_CAMPUS, (name: string) => name.replace(/,\s+/u, '\uE000 '))
      // "Tecnológico de Monterrey, Campus Querétaro", "Universidad de Chile, Sede Santiago": a campus so named.
      .replace(/,\s+(?=(?:Campus|Sede|Recinto)\s+\p{Lu})/gu, '\uE000 ')
  );
}

/**
 * A title whose field is a list, its commas inside it: "Health, Safety and Environment Manager", "Shower, Laundry and
 * Clothing Repair Specialist (92S)", "Planning, Design, and Build Coordinator". Up to the next mark that parts a line.
 */
const SERIAL_LIST = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)+,?\s+(?:and|&)\s+(?:(?!\s{2}|\s[-–—]\s)[^,，;；|｜•·\t])+/gu;
/** A serial list that ends on a title's word (a code in brackets after it aside) keeps its commas. */
const serialTitle = (list: string) =>
  ENDS_ON_TITLE.test(list.replace(/\s*\([^()]*\)\s*$/u, '').trim()) ? list.replace(/,\s+/gu, '\uE000 ') : list;

/** "Lecturer, Department of Economics", "Research Fellow, Faculty of Law": the unit a title is held in stays with it. */
const TITLE_AND_UNIT =
  /\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}),\s+((?:Department|Dept\.|Faculty|Division|Office) of (?:the )?[A-Z][\w&-]*(?: (?:[A-Z][\w&-]*|and|&|of)){0,4})(?=\s{2,}|\s*[|｜\t:：]|\s*$)/gu;
const titleWithUnit = (whole: string, title: string, unit: string) => (TITLE.test(title) ? `${title}\uE000 ${unit}` : whole);

/** Parts of a line: split on | , ， · tabs, runs of spaces and spaced dashes. */
const LATIN_BETWEEN_CJK = /(?<=[\u4e00-\u9fff]) ([A-Za-z][\w&'.+-]*(?: [A-Za-z][\w&'.+-]*)?) (?=[\u4e00-\u9fff])/gu;

/** Whether a text leaves a bracket open: more opened than closed. */
function isLeftOpen(text: string): boolean {
  let depth = 0;
  for (const char of text) depth += char === '(' || char === '（' ? 1 : char === ')' || char === '）' ? -1 : 0;
  return depth > 0;
}

/**
 * "安规工程师 Safety Engineer", "EMC测试工程师 EMC Test Engineer": a Chinese title and its English one, a space apart, each
 * ending on a title's word: one title in two scripts, not two parts, the market a description's colon follows joined
 * after it or not ("非洲区销售经理 Regional Sales Manager, West Africa: …").
 */
const TITLE_IN_TWO_SCRIPTS =
  /(?<![\w\u4e00-\u9fff])([A-Za-z0-9]*[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]*) ((?:[A-Z][\w&/-]*\s){0,4}[A-Z][\w-]*)(?=\s{2,}|\s*[|｜,，\uE000]|$)/gu;
/** A Chinese character: a title in two scripts has one. */
const HAN = /[\u4e00-\u9fff]/u;
/** The English title first: "Clinic Manager 诊所经理", "Lifeguard 海滩救生员". */
const TITLE_IN_TWO_SCRIPTS_ENGLISH_FIRST =
  /(?<![\w\u4e00-\u9fff])((?:[A-Z][\w&/-]*\s){0,4}[A-Z][\w-]*) ([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]*)(?=\s{2,}|\s*[|｜,，\uE000]|$)/gu;
const withTitleInTwoScripts = (line: string) =>
  !HAN.test(line)
    ? line
    : line
        .replace(TITLE_IN_TWO_SCRIPTS, (both, chinese: string, english: string) =>
          ENDS_ON_TITLE.test(chinese) && ENDS_ON_TITLE.test(english)
            ? `${chinese}${JOINED_SPACE}${english.replace(/ /gu, JOINED_SPACE)}`
            : both,
        )
        .replace(TITLE_IN_TWO_SCRIPTS_ENGLISH_FIRST, (both, english: string, chinese: string) =>
          ENDS_ON_TITLE.test(chinese) && ENDS_ON_TITLE.test(english)
            ? `${english.replace(/ /gu, JOINED_SPACE)}${JOINED_SPACE}${chinese}`
            : both,
        );

/**
 * A field's letters that open a Chinese title and stay with it: "SEO 专员", "FAE 工程师", "3D 设计师", "SPA 理疗师", "B2B
 * 电商运营经理".
 */
const FIELD_LETTERS = String.raw`QC|QA|HR|IT|UI|UX|PM|BD|KA|AE|SEO|SEM|AI|IC|SPA|B2B|B2C|FAE|DBA|HRBP|CRA|CRC|SQE|SDE|NLP|IE|PE|ME|CNC|CAD|CAM|CAE|SMT|PCB|PLC|MES|ERP|SAP|PMC|IQC|IPQC|OQC|EHS|HSE|GIS|BIM|CG|VR|AR|LED|LCD|OLED|FPGA|DSP|RF|SQA|TA|BI|SRE|KOL|2D|3D`;
/** A language or platform that opens a Chinese title: "Java 开发工程师", "Unity 客户端开发". */
const PLATFORMS = String.raw`Java|Python|Go|Android|iOS|Web|Unity|UE|App`;
/** A marketplace a seller works on, opening a Chinese title: "Amazon 运营经理", "Shopee 店铺运营". */
const MARKETPLACES = String.raw`Amazon|eBay|Shopee|Lazada|TikTok|Etsy|Temu|Shopify`;
/**
 * Where a line parts into segments: a bar, a bullet, a middle dot (not one between a name's single letters, kept by
 * `LETTER_DOT`), a tab, two spaces, a spaced dash, a comma or semicolon, and a space beside Chinese, unless the Latin
 * word before it opens the Chinese title after it (`FIELD_LETTERS`, `PLATFORMS`, `MARKETPLACES`).
 */
const SEGMENT_BREAK = new RegExp(
  String.raw`\s*[|｜•·\t]\s*|\s{2,}|\s+[-–—]\s+|\s*[,，;；]\s*|(?<=[\u4e00-\u9fff]|[\u4e00-\u9fff][)）])\s+(?=[\u4e00-\u9fffA-Za-z(（])|(?<=[)）])\s+(?=[\u4e00-\u9fff])|(?<=[A-Za-z.)])(?<!(?:^|[\s|｜])(?:${FIELD_LETTERS}|${PLATFORMS}|${MARKETPLACES}))\s+(?=[\u4e00-\u9fff])`,
  'u',
);

/** A middle dot between a name's single letters, no part's end: "M·A·C 魅可". */
const LETTER_DOT = /(?<!\p{L})(\p{Lu})·(?=\p{Lu}(?!\p{L}))/gu;

export function segmentsOf(line: string): string[] {
  // "Vice President, Risk", "Senior Associate, Corporate M&A": a function or practice after a rank stays with it, as a
  // campus does with its school.
  // "上海 Farine 烘焙", "高级 Golang 后端工程师": a Latin word or two between Chinese ones is part of one name.
  // "杭州某在线教育公司（小学数学 App）", "护士（心内科 CCU）": a space inside a bracket with Chinese in it parts nothing.
  const dotted = line.includes('·') ? line.replace(LETTER_DOT, '$1\uE003') : line;
  const sandwiched = withTitleInTwoScripts(dotted)
    .replace(LATIN_BETWEEN_CJK, (_, latin: string) => `\uE001${latin.replace(/ /gu, '\uE001')}\uE001`)
    .replace(/[(（][^()（）]*[\u4e00-\u9fff][^()（）]*[)）]/gu, (bracket) => bracket.replace(/(?<=\S) (?=\S)/gu, '\uE001'))
    // "Banner Health (Banner – University Medical Center Phoenix)": nor does a dash inside a bracket.
    .replace(/\([^()]*\s[-–—]\s[^()]*\)/gu, (bracket) => bracket.replace(/\s([-–—])\s/gu, '\uE001$1\uE001'));
  return withCampusJoined(
    sandwiched
      .replace(RANK_AND_FUNCTION, '$1\uE000 $2')
      .replace(TITLE_AND_UNIT, titleWithUnit)
      .replace(SERIAL_LIST, serialTitle)
      .replace(LEGAL_FORM_AFTER_COMMA, '\uE000 ')
      .replace(PARTNERS_FIRM, (firm: string) => firm.replace(/,\s+/gu, '\uE000 ')),
  )
    .split(SEGMENT_BREAK)
    .map((s) =>
      s
        .replace(/\uE000/gu, ',')
        .replace(/\uE001/gu, ' ')
        .replace(/\uE003/gu, '·')
        // A Markdown heading's marks: "### Gewerbeschule Freiburg".
        .replace(/^\s*#{1,6}\s+/u, '')
        .replace(/^[\s•\-–—*:：()（）[\]【】]+/g, '')
        // A closing bracket that closes one inside stays: "哈尔滨工业大学（威海）", "Acme (China) Ltd", and the outer one
        // of brackets inside brackets ("…有限公司（外派至博世汽车部件（苏州）有限公司）").
        .replace(/[\s•\-–—*:：()（）[\]【】]+$/g, (tail, at: number, whole: string) =>
          isLeftOpen(whole.slice(0, at)) ? (tail.match(/^[^)）]*[)）]/u)?.[0].trim() ?? '') : '',
        )
        .trim(),
    )
    .filter((s) => s.length > 0);
}

/**
 * A school's name: 大学/学院 forms (simplified and traditional), "University of X", "X College" (community colleges too),
 * and the words other languages use (Hochschule, Universität, Université, École, Politecnico, Universidad,
 * Universiteit, Uniwersytet, yliopisto, högskola, egyetem, университет, 대학교, Jamia, a Māori wānanga, Germany's Schulen
 * ("Döpfer Schulen"), Singapore's Institution — not a professional body's "Institution of …" — and France's IUT …),
 * secondary schools' too (colegio, lycée, liceo, Gymnasium, střední škola, sekolah, 职业中专, 고등학교; Welsh coleg, ysgol and
 * prifysgol), a chamber of crafts that trains and examines a master craftsman (Handwerkskammer), and the training
 * centre of an armed force, a police, fire or coast-guard service, where its members learn a trade ("Canadian Forces
 * Health Services Training Centre", "Federal Law Enforcement Training Centers"), as a military service school is, and a
 * government's or a tool room's training centre, where a trade is taught ("Government Tool Room and Training Centre") —
 * a company's training centre is none — as the education section names it.
 */
export const SCHOOL =
  /(?:大学|学院|学校|中学|高中|研究院|研究所|党校|卫校|技校|职业中专|职业(?:技术)?教育中心|職業(?:技術)?教育中心|职教中心|대학|학교|과학기술원|university|\buniv\.|coll[eè]ge|c[ée]gep\b|institute|\binstitut\b|\binstitution\b(?! of)|\biut\b|\bjamia\b|\binstituto\b|\bistituto\b|school|schulen?\b|\bw[āa]nanga\b|schulzentrum\b|bildungszentrum\b|oberstufenzentrum\b|berufskolleg|skolen?\b|skolesenter\b|academy|akademi[ae]|politechnika|politeknik|\bkolej\b|\bcol[aá]iste\b|\bcoleg\b|\bysgol\b|\bprifysgol\b|szkoła|szkola|szkół|hogeschool|hogescholen|technikon|conservatori(?:um|o)|conservatory|seminary|polytechnic|universit\p{L}|univerzit|univerza|üniversite|universidad|universidade|uniwersytet|yliopisto|korkeakoulu|högskola|högskolan|høgskole|høyskole|højskole|egyetem|főiskola|sveučilište|vysoká škola|vysoké učení|střední (?:průmyslová |odborná )?škola|(?:é|e)cole\b|escuela|escola\b|scuola|faculdade|fundação getulio vargas|politecnico|polit[eè]cnica|polytechnique|conservatoire|tecnol[oó]gico de\b|sekolah tinggi|colegio\b|lyc[ée]e\b|liceo\b|politécnico|academia\b|\bgymnasium\b|sekolah\b|lisesi\b|handwerkskammer|cordon bleu|\b(?:forces|army|navy|naval|air force|military|defen[cs]e|police|fire|coast guard|law enforcement|marine corps|government)\b.*\btraining cent(?:re|er)s?\b|\btool room (?:and|&) training cent(?:re|er)\b|\bcentre de formation\b|\bcent(?:re|er) for (?:distance|open|continuing) (?:learning|education)\b|đại học|học viện|университет|університет|институт|інститут|академи[яи]|колледж|училище|πανεπιστήμιο|πολυτεχνείο|جامعة|אוניברסיט|มหาวิทยาลัย)/iu;

/**
 * Schools known by their letters, matched with their case: "MIT", not the German "mit"; national training authorities
 * and chambers that train, named as the institution (TESDA, SENAI, INACAP, CONALEP, ITE, IHK), São Paulo's state
 * technical colleges and schools and Brazil's federal ones ("Fatec Pompeia", "ETEC Prof. …", CEFET), Malaysia's SMK,
 * and an Australian TAFE its letters name ("GOTAFE").
 */
const SCHOOL_LETTERS =
  /\b(?:MIT|UCLA|UCL|LSE|NUS|NTU|NTHU|NCKU|PolyU|CityU|HKBU|DHBW|IIIT|KAIST|POSTECH|ETH|EPFL|KTH|INSEAD|HKUST|CUHK|HKU|TAFE|UNSW|ANU|KAUST|UNICAMP|UNAM|ITAM|CMU|NYU|USC|UIUC|UCSD|UCSB|UPenn|IISc|LUMS|NUST|BUET|RWTH|TUM|LMU|UBC|INSA|ENSAE|ESSEC|ESCP|ESADE|IESE|HEC|SKEMA|IIT|IIM|NIT|BITS|SUSTech|SJTU|USTC|Sciences Po|ITI|NUCES|SAIT|NAIT|BCIT|SENA|SENAI|TESDA|ITE|INACAP|CONALEP|IHK|SMK|SMJK|JATC|FATEC|Fatec|ETEC|Etec|CEFET)\b|\b\p{Lu}{2,6}TAFE\b/u;

/**
 * Schools known by a short name alone, as a whole part of a line ("Stanford", "IIT Bombay", "UC Berkeley", "Georgia
 * Tech", "TU München", 清华, 哈工大, AgroParisTech, New Zealand's industry training organisations: "Primary ITO"): only whole parts, so 清华同方 the company or "Stanford Health Care" the employer is
 * no school.
 */
const SCHOOL_BY_NAME =
  /^(?:Stanford|Harvard|Yale|Princeton|Caltech|Wharton|Technion|Sciences Po(?: Paris)?|Penn State|Sorbonne|Tec de Monterrey|FGV|(?:TU|FH|HS|KU|HTW|OTH|TH|HAW|HWR) [A-Z]\p{L}+(?:[ -][A-Z]\p{L}+)?|(?:IES|CIFP|CPIFP) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*|BBS(?: (?:am|an der|im|\p{Lu}[\p{L}'’.-]*))+|(?:Georgia|Virginia|Texas|Louisiana|Michigan|Lincoln) Tech|\p{Lu}?\p{L}*ParisTech|\p{Lu}\p{Ll}+ ITO|UC [A-Z][a-z]+(?: [A-Z][a-z]+)?|UT [A-Z][a-z]+|UNSW(?: Sydney| Canberra)?|BITS(?: Pilani)?|清华|北大|复旦|交大|上交|西交|浙大|南大|哈工大|北航|北邮|北理工|中科大|华科|武大|川大|人大|北师大|华东师大|同济|南开|厦大|山大|中大|上财|央财|贸大|北外|上外|西电|成电|港大|港中文|港科大|台大|清大|成大|(?:[\u4e00-\u9fff]{2,4})?电大)$/u;

/**
 * A school's kind with no name ("High School Diploma", "Some college coursework", 高中毕业, 卫校（护理专业）, 军队院校 — a
 * name withheld): no school to note.
 */
const UNNAMED_SCHOOL =
  /^(?:some\s+)?(?:(?:senior|junior)\s+)?(?:high|secondary|middle|primary|elementary|community|technical|vocational|trade|nursing|summer|winter|night|evening|boarding|grammar)?\s*(?:school|college|university|高中|初中|中专|大专|中学|小学|卫校|技校|职高|职校|军校|军队院校)(?:\s*(?:diploma|certificate|graduate|coursework|courses?|education|毕业|肄业|学历|文凭))*(?:\s*[(（][^()（）]*[)）])?$/iu;

export function isUnnamedSchool(text: string): boolean {
  return UNNAMED_SCHOOL.test(text.trim());
}

/** Whether a line or part names a school. */
export function isSchool(text: string): boolean {
  // The platform an online degree was taken on names no school, the university does: "University of London (via Coursera)".
  text = text.replace(/\s*[(（]\s*(?:online\s+)?(?:via|through)\s[^()（）]*[)）]/giu, '');
  // A kind of school in brackets names none: "日语进修（语言学校）" is what was studied, the school is on its own line.
  text = text.replace(/\s*[(（]\s*(?:语言学校|语言学院|语言中心|培训学校|培训机构|夜校|language (?:school|cent(?:re|er)))\s*[)）]/giu, '');
  if (NOT_A_SCHOOL.test(text)) return false;
  const named = text.replace(SCHOOL_SUBJECT, ' ');
  return SCHOOL.test(named) || SCHOOL_LETTERS.test(named) || segmentsOf(named).some((part) => SCHOOL_BY_NAME.test(part));
}

/**
 * Certifying bodies and learning platforms named like schools, listed beside the degrees: "CFA Institute — CFA Level
 * II", "Project Management Institute, PMP", "Cisco Networking Academy — CCNA", Codecademy, 中国大学MOOC; and an award
 * named after its school ("Institute Merit-cum-Means Scholarship", "University Gold Medal").
 */
const NOT_A_SCHOOL =
  /\b(?:CFA Institute|Project Management Institute|Chartered (?:Insurance )?Institute|Institute of (?:Leadership|Chartered|Internal Auditors|Management Accountants|Certified|Electrical and Electronics Engineers)|American Institute of Certified|SANS Institute|Networking Academy|Codecademy|Khan Academy|Harvard ManageMentor|Scrum Alliance|Coursera|edX|Udemy|Udacity|(?:offered|issued|awarded|certified|organi[sz]ed|hosted) by|alumni|enterprise forum|(?:available )?on request)\b|MOOC|慕课|网易云课堂|学堂在线|校友会|颁发|主办|承办|竞赛|比赛|大赛|挑战杯|\b(?:scholarships?|awards?|prizes?|fellowships?|grants?|medals?|bursar(?:y|ies))\s*(?:[(（][^()（）]*[)）])?\s*$/iu;

/**
 * Subjects that name schools without being one: "M.A. School Psychology", "Ed.D. School Leadership"; and the
 * certificates of a school leaver ("Secondary School Certificate (SSC)", "West African Senior School Certificate").
 */
const SCHOOL_SUBJECT =
  /\bschool (?:certificate|leaving|psychology|counsel(?:l)?ing|administration|leadership|social work|nursing|library media|health|improvement|business management)\b/giu;

export const COMPANY =
  /(?:公司|集团|有限|科技|银行|证券|基金|事务所|工作室|研究院|医院|网络|控股|咨询|资本|投资|传媒|部队|\b(?:inc|ltd|llc|llp|plc|corp|corporation|co|company|group|gmbh|ag|bank|capital|partners|technologies|technology|tech|labs?|studios?|solutions|systems|consulting|holdings|ventures|media|software|networks|international|limited|associates|pte|hospitals?|clinic|trust|council|society|army|navy|police|brigade)\b(?!-)\.?|\bco-?operative\b)/iu;

/**
 * Chinese title words, one list: `TITLE` finds one anywhere in a line, and entry-parts' `TITLE_END` finds one at a
 * line's end (where any word on 师, 员 or 兵 after two characters is one too).
 */
export const CHINESE_TITLE_WORD = String.raw`工程师|专家|经理|大使(?![馆館])|总监|主管|专员|分析师|设计师|顾问|实习生|实习|负责人|架构师|助理|总裁|总经理|主任|科学家|研究员|开发|运营|会计|出纳|律师|秘书|组长|班长|队长|合伙人|代表|讲师|教师|编辑|策划|产品|销售|招聘|HRBP|制片|导演|记者|主播|厨师|主厨|厨师长|技术员|操作员|护士|护师|医生|医师|药师|教练|翻译|客服|文员|店长|店主|领班|督导|质检员|采购员|美术|原画|动画师|特效师|操作工|电工|焊工|钳工|车工|铣工|普工|技工|营业员|柜员|收银员|导购|司机|保安|服务员|前台|空乘|乘务员|乘务长|调度员|文案|摄影师|剪辑师|化验员|检验员|实验员|工艺员|计划员|跟单员|单证员|报关员|仓管员|理货员|业务员|经纪人|理财师|规划师|建筑师|造价师|监理|施工员|安全员|资料员|测量员|预算员|辅导员|班主任|园长|保育员|营养师|康复师|治疗师|技师|版师|领队|监督(?![\u4e00-\u9fff])|清洁工|管道工|水暖工|水电工|检验师|院长|校长|厂长|站长|区长|调酒师|咖啡师|烹调师|美容师|化妆师|导游|法务|助教|教授|讲解员|战士|士兵|学徒|(?<=[\u4e00-\u9fff]{2})师傅|牧师|传道|神父|培训生|管培生|储备干部|项目执行|活动主持|鉴定人|鑑定人|老师|科员|技正|技士|技佐|科长|处长|局长|馆员|店员|职员|船员|海员|钟点工|小时工|临时工|拉长|车缝工|电焊工|木工|维修工|机修工|修理工|钣金工|喷漆工|装配工|社工|工作者|专干|干事|保姆|月嫂|骑手|船长|艇长|水手|大副|二副|三副|轮机长|轮机员`;

/**
 * Title words in both languages. A word that is also a surname (Cook, Porter, Driver, Rider, Joiner, Constable, Leader) is one
 * only in a compound ("Line Cook", "Kitchen Porter", "Delivery Driver"): person.ts tells a Latin name from a title by
 * this list.
 */
export const TITLE = new RegExp(
  String.raw`(?:${CHINESE_TITLE_WORD}|[\p{L}-]*(?:ingenieur|entwickler|leiter|berater|techniker|referent|sachbearbeiter|buchhalter|fachwirt|assistent|pfleger|erzieher|mechaniker|mechatroniker|elektroniker|laborant|verkäufer|lehrer|maskenbildner|prüfer|fachangestellter?|kauffrau|kaufmann|fachkraft)(?:in)?\b|[\p{L}-]+(?:specialist|adviseur|medewerker|beheerder|ontwikkelaar|analist|projectleider|teamleider)\b|\b(?:arquitect[oa]|arquitet[oa]|architetto|ingenier[oa]|engenheir[oa]|abogad[oa]|advogad[oa]|enfermer[oa]|enfermeir[oa]|dise[ñn]ador[a]?)\b|\b(?:CEO|CTO|CFO|COO|VP|SVP|EVP|engineer|developer|programmer|manager|director|analyst|designer|consultant|intern|lead|head|specialist|associate|architect|scientist|officer|representative|executive|coordinator|administrator|accountant|recruiter|president|founder|co-founder|owner|advisor|researcher|strategist|writer|editor|marketer|planner|controller|auditor|partner|trainee|assistant|supervisor|principal|staff|technician|nurse|pharmacist|physician|teacher|(?:psycho|hydro|art|music|play|speech|drama)therapist|lecturer|professor|paralegal|attorney|lawyer|buyer|sde|swe|pm|qe|sqe|generalist|producer|operator|clerk|cashier|chef|mechanic|electrician|pilot|tutor|trainer|instructor|therapist|dentist|surgeon|veterinarian|receptionist|bartender|inspector|surveyor|draftsman|draughtsman|estimator|foreman|machinist|welder|curator|librarian|archivist|conservator|cataloguer|cataloger|journalist|reporter|photographer|videographer|animator|illustrator|translator|interpreter|subtitler|proofreader|transcriptionist|counsel(?:l)?or|midwife|investigator|underwriter|actuary|preparer|broker|banker|trader|teller|economist|statistician|forecaster|\w+ologist|preventionist|acupuncturist|herbalist|perfumer|flavou?rist|evaluator|diver|stagehand|dancer|choreographer|\w+culturist|agronomist|grower|breeder|farmhand|(?:vineyard|orchard|station|dairy|shed|yard|general|factory|cellar door) hand|chemist|physicist|solicitor|barrister|counsel|artist|copywriter|steward|stewardess|lifeguard|helper|correspondent|stringer|tester|concierge|housekeeper|caregiver|agent|attendant|crew|dispatcher|scheduler|coach|hostess|waiter|waitress|weaver|barista|courier|cleaner|janitor|custodian|plumber|labou?rer|storekeeper|merchandiser|salesperson|bookseller|\w*(?:maker|builder)|shipwright|ambassador|locksmith|serviceman|servicewoman|promoter|adjuster|appraiser|assessor|valuer|realtor|negotiator|paramedic|phlebotomist|radiographer|sonographer|hygienist|optometrist|optician|dietitian|nutritionist|carer|aide|apprentice|postdoc|dean|registrar|bookkeeper|secretary|typist|worker|volunteer|adviser|fellow|candidate|educator|physiotherapist|(?:team|shift|section|squad|group|project|youth|troop|tour|unit|ward|store|line|cell|crew) leader|member|decorator|bricklayer|scaffolder|plasterer|roofer|firefighter|handyman|operative|corporal|sergeant|lieutenant|captain|soldier|(?:police|special|senior|detective|chief|leading|probationary|first class) constable|(?:carpenter (?:&|and)|site|bench|kitchen) joiner|(?:delivery|despatch|dispatch|motorcycle|bike|cycle|food) rider|(?:delivery|truck|lorry|hgv|lgv|bus|coach|van|taxi|cab|forklift|rideshare|tanker|tipper|multi-drop|train|tram|ambulance|courier|uber|lyft|\d) driver|(?:line|prep|head|commis|short[- ]order) cook|(?:kitchen|night|hall|hotel|hospital) porter|working student|leading hand|(?:audit|tax|assurance|accounts|payroll) senior)\b)`,
  'iu',
);
/** A title's word at the end ("Bank Teller", "HGV Class 1 Driver"; a title in two scripts ends on one in each). */
export const ENDS_ON_TITLE = new RegExp(String.raw`(?:${TITLE.source})$`, 'iu');

export const DEGREE_PATTERNS: [RegExp, string][] = [
  [/(?:博士|박사|ph\.?\s?d|doctor(?:ate)?\b|\bd\.?phil|\bdoutorado\b|\bdoctorado\b|\bdottorato\b)/iu, 'PhD'],
  [/(?:emba)/iu, 'EMBA'],
  [/(?:\bmba\b)/iu, 'MBA'],
  [
    /(?:硕士|修士|석사|研究生|master'?s?\b|\bm\.?\s?s\.?c?\b|\bm\.?a\.?\b|\bm\.?eng\b|\bmsc\b|\bmpa\b|\bmfa\b|\bllm\b|\bm\.?phil\b|\bm\.?\s?com\b|\bm\.?\s?tech\b|\bmestrado\b|\bmaestr[ií]a\b|\bmáster\b|\blaurea magistrale\b)/iu,
    'Master',
  ],
  [
    /(?:本科|学士|학사|bachelor'?s?\b|\bb\.?\s?s\.?c?\b|\bb\.?a\.?\b|\bb\.?eng\b|\bbsc\b|\bb\.?e\.?\b|\bllb\b|\bbba\b|\bb\.?\s?comm?\b|\bb\.?\s?tech\b|\bmbbs\b|\bbacharel(?:ado)?\b|\blicenciad[oa] en\b|\blicenciatura\b|\bgrado en\b|\blaurea triennale\b)/iu,
    'Bachelor',
  ],
  [/(?:大专|专科|高职|associate'?s? degree|\ba\.?a\.?s?\b)/iu, 'Associate'],
  [/(?:高中|high school)/iu, 'High School'],
];

export function degreeOf(text: string): string | null {
  for (const [pattern, degree] of DEGREE_PATTERNS) if (pattern.test(text)) return degree;
  return null;
}

/** A line a bullet starts: a dot, a dash, a number, or any symbol a list is marked with (✔, ★, ➤, an emoji). */
export function isBullet(line: string): boolean {
  return /^\s*(?:[•●▪◦·*\-–—▸►➢]|\p{So}|\d+[.、)]\s)/u.test(line);
}

/** The kinds of site whose word ends a site's own name ("Karratha Gas Plant", "Staton Correctional Facility"). */
export const SITE_KINDS = ['plant', 'site', 'refinery', 'terminal', 'facility', 'depot', 'mill', 'campus', 'institution'];

/**
 * A site the employer's people work at, written after a dash: a plant, a mine, a terminal, a rig ("Woodside Energy –
 * Karratha Gas Plant"), a hub, a garage, a store or a branch ("FedEx Express – Memphis World Hub", "Mercedes-Benz AG –
 * Niederlassung Stuttgart"), a city's department ("City of Austin – Planning and Development Review Department") or a
 * project ("CRBC Kenya Ltd – Mombasa Port Road Project"), a mall or an airport ("Chalhoub Group – The Dubai Mall"), a
 * research or service centre ("Nissin Foods Holdings – Global Innovation Research Center"), a hotel or a resort
 * ("Jumeirah Group – Jumeirah Beach Hotel"), a hospital or a pool ("Life Healthcare – Life Vincent Pallotti Hospital",
 * "GLL – Cardiff International Pool"; entry-names' employerBeforeSite): where, not a unit of the
 * employer's name, as the labelled set leaves it off.
 */
export const WORK_SITE = new RegExp(
  String.raw`\b(?:${SITE_KINDS.join('|')}|mine|field|platform|smelter|rig|wind farm|solar farm|power station|hub|garage|store|branch|agency|office|outlet|showroom|(?:bus|coach) station|department|project|zoo|aquarium|pool|hospital|hotel|resort|(?:research|innovation|technology|technical|r&d|development|distribution|service) cent(?:er|re))$|\b(?:mall|airport)\b|^(?:Niederlassung|Filiale|Werk|Standort)\s`,
  'iu',
);
