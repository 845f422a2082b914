/** Spoken languages: the languages field, and what a skills list must not take for a skill. */
import type { ResumeLanguage } from '../types.ts';

const LANGUAGES: [string, RegExp][] = [
  ['English', /(?:英语|英文|\b(?:english|cet-?[46]|ielts|toefl|tem-?[48])\b|雅思|托福|专业[四八]级)/iu],
  ['Mandarin', /(?:普通话|国语|\bmandarin\b|(?<!traditional |simplified )\bchinese\b|中文)/iu],
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
];
const LEVEL =
  /(?:cet-?[46](?:\s*\d{3})?|ielts\s*\d(?:\.\d)?|雅思\s*\d(?:\.\d)?|toefl\s*\d{2,3}|托福\s*\d{2,3}|tem-?[48]|专业[四八]级|jlpt\s*n[1-5]|n[1-5]|native|母语|fluent|流利|熟练|proficient|professional working proficiency|business|conversational|basic|intermediate|advanced|精通|良好|一般|c[12]|b[12])/iu;

/** Languages from the languages section, and certificates (CET-6, IELTS …) anywhere. */
export function findLanguages(languageLines: string[], text: string): ResumeLanguage[] {
  const found = new Map<string, ResumeLanguage>();
  const scan = (line: string, confidence: number) => {
    for (const clause of line.split(/[,，;；、|｜]|\s{2,}/)) {
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
  for (const line of text.split('\n')) if (/(?:cet-?[46]|ielts|雅思|toefl|托福|tem-?[48]|jlpt)/i.test(line)) scan(line, 0.75);
  return [...found.values()];
}

/** Levels a language item may state alone ("Mandarin (Conversational)" → the level is no skill either). */
const LEVEL_WORD = /(?:母语|流利|\b(?:native|fluent|bilingual|conversational|business level|working proficiency)\b)/iu;

/** Whether text names a spoken language, its certificate or a level of one ("英语 CET-6", "Mandarin (Conversational)"). */
export function namesSpokenLanguage(text: string): boolean {
  return LEVEL_WORD.test(text) || LANGUAGES.some(([, pattern]) => pattern.test(text));
}
