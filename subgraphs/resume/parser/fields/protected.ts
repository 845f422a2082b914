/**
 * Protected attributes (issue 14): gender, age and birth date, marital status, ethnicity, nationality and national
 * origin (国籍, state of origin), 籍贯/户口, family (a father's or spouse's name), religion, political affiliation, photo,
 * health. Resumes in China often list them under 基本信息; the parser reads the
 * profile fields from the text without them, so none can reach the name, the location, the skills or an entry.
 */

const LABEL = String.raw`(?:性[别別]|年[龄齡]|出生(?:年月|日期|年份|地)?|生日|婚姻(?:[状狀][况況]|情[况況])?|婚否|婚育(?:[状狀][况況]|情[况況])?|生育(?:[状狀][况況]|情[况況])?|子女(?:[状狀][况況]|情[况況])?|家庭(?:[状狀][况況]|情[况況])|民族|籍[贯貫]|[户戶]口(?:所在地|性[质質])?|[户戶]籍(?:所在地)?|生源地|宗教(?:信仰)?|信仰|政治面[貌]|[党黨]派|[党黨][员員]|健康(?:[状狀][况況]|情[况況])?|身[体體](?:[状狀][况況]|情[况況])|身高|[体體][重]|血型|照片|相片|gender|sex|age|date of birth|d\.?o\.?b\.?|birth ?date|birthday|marital(?: status)?|family status|children|ethnicity|race|native place|hometown|home town|place of (?:origin|birth)|birth ?place|hukou|household registration|religion|political (?:affiliation|status)|party (?:membership|affiliation)|health(?: status| condition)?|photo|国籍|nationality|citizenship|state of origin|(?:father|mother|spouse)(?:['’]?s)?(?: name| occupation)?|husband['’]?s name|wife['’]?s name)`;
/** "性别：女", "Date of birth: 1990-08-12": a protected label with its value. */
const LABELLED = new RegExp(String.raw`^\s*${LABEL}\s*[:：]`, 'iu');
/** "性别" alone on its line: a table cell, its value in the next cell (the next line). */
const LABEL_ONLY = new RegExp(String.raw`^\s*${LABEL}\s*[:：]?\s*$`, 'iu');
const SEGMENT = /\s*[|｜]\s*|\s{2,}|\t/u;

/** The text with every protected label and its value removed; lines stay where they were (emptied if nothing else is left). */
export function withoutProtectedAttributes(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let dropValue = false;
  for (const line of lines) {
    if (dropValue && line.trim()) {
      dropValue = false;
      if (line.trim().length <= 16 && !/[:：]/.test(line) && !/@|\d{7,}/.test(line)) {
        out.push('');
        continue;
      }
    }
    if (LABEL_ONLY.test(line)) {
      dropValue = true;
      out.push('');
      continue;
    }
    const segments = line.split(SEGMENT);
    const kept = segments.filter((segment) => !LABELLED.test(segment));
    out.push(kept.length === segments.length ? line : kept.join('  '));
  }
  return out.join('\n');
}
