/** Spoken languages: the languages field, and what a skills list must not take for a skill. */
import { toSimplified } from '../../../../taxonomy/chinese-script.ts';
import type { ResumeLanguage } from '../types.ts';

/**
 * After a language's name that is also an everyday word (Polish, Czech, Finnish): what makes it the language, the line's
 * end, a bracket or list mark, or a level ("Polish (native)", "Polish, English"), not "Polish car detailing".
 */
const AS_LANGUAGE = String.raw`(?= *(?:$|[(（,，;；/|-]|\b(?:native|fluent|language|[abc][12])\b))`;

const LANGUAGES: [string, RegExp][] = [
  ['English', /(?:英语|英文|\b(?:english|cet-?[46]|ielts|toefl|toeic|tem-?[48]|bec)\b|雅思|托福|托业|多益|专业[四八]级)/iu],
  ['Mandarin', /(?:普通话|国语|汉语水平考试|\bmandarin\b|\bhsk(?![a-z])|(?<!traditional |simplified )\bchinese\b|中文)/iu],
  ['Cantonese', /(?:粤语|广东话|\bcantonese\b)/iu],
  ['Japanese', /(?:日语|日文|\b(?:japanese|jlpt)\b|n[12]级)/iu],
  ['Korean', /(?:韩语|韩文|\b(?:korean|topik)\b)/iu],
  ['French', /(?:法语|\b(?:french|delf|dalf)\b)/iu],
  ['German', /(?:德语|\b(?:german|testdaf)\b)/iu],
  ['Spanish', /(?:西班牙语|\b(?:spanish|dele)\b)/iu],
  ['Russian', /(?:俄语|\brussian\b)/iu],
  ['Italian', /(?:意大利语|\bitalian\b)/iu],
  ['Portuguese', /(?:葡萄牙语|\bportuguese\b)/iu],
  ['Arabic', /(?:阿拉伯语|\barabic\b)/iu],
  ['Hindi', /(?:印地语|\bhindi\b)/iu],
  ['Dutch', /(?:荷兰语|\bdutch\b)/iu],
  ['Polish', new RegExp(String.raw`(?:波兰语|\bpolish${AS_LANGUAGE})`, 'iu')],
  ['Turkish', /(?:土耳其语|\bturkish\b)/iu],
  ['Vietnamese', /(?:越南语|\bvietnamese\b)/iu],
  ['Thai', /(?:泰语|\bthai\b)/iu],
  ['Malay', /(?:马来语|\b(?:malay|bahasa melayu|bahasa malaysia)\b)/iu],
  ['Indonesian', /(?:印尼语|印度尼西亚语|\b(?:indonesian|bahasa indonesia)\b)/iu],
  ['Filipino', /(?:菲律宾语|\b(?:filipino|tagalog)\b)/iu],
  ['Swedish', /(?:瑞典语|\bswedish\b)/iu],
  ['Greek', /(?:希腊语|\bgreek\b)/iu],
  ['Hebrew', /(?:希伯来语|\bhebrew\b)/iu],
  ['Persian', /(?:波斯语|\b(?:persian|farsi)\b)/iu],
  ['Urdu', /(?:乌尔都语|\burdu\b)/iu],
  ['Bengali', /(?:孟加拉语|\b(?:bengali|bangla)\b)/iu],
  ['Tamil', /(?:泰米尔语|\btamil\b)/iu],
  ['Telugu', /(?:泰卢固语|\btelugu\b)/iu],
  ['Marathi', /(?:马拉地语|\bmarathi\b)/iu],
  ['Gujarati', /(?:古吉拉特语|\bgujarati\b)/iu],
  ['Kannada', /(?:卡纳达语|\bkannada\b)/iu],
  ['Malayalam', /(?:马拉雅拉姆语|\bmalayalam\b)/iu],
  ['Punjabi', /(?:旁遮普语|\bpunjabi\b)/iu],
  ['Nepali', /(?:尼泊尔语|\bnepali\b)/iu],
  ['Sinhala', /(?:僧伽罗语|\bsinhal(?:a|ese)\b)/iu],
  ['Swahili', /(?:斯瓦希里语|\b(?:swahili|kiswahili)\b)/iu],
  ['Yoruba', /(?:约鲁巴语|\byoruba\b)/iu],
  ['Igbo', /(?:伊博语|\bigbo\b)/iu],
  ['Hausa', /(?:豪萨语|\bhausa\b)/iu],
  ['Amharic', /(?:阿姆哈拉语|\bamharic\b)/iu],
  ['Czech', new RegExp(String.raw`(?:捷克语|\bczech${AS_LANGUAGE})`, 'iu')],
  ['Romanian', /(?:罗马尼亚语|\bromanian\b)/iu],
  ['Hungarian', /(?:匈牙利语|\bhungarian\b)/iu],
  ['Danish', /(?:丹麦语|\bdanish\b)/iu],
  ['Norwegian', /(?:挪威语|\bnorwegian\b)/iu],
  ['Finnish', new RegExp(String.raw`(?:芬兰语|\bfinnish${AS_LANGUAGE})`, 'iu')],
  ['Afrikaans', /(?:南非荷兰语|\bafrikaans\b)/iu],
  ['Ukrainian', /(?:乌克兰语|\bukrainian\b)/iu],
  ['Irish', /(?:爱尔兰语|\b(?:irish|gaeilge)\b)/iu],
  ['Shanghainese', /(?:上海话|沪语|\bshanghainese\b)/iu],
  ['Hokkien', /(?:闽南语|闽南话|\b(?:hokkien|minnan)\b)/iu],
];
const LEVEL =
  /(?:cet-?[46](?:\s*\d{3})?|ielts\s*\d(?:\.\d)?|雅思\s*\d(?:\.\d)?|toefl\s*\d{2,3}|托福\s*\d{2,3}|tem-?[48]|专业[四八]级|jlpt\s*n[1-5]|n[1-5]|native or bilingual|native|母语|fluent|流利|熟练|proficient|(?:full professional|professional working|limited working|elementary)(?: proficiency)?|business|conversational|basic|intermediate|advanced|精通|良好|一般|c[12]|b[12])/iu;

/** A line that a language label opens, anywhere in the resume ("Languages: …", "Bilingual: English / Spanish", 外语：…). */
const LANGUAGE_LABEL =
  /^[\s•·●▪*-]*(?:(?:spoken )?languages?(?: known)?|bilingual|trilingual|multilingual|语言(?:能力)?|外语(?:能力|水平)?)\s*[:：]\s*/iu;
/** A certificate of a language, counted wherever it is written. */
const CERTIFICATE = /(?:cet-?[46]|ielts|雅思|toefl|托福|toeic|托业|多益|hsk|tem-?[48]|jlpt|英语[四六八]级|专业[四八]级)/iu;

/**
 * Languages from the languages section, a line a language label opens, a skills list's items that are wholly a
 * spoken language ("German (native), English (C1)"), and certificates (CET-6, 英语六级, IELTS …) anywhere.
 */
export function findLanguages(languageLines: string[], text: string, skillLines: string[] = []): ResumeLanguage[] {
  const found = new Map<string, ResumeLanguage>();
  const scan = (line: string, confidence: number) => {
    for (const clause of line.split(/[,，;；、|｜/／]|\s{2,}|\s+(?:and|&)\s+/iu)) {
      for (const [language, pattern] of LANGUAGES) {
        if (!pattern.test(clause)) continue;
        const level = clause.match(LEVEL)?.[0] ?? null;
        const existing = found.get(language);
        if (!existing || (existing.level === null && level) || existing.confidence < confidence) {
          found.set(language, {
            language,
            level: level ?? existing?.level ?? null,
            confidence: Math.max(confidence, existing?.confidence ?? 0),
          });
        }
        break;
      }
    }
  };
  for (const line of languageLines) scan(line, 0.9);
  for (const line of text.split('\n')) {
    const label = line.match(LANGUAGE_LABEL);
    if (label) scan(line.slice(label[0].length), 0.85);
    else if (CERTIFICATE.test(line)) scan(line, 0.75);
  }
  for (const line of skillLines) {
    const items = line.replace(/^[^:：]{1,24}[:：]/u, '').split(/[,，;；、|｜/／]|\s{2,}/u);
    for (const item of items) if (spokenLanguageOf(item)) scan(item, 0.8);
  }
  return [...found.values()];
}

/** Levels a language item may state alone ("Mandarin (Conversational)" → the level is no skill either). */
const LEVEL_WORD = /(?:母语|流利|\b(?:native|fluent|bilingual|conversational|business level|working proficiency)\b)/iu;

/** What a language item may say besides its language: levels, scores, certificate words ("英语六级", "TOEIC 915", "English (C1)"). */
const LEVEL_NOISE =
  /[\d\s\p{P}\p{S}]|(?<=\d)级|[一二三四五六七八九十]级|[甲乙丙]等|水平|证书|考试|口语|书面|读写|听说|\b(?:level|score|certificate|spoken|written|preliminary|vantage|higher)\b/giu;

/**
 * The spoken language a whole item is, with its level or certificate and nothing else ("英语六级" → English,
 * "Spanish (conversational)" → Spanish), or null ("English teaching", "对外汉语" are skills).
 */
export function spokenLanguageOf(written: string): string | null {
  // Traditional characters are read as simplified ones (粵語, 英語六級).
  const text = toSimplified(written);
  for (const [language, pattern] of LANGUAGES) {
    if (!pattern.test(text)) continue;
    const rest = text.replace(new RegExp(pattern.source, 'giu'), '').replace(new RegExp(LEVEL.source, 'giu'), '').replace(LEVEL_WORD, '');
    return rest.replace(LEVEL_NOISE, '') === '' ? language : null;
  }
  return null;
}

/** Whether a whole item is a spoken language with its level ("英语流利") or a language certificate alone ("CET-6", "IELTS 7.5"). */
export function isLanguageItem(written: string): boolean {
  return spokenLanguageOf(written) !== null || new RegExp(`^(?:${CERTIFICATE.source})[\\s\\d.\\-/]*$`, 'iu').test(written.trim());
}

/** Whether text names a spoken language, its certificate or a level of one ("英语 CET-6", "Mandarin (Conversational)"). */
export function namesSpokenLanguage(written: string): boolean {
  const text = toSimplified(written);
  return LEVEL_WORD.test(text) || LANGUAGES.some(([, pattern]) => pattern.test(text));
}
