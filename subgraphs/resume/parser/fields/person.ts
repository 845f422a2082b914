/** The candidate's name, read from the top of the resume or from labelled lines. */
import type { Scored } from '../types.ts';
import { headerKind, type Section } from '../sections.ts';
import { homeRegions } from './home-region.ts';
import { TITLE } from './segments.ts';

const NAME_LABEL =
  /^\s*(?:姓\s*名|氏\s*名|성\s*명|이\s*름|name|full name|candidate|first names?\s*\/\s*surnames?|first name\(s\)\s*\/\s*surname\(s\))\s*[:：]\s*(.+?)\s*$/iu;
const CHINESE_NAME = /^[\u4e00-\u9fff]{1,2}[\u4e00-\u9fff·]{1,4}$/u;
/** A Uyghur, Kazakh or other name written in characters with its parts joined by a middle dot: "帕尔哈提·艾买提". */
const DOTTED_CHINESE_NAME = /^[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,2}$/u;
/** A given name written short, as Bangladeshi, Malaysian and older English names are ("Md. Rafiq Islam", "MD. RAFIQUL ISLAM", "Mohd. Azlan", "Wm."). */
const SHORT_GIVEN_NAME = String.raw`(?:Md|MD|Mohd|MOHD|Muhd|MUHD|Wm)\.`;
const LATIN_NAME = new RegExp(
  String.raw`^(?:${SHORT_GIVEN_NAME}|\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.|Ó|van|der|den|de|la|los|las|von|zu|da|das|dos|del|di|du|le|ter|ten|bin|binti|binte|ibn|al|el|y|a\/l|a\/p|s\/o|d\/o)){1,4}$`,
  'u',
);
const NOT_NAME_WORDS =
  /(?:简历|个人|resume|curriculum|vitae|profile|联系|电话|邮箱|email|phone|求职|意向|工程师|经理|engineer|manager|developer|designer|analyst|university|大学|公司|summary|objective|experience|education|skills)/iu;
/** Headings and labels that look like a 2-4 character Chinese name ("个人简历", "姓名", "基本信息"). */
const NOT_CHINESE_NAME = /(?:简历|履历|姓名|个人|信息|资料|联系|求职|意向|经历|经验|背景|教育|技能|评价|证书|项目|工作|照片)/u;
/** An officer's rank before a name, as a retired officer's resume heads it: "Lt Col", "Maj.", "Capt", "Wg Cdr". */
const MILITARY_RANK =
  /^(?:(?:lt\.?|lieut\.?|brig\.?|maj\.?|gen\.?)\s*(?:col\.?|gen\.?|cdr\.?)|col\.?|maj\.?|capt\.?|cdr\.?|wg\.?\s*cdr\.?|sqn\.?\s*ldr\.?|flt\.?\s*lt\.?|colonel|major|captain|commander|lieutenant(?:\s+colonel|\s+commander)?|brigadier)\s+(?:\(retd\.?\)\s+)?(?=\p{Lu})/iu;
/** "(Retd)", "(Retired)", ", Retd." after a name. */
const RETIRED = /\s*(?:[(（]\s*ret(?:ire)?d\.?\s*[)）]|,\s*ret(?:ire)?d\.?)\s*$/iu;
/** Degrees, qualifications and memberships written after a name, in their own capitals ("NPQH", "MRICS", "PhD"). */
const POST_NOMINALS =
  /(?:[\s,]+(?:PhD|Ph\.D\.|DPhil|MBA|MA|MSc|MS|BSc|BA|BEng|MEng|BCom|MPhil|LLB|LLM|JD|MD|MBBS|RN|BSN|CPA|CFA|CMA|ACCA|FCCA|ACA|FCA|CIMA|ACMA|CIPD|MCIPD|FCIPD|MRICS|FRICS|NPQH|PMP|CEng|PEng|P\.Eng\.|PE|CISSP|SPHR|SHRM-CP|SHRM-SCP|FRCS|MRCP|FGA|DGA|FIA|FFA|FSA|ASA|FCAS|ACAS|FIAA|FIAI|CERA|CMLI|CTA|ATT|Esq\.?|QTS|PGCE|PGDE|BEd|MEd|MSW|DipHE|HND))+\s*$/u;
/** "(she/her)", "(they/them)" after a name. */
const PRONOUNS = /\s*[(（](?:he|she|they|ze|xe)\s*\/\s*\w+[)）]/iu;
/** A country or region after a city ("Seoul, South Korea"): a place, not a person. */
const PLACE =
  /\b(?:korea|china|germany|france|india|japan|singapore|kingdom|states|america|canada|australia|netherlands|switzerland|sweden|spain|italy|ireland|zealand|kong|taiwan|usa|uk)\b/iu;
/**
 * "MÜLLER, Jonas", "PARK, Ji-woo", "O'BRIEN, Mary K.": the family name in capitals, a comma, the given names; a Scottish
 * or Irish family name's Mc or Mac as written ("McINNES, Callum").
 */
const LAST_FIRST =
  /^((?:Mc|Mac)?\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2})\s*,\s*(\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)?(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.))*)$/u;
/** "Lefebvre, Amanda", "Van der Berg, Daan": LAST_FIRST with the family name in its own case. */
const TITLE_CASE_LAST_FIRST =
  /^((?:(?:van|von|de|der|den|du|la|le|da|di|dos|del|Van|Von|De|Der|Du|La|Le|Da|Di|Del)\s+){0,2}\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)\s*,\s*(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?)$/u;

const COMMON_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]);

function nameCandidate(raw: string): { value: string; confidence: number } | null {
  const text = raw
    .normalize('NFKC')
    .replace(/^[#*\s]+|[*\s]+$/g, '')
    // "Dr. Jane Doe", "Alex Kim (they/them)": a form of address and pronouns are not part of the name, and neither is
    // an officer's rank nor its retirement ("Lt Col Vikram Singh Rathore (Retd)", "Maj. (Retd) Ann Lee").
    .replace(/^(?:dr|mr|mrs|ms|miss|mx|prof)\.?\s+(?=\p{Lu})/iu, '')
    .replace(MILITARY_RANK, '')
    .replace(RETIRED, '')
    .replace(PRONOUNS, '')
    // "陳大文 MHKIS RPS(GP)", "王明 CPA": a Chinese name's letters in capitals after it (a name in Latin letters beside it,
    // "王蕾 Lei Wang", is no capitals).
    .replace(/(?<=^[\u4e00-\u9fff·]{2,4})(?:\s+[A-Z]{2,8}(?:\([A-Z]{1,4}\))?)+$/u, '')
    // "Kanokwan Srisuk (Ploy)", "Chan Tai Man (Peter)": the name a person goes by, after the two names of the full one.
    .replace(/(?<=^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*[(（]\p{Lu}\p{Ll}{1,14}[)）]\s*$/u, '')
    // "DEBORAH HUGHES NPQH, MA", "Priya Nair, CPA": the letters after a name, when two names stay before them.
    .replace(POST_NOMINALS, (letters, at: number, whole: string) => (whole.slice(0, at).trim().split(/\s+/u).length >= 2 ? '' : letters))
    // "PARK Ji-hoon (박지훈)", "Sato Yuki (佐藤 ゆき)": the name in Hangul or kana beside it is not a form Looma keeps.
    .replace(
      /\s*[(（][\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\s]*[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}][\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\s]*[)）]\s*$/u,
      '',
    )
    // "Takahashi Ryo (高橋 涼)": a Japanese name in kanji, family and given name a space apart, after its Latin form.
    .replace(/(?<=[A-Za-z])\s*[(（]\p{Script=Han}{1,4}\s\p{Script=Han}{1,4}[)）]\s*$/u, '')
    .trim();
  if (!text || (NOT_NAME_WORDS.test(text) && !CHINESE_NAME.test(text))) return null;
  if (NOT_CHINESE_NAME.test(text.replace(/\s+/g, '')) || PLACE.test(text)) return null;
  // Written family name first: read as the name is said, "Jonas Müller".
  const lastFirst = text.match(LAST_FIRST);
  if (lastFirst && lastFirst[1]!.length >= 2) {
    const [, mc, family] = /^((?:Mc|Mac)(?=\p{Lu}))?(.*)$/su.exec(lastFirst[1]!)!;
    return { value: `${lastFirst[2]} ${mc ?? ''}${withParticles(capitalized(family!))}`, confidence: 0.85 };
  }
  // "김민준": a Korean name, two to four syllables (not the word for a resume heading the page).
  if (/^[\uac00-\ud7a3]{2,4}$/u.test(text) && !/^(?:이력서|자기소개서)$/u.test(text) && !headerKind(text))
    return { value: text, confidence: 0.75 };
  // "山田 太郎": a Japanese name, its family name and given name a space apart, as written.
  if (/^[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3}$/u.test(text) && !headerKind(text)) return { value: text, confidence: 0.75 };
  if (DOTTED_CHINESE_NAME.test(text)) return { value: text, confidence: 0.9 };
  if (CHINESE_NAME.test(text) && text.length <= 4)
    return { value: text, confidence: COMMON_SURNAMES.has(text[0]!) || text.includes('·') ? 0.9 : 0.7 };
  if (LATIN_NAME.test(text) && !TITLE.test(text) && !headerKind(text)) {
    // "JOHN SMITH" is John Smith, "PARK Ji-hoon" Park Ji-hoon (a family name in capitals); an initial stays.
    const value = text.replace(/(?<![\p{L}'’-])\p{Lu}[\p{Lu}'’-]*\p{Lu}(?![\p{L}'’-])/gu, (word) => capitalized(word));
    return { value, confidence: 0.85 };
  }
  // "张伟 Wei Zhang", "周子健 Jason Zhou": the name as written, both forms (a recruiter, and the labelled outside
  // resumes, read it so); brackets around the second form go ("李娜（Lina Li）" is "李娜 Lina Li").
  // A romanised Korean given name keeps its hyphen ("朴贤宇 Park Hyun-woo").
  const zhFirst = text.match(/^([\u4e00-\u9fff·]{2,5})\s*[(（]?\s*([A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+(?:-[a-z]+)?){0,2})\s*[)）]?$/u);
  if (zhFirst && CHINESE_NAME.test(zhFirst[1]!)) return { value: `${zhFirst[1]} ${zhFirst[2]}`, confidence: 0.85 };
  // "Jason Zhou 周子健"; "Vivian 梁慧敏", an English given name alone before a Chinese name of a common surname.
  const enFirst = text.match(/^([A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){0,2})\s*[(（]?\s*([\u4e00-\u9fff·]{2,5})\s*[)）]?$/u);
  const givenOnly = enFirst !== null && !/\s/u.test(enFirst[1]!);
  if (enFirst && (!givenOnly || (CHINESE_NAME.test(enFirst[2]!) && COMMON_SURNAMES.has(enFirst[2]![0]!)))) {
    return { value: `${enFirst[1]} ${enFirst[2]}`, confidence: 0.8 };
  }
  return null;
}

/** Chinese, Korean and Vietnamese family names in Latin letters, which a name written family name first keeps first. */
const EAST_ASIAN_FAMILY_NAMES = new Set(
  `TAN LIM LEE NG WONG CHAN CHEN ZHANG WANG LI LIU YANG HUANG ZHAO WU ZHOU XU SUN MA ZHU HU GUO HE GAO LIN LUO ZHENG LIANG
  SONG TANG HAN FENG DENG CAO PENG ZENG XIAO TIAN DONG YUAN PAN YU JIANG CAI YE DU CHENG WEI SU LU DING REN SHEN YAO JIN
  CUI TAM HO YEO GOH KOH ONG TEO CHUA CHONG CHEW LOH LAU LAW LEUNG CHEUNG YEUNG KWOK FUNG TSANG CHIU CHOW YIP MAK SIU LAM
  PARK KIM CHOI JUNG KANG YOON CHO SHIN OH SEO HWANG AHN NGUYEN TRAN LE PHAM HOANG HUYNH VU VO DANG BUI DO`.split(/\s+/u),
);

/**
 * A family name's particles in lower case, as the name is written after a given name: Dutch and German ("VAN DER MEULEN,
 * Thijs" is Thijs van der Meulen, "DE JONG, Sanne" Sanne de Jong), Spanish ("DE LA CRUZ, María" María de la Cruz) and
 * Portuguese ("DOS SANTOS, João" João dos Santos, "DA SILVA" da Silva). Capitals lose how a Belgian writes them ("Van
 * den") and an Italian's "De" ("De Luca"); an Italian's "Di", a French "Le" or "La" and a Spanish or Italian "Del" alone
 * stay capitalised, as either is written.
 */
function withParticles(family: string): string {
  return family.replace(/\b(?:Van|Von|Der|Den|De(?:\sLa|\sLos|\sLas)?|Da|Dos|Ter|Ten|Zu|Vom|Zum)\s(?=\S)/gu, (particle) =>
    particle.toLowerCase(),
  );
}

/** "MÜLLER" → "Müller", "O'BRIEN" → "O'Brien", "PARK" → "Park". */
function capitalized(word: string): string {
  return word.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A labelled value's name: "王芳    性别：女" → 王芳; spaced out as forms print it, "王  芳" and "李 雷" → 王芳, 李雷
 * (single characters joined, at most four).
 */
function labelledValue(value: string): string {
  const tokens = value.trim().split(/\s+/);
  if (/^[\u4e00-\u9fff]$/u.test(tokens[0] ?? '')) {
    let joined = '';
    for (const token of tokens) {
      if (!/^[\u4e00-\u9fff]$/u.test(token) || joined.length >= 4) break;
      joined += token;
    }
    if (joined.length >= 2) return joined;
  }
  return value.split(/\s*[|｜,，]\s*|\s{2,}/)[0]!;
}

/** The slash of a Malaysian name's "son of" or "daughter of" (a/l, a/p, s/o, d/o), which parts nothing. */
const SON_OF = /(?<=\s)([asd])\/([lpo])(?=\s)/gu;

/** A label alone on its line, its value on the next ("姓名" / "郑一鸣": a table's label cell and value cell). */
const NAME_LABEL_ALONE = /^\s*(?:姓\s*名|氏\s*名|name|full name)\s*[:：]?\s*$/iu;

export function findName(text: string, headerLines: string[]): Scored<string | null> {
  const lines = text.split('\n').slice(0, 60);
  for (const [index, line] of lines.entries()) {
    const labelled = line.match(NAME_LABEL);
    const value = labelled?.[1] ?? (NAME_LABEL_ALONE.test(line) ? lines.slice(index + 1).find((l) => l.trim()) : undefined);
    if (value) {
      const candidate = nameCandidate(labelledValue(value));
      if (candidate) return { value: candidate.value, confidence: Math.min(0.98, candidate.confidence + 0.08) };
    }
  }
  const first = headerLines.find((line) => line.trim())?.trim() ?? '';
  // "Lefebvre, Amanda": the family name first in its own case, a comma, the given name, alone on the resume's first
  // line and naming no place ("Vancouver, BC").
  const turned = TITLE_CASE_LAST_FIRST.exec(first);
  if (turned && homeRegions(first).length === 0) {
    const candidate = nameCandidate(`${turned[2]} ${turned[1]}`);
    if (candidate) return candidate;
  }
  // "MARCHAL Bastien", "SATO Haruka": the family name in capitals before one given name, as French and Japanese resumes
  // write it, turned; a Chinese, Korean or Vietnamese family name stays first ("TAN Wei Ming").
  const capitalsFirst = /^(\p{Lu}[\p{Lu}'’-]+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(first);
  if (capitalsFirst && !EAST_ASIAN_FAMILY_NAMES.has(capitalsFirst[1]!)) {
    const candidate = nameCandidate(`${capitalsFirst[2]} ${capitalized(capitalsFirst[1]!)}`);
    if (candidate) return candidate;
  }
  for (const line of headerLines.slice(0, 8)) {
    if (!line.trim()) continue;
    // "MÜLLER, Jonas" holds the comma the parts are split on, "帕尔哈提·艾买提" the dot; "张  伟" is spaced out like a form's label.
    const whole = LAST_FIRST.test(line.trim())
      ? nameCandidate(line)
      : DOTTED_CHINESE_NAME.test(line.trim())
        ? nameCandidate(line)
        : /^\s*[\u4e00-\u9fff]\s+[\u4e00-\u9fff](?:\s|$)/u.test(line)
          ? nameCandidate(labelledValue(line))
          : null;
    if (whole) return whole;
    // "张伟 | 高级前端工程师 | 北京" — the name is the first part.
    // "Rajesh Kumar a/l Muniandy": the slash of a Malaysian name's "son of" (a/l, a/p, s/o, d/o) parts nothing.
    for (const part of line
      .replace(PRONOUNS, '')
      .replace(SON_OF, '$1\uE000$2')
      .split(/\s*[|｜/·•–—,，]\s*|\s{2,}|\s+-\s+/)
      .slice(0, 2)) {
      const candidate = nameCandidate(part.replace(/\uE000/gu, '/'));
      if (candidate) return candidate;
      // "FADI HADDAD Sales Manager", "NGUYEN THI THU HANG QC Supervisor": a name in capitals with the headline after it on
      // its line, the headline perhaps opening on its own capitals.
      const capitals = /^\s*((?:\p{Lu}[\p{Lu}'’.-]+\s+){1,3}\p{Lu}[\p{Lu}'’.-]+)\s+(?:\p{Lu}{2,5}\s+)?\p{Lu}\p{Ll}/u.exec(part)?.[1];
      const named = capitals ? nameCandidate(capitals) : null;
      if (named) return named;
    }
  }
  return { value: null, confidence: 0 };
}

/** The sidebar sections a profile export writes before its owner's name. */
const SIDEBAR_KINDS = new Set(['contact', 'skills', 'languages', 'certifications', 'other']);

/**
 * A profile exported from LinkedIn opens with its sidebar (Contact, Top Skills, Languages, Certifications) and writes
 * its owner's name, headline and place after it, just before Summary or Experience ("Jane Doe" / "Senior Financial
 * Analyst at Northwind" / "London, England, United Kingdom"). When the resume opens with a heading, a sidebar section
 * that ends in a name, at most two lines and a place is cut there: the block is the resume's header, not the
 * section's last items.
 */
export function withProfileBlock(sections: Section[]): Section[] {
  if (sections[0]?.lines.some((line) => line.trim())) return sections;
  const at = sections.findIndex((s, i) => SIDEBAR_KINDS.has(s.kind) && ['summary', 'experience'].includes(sections[i + 1]?.kind ?? ''));
  if (at < 0) return sections;
  const lines = sections[at]!.lines;
  const filled = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const last = filled.at(-1);
  if (last === undefined || last === filled[0]) return sections;
  const place = lines[last]!.trim();
  if (/\d/u.test(place) || place.length > 60 || homeRegions(place).length === 0) return sections;
  for (const start of filled.slice(-4, -1)) {
    if (!nameCandidate(lines[start]!)) continue;
    const header: Section = { kind: 'header', title: '', lines: lines.slice(start) };
    return [...sections.slice(0, at), { ...sections[at]!, lines: lines.slice(0, start) }, header, ...sections.slice(at + 1)];
  }
  return sections;
}
