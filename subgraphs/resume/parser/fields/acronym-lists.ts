/**
 * Acronyms and codes a bracket lists: "ILI data assessment (MFL, UT, EMAT)", "本地清算（ACH、SEPA、FPS）", "验证（IQ/OQ/PQ）".
 */
import { addWholeSkill, addWritten, type ListedSkill } from './listed-skills.ts';
import { CURRENCY_CODE, REGION_CODE } from './entry-parts.ts';

/** An acronym or a code: two capitals or more, digits and a hyphen among them ("SDTM", "PHQ-9", "M&E"). */
const CODE = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9&-]{1,7}$/u;
/** Countries and regions are places, not work ("(US, UK)", "(APAC, EMEA)"); so are currencies and states' codes. */
const PLACE_CODE = /^(?:US|USA|UK|EU|HK|SG|CN|PRC|UAE|APAC|EMEA|LATAM|ANZ)$/u;

/**
 * The acronyms and codes a bracket lists, two or more and nothing else, each an item: the methods, standards and
 * systems the work before the bracket used, named by their short names ("(CDASH, SDTM)", "（SCL-90、PHQ-9）"). A
 * taxonomy skill is that skill; an unknown code is noted as written. On every second dev resume: +0.01 F1.
 */
export function bracketedAcronyms(text: string): ListedSkill[] {
  const found = new Map<string, ListedSkill>();
  for (const [, inside] of text.matchAll(/[(（]([^()（）\n]{4,80})[)）]/gu)) {
    const items = inside!.split(/\s*(?:[,，、/／]|和|与|及)\s*|\s+(?:and|or|&)\s+/u).map((item) => item.trim());
    if (items.length < 2 || !items.every((item) => CODE.test(item) && !PLACE_CODE.test(item) && !CURRENCY_CODE.test(item))) continue;
    // A state's code spells an acronym too (UT, CT, PE): only a list of them all is of places.
    if (items.every((item) => REGION_CODE.test(item))) continue;
    for (const item of items) if (!addWholeSkill(found, item)) addWritten(found, item);
  }
  return [...found.values()];
}
