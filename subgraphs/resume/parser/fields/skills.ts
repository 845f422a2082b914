/** Skills (through the taxonomy) and spoken languages. */
import { skillTaxonomy } from '../../../../taxonomy/taxonomy.ts';
import type { ResumeLanguage, ResumeSkill } from '../types.ts';
import { listedSkills, withoutCategoryLabels } from './listed-skills.ts';
import { taskPhrases } from './task-phrases.ts';

/** A term before "client", "sector", 行业 … names a line of business, not a skill ("a retail banking client"). */
const DOMAIN_OF = /^\s*(?:clients?|customers?|sectors?|industry|industries|firms?|行业|客户)\b/iu;

/**
 * Skills from the skills section (sure), items of it the taxonomy does not know (as written, `text:` ids), then
 * mentions elsewhere (less sure, ambiguous ones need context).
 */
export function findResumeSkills(skillLines: string[], otherText: string): ResumeSkill[] {
  const taxonomy = skillTaxonomy();
  const byId = new Map<string, ResumeSkill>();
  const add = (mentions: ReturnType<typeof taxonomy.findSkills>, confidence: number) => {
    for (const { skill, match } of mentions) {
      if ((byId.get(skill.id)?.confidence ?? 0) >= confidence) continue;
      byId.set(skill.id, { id: skill.id, name: skill.name, nameZh: skill.nameZh, match, confidence });
    }
  };
  add(taxonomy.findSkills(withoutCategoryLabels(skillLines).join('\n'), { isSkillList: true }), 0.9);
  for (const { id, name, written, skill } of listedSkills(skillLines)) {
    if (byId.has(id)) continue;
    byId.set(
      id,
      skill
        ? { id, name, nameZh: skill.nameZh, match: written, confidence: 0.9 }
        : { id, name, nameZh: name, match: name, confidence: 0.8 },
    );
  }
  for (const { id, name } of taskPhrases(otherText)) {
    if (!byId.has(id)) byId.set(id, { id, name, nameZh: name, match: name, confidence: 0.5 });
  }
  add(
    taxonomy.findSkills(otherText, { isProse: true }).filter((m) => !DOMAIN_OF.test(otherText.slice(m.end, m.end + 16))),
    0.6,
  );
  return [...byId.values()].sort((a, b) => b.confidence - a.confidence);
}

const LANGUAGES: [string, RegExp][] = [
  ['English', /(?:英语|英文|english|cet-?[46]|ielts|雅思|toefl|托福|tem-?[48]|专业[四八]级)/iu],
  ['Mandarin', /(?:普通话|国语|mandarin|(?<!traditional |simplified )chinese\b|中文)/iu],
  ['Cantonese', /(?:粤语|广东话|cantonese)/iu],
  ['Japanese', /(?:日语|日文|japanese|jlpt|n[12]级)/iu],
  ['Korean', /(?:韩语|韩文|korean|topik)/iu],
  ['French', /(?:法语|french|delf|dalf)/iu],
  ['German', /(?:德语|german|testdaf)/iu],
  ['Spanish', /(?:西班牙语|spanish|dele)/iu],
  ['Russian', /(?:俄语|russian)/iu],
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
