/**
 * A title and what the job was on one line ("Senior Data Engineer: built the lakehouse on Spark."): the title is split
 * onto a header line of its own, so that entries.ts reads it as a header and the rest as the description.
 */
import { findDateRanges } from './dates.ts';
import { companyScore, isCountry, isKnownCity, isPlace, isWorldRegion, titleScore } from './entry-parts.ts';
import { LABEL } from './form-labels.ts';
import { isBullet, JOINED_COMMA, JOINED_SPACE } from './segments.ts';

/**
 * "Senior Data Engineer: built the lakehouse on Spark." — a title, a colon and what the job was: the title
 * stays on its line (a header), the description goes to the next. Labels ("职位：…", "Title: …") are not split.
 */
const TITLE_WITH_DESCRIPTION = /^(\s*[^:：]{2,96}?)\s*[:：]\s+(\S.{8,})$/u;
/**
 * How long a title before its colon may be, unless it is a short title and a dash before the rest ("Auszubildender –
 * Fachkraft für Kurier-, Express- und Postdienstleistungen: …", a German trade's full name).
 */
const TITLE_HEAD_LENGTH = 64;
const isTitleBeforeDash = (head: string) => {
  const [first, ...rest] = head.split(/\s[-–—]\s/u);
  return rest.length > 0 && first!.length <= 32 && titleScore(first!) === 2;
};

/** Capitals with their full stops: "U.S.", "U.K.". */
const INITIALISM = /\b(?:\p{Lu}\.){2,}/gu;

/**
 * A role no title word marks, written in capitals before its description ("Senior Florist: Make 40-60 bouquets…",
 * "Community Mobilizer: Awareness sessions…", "Shipper / Receiver (Temp): received…"): two to five capitalised words, a
 * slash, an ampersand or a bracketed note among them. Not a label of what follows ("Key Achievements:", "Industry:").
 */
const ROLE_HEAD = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|[/&–-]|of|and|\([^()]{2,20}\))){1,4}$/u;
const NOT_ROLE_HEAD =
  /\b(?:achievements?|responsibilities|duties|highlights?|skills?|tools?|projects?|clients?|summary|tasks?|scope|role|focus|results?|impact|tech(?:nologies)?|stack|environment|key|main|notable|selected|awards?|note|reason|languages?)\b/iu;

/**
 * A title's unit after a comma or a dash, before the colon its description follows ("Actuary, Group Benefits Pricing:
 * pricing of …", "Senior Software Developer, 5G RAN: …", "Executive Team Leader – Logistics: …") or the country it
 * covers ("Key Account Manager, Ireland: …"): part of the title, no employer or town of its own.
 */
function withTitleUnit(head: string, datedAbove: boolean): string {
  // Or after a dash ("Executive Team Leader – Logistics: truck unload …"), the dash kept.
  const dash = head.includes(',') ? null : /\s+([-–—])\s+/u.exec(head)?.[1];
  const [title, unit, ...more] = head.split(dash ? /\s+[-–—]\s+/u : /,\s+/u);
  // Under a dated header the employer is named already: a unit a word of business ends ("Health Information Systems",
  // "Group Benefits Pricing") is the title's too; only a legal form or a known employer makes it an employer.
  const employer = companyScore(unit ?? '') > (datedAbove ? 1 : 0);
  if (!unit || more.length > 0 || titleScore(title!) === 0 || employer || titleScore(unit) > 0) return head;
  // A country or a region of the world is the market the role covers ("Key Account Manager, Ireland: …", "Regional Sales
  // Manager, West Africa: …"); a town or a state is where it was held.
  if ((!isCountry(unit) && !isWorldRegion(unit) && (isPlace(unit) || isKnownCity(unit))) || unit.split(/\s+/u).length > 5) return head;
  return dash ? `${title}${JOINED_SPACE}${dash}${JOINED_SPACE}${unit}` : `${title}${JOINED_COMMA} ${unit}`;
}

export function splitTitleDescriptions(lines: string[]): string[] {
  const out: string[] = [];
  /** Where the last split's description is in out, while it may still run on (a PDF wraps it onto the next line). */
  let open = -1;
  for (const line of lines) {
    if (!line.trim()) {
      out.push(line);
      continue;
    }
    if (open >= 0 && /^[a-z\d(]|^[A-Z][\w.]*[.]$/u.test(line.trim()) && findDateRanges(line).length === 0 && line.trim().length <= 60) {
      out[open] = `${out[open]!} ${line.trim()}`;
      if (/[.。!?；;]$/u.test(line.trim())) open = -1;
      continue;
    }
    open = -1;
    const m = line.match(TITLE_WITH_DESCRIPTION);
    const head = m?.[1]!.trim() ?? '';
    if (
      !m ||
      LABEL.test(line) ||
      isBullet(line) ||
      findDateRanges(head).length > 0 ||
      (head.length > TITLE_HEAD_LENGTH && !isTitleBeforeDash(head)) ||
      // A sentence's stop, not an initialism's ("Senior Consignment Director, U.S. Coins: …").
      /[。.!?]/.test(head.replace(INITIALISM, '')) ||
      (titleScore(head) <= companyScore(head) && !(companyScore(head) === 0 && ROLE_HEAD.test(head) && !NOT_ROLE_HEAD.test(head)))
    ) {
      out.push(line);
      continue;
    }
    const above = out.findLast((text) => text.trim());
    out.push(withTitleUnit(head, above !== undefined && findDateRanges(above).length > 0), m[2]!);
    if (!/[.。!?；;]$/u.test(m[2]!.trim())) open = out.length - 1;
  }
  return out;
}
