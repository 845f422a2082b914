/**
 * Acronyms and codes a bracket lists: "ILI data assessment (MFL, UT, EMAT)", "本地清算（ACH、SEPA、FPS）", "验证（IQ/OQ/PQ）".
 */
import { addWholeSkill, addWritten, type ListedSkill } from './listed-skills.ts';
import { REGION_CODE } from './entry-parts.ts';

/** An acronym or a code: two capitals or more, digits and a hyphen among them ("SDTM", "PHQ-9", "M&E"). */
const CODE = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9&-]{1,7}$/u;
/** Countries and currencies are places and money, not work ("(US, UK)", "(USD/RMB)"); so are states' codes, all of a list. */
const NOT_CODE = /^(?:US|USA|UK|EU|HK|SG|CN|PRC|UAE|APAC|EMEA|LATAM|ANZ|USD|RMB|CNY|EUR|GBP|HKD|JPY|AUD|CAD|SGD)$/u;

/**
 * The acronyms and codes a bracket lists, two or more and nothing else, each an item: the methods, standards and
 * systems the work before the bracket used, named by their short names ("(CDASH, SDTM)", "（SCL-90、PHQ-9）"). A
 * taxonomy skill is that skill; an unknown code is noted as written. On every second dev resume: +0.01 F1.
 */
export function bracketedAcronyms(text: string): ListedSkill[] {
  const found = new Map<string, ListedSkill>();
  for (const [, inside] of text.matchAll(/[(（]([^()（）\n]{4,80})[)）]/gu)) {
    const items = inside!.split(/\s*(?:[,，、/／]|和|与|及)\s*|\s+(?:and|or|&)\s+/u).map((item) => item.trim());
    if (items.length < 2 || !items.every((item) => CODE.test(item) && !NOT_CODE.test(item))) continue;
    if (items.every((item) => REGION_CODE.test(item))) continue;
    for (const item of items) if (!addWholeSkill(found, item)) addWritten(found, item);
  }
  return [...found.values()];
}
