/**
 * Contact details: e-mail addresses, telephone numbers (mainland mobiles and landlines, and
 * international numbers, normalised to E.164 with libphonenumber-js) and profile links.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { ResumeLink, Scored } from '../types.ts';
import { DATE_RANGE_PATTERN } from './dates.ts';

/** An e-mail address, and one found alone. */
const ADDRESS = String.raw`[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`;
const EMAIL = new RegExp(String.raw`(?<![\w.+-])${ADDRESS}(?![\w])`, 'giu');
const EMAIL_WHOLE = new RegExp(`^${ADDRESS}$`, 'iu');

/**
 * An e-mail address a PDF's narrow column wrapped, the rest alone on the next line, maybe after a blank one: after the
 * @ or a hyphen ("fiona.macleod@taighmor-" / "skye.co.uk"), or anywhere in a domain not yet whole ("…@gmail.co" / "m",
 * "…@outlook.com." / "au", "…@lowcountrylacewedding" / "s.com"). The rest is in lower case, no word of a sentence; a
 * domain that ends whole (".com", ".co.uk") takes no line after it.
 */
const WRAPPED_EMAIL = /(?<![\w.+-])([\w.+-]+@[A-Za-z0-9.-]*)[ \t]*\n(?:[ \t]*\n)?[ \t]*([a-z0-9][a-z0-9.-]{0,29})(?=[ \t]*(?:\n|$))/gu;
/** A domain's last label that ends an address whole: a generic one or a country's. */
const WHOLE_DOMAIN =
  /\.(?:com|net|org|edu|gov|mil|int|info|biz|io|ai|app|dev|me|cn|hk|tw|jp|kr|sg|my|ph|th|vn|id|in|pk|ae|sa|qa|il|tr|ru|ua|pl|cz|hu|ro|gr|de|at|ch|fr|be|nl|lu|es|pt|it|ie|uk|is|no|se|dk|fi|ee|lv|lt|us|ca|mx|br|ar|cl|pe|za|ng|ke|eg|au|nz)$/iu;

/** The text with every wrapped e-mail address joined again. */
export const withEmailsJoined = (text: string) =>
  text.replace(WRAPPED_EMAIL, (whole, head: string, rest: string) => {
    const domain = head.slice(head.indexOf('@') + 1);
    const joined = `${head}${rest}`;
    return !WHOLE_DOMAIN.test(domain) && EMAIL_WHOLE.test(joined) ? joined : whole;
  });

export function findEmails(text: string): Scored<string>[] {
  const seen = new Set<string>();
  const emails: Scored<string>[] = [];
  for (const m of withEmailsJoined(text.normalize('NFKC')).matchAll(EMAIL)) {
    const email = m[0].replace(/^[.]+|[.]+$/g, '').toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    const labelled = /(?:邮箱|电子邮件|e-?mail|mail)\s*[:：]?\s*$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
    emails.push({ value: email, confidence: labelled ? 0.99 : 0.95 });
  }
  return emails;
}

// A run of digits with the separators numbers are written with; validated by libphonenumber-js.
const PHONE_CANDIDATE = /(?<![\w@/.])(?:\+|00)?\(?\d[\d\s().\-–]{5,20}\d(?:\s*(?:ext\.?|x|转)\s*\d{1,5})?(?![\w@])/giu;
const PHONE_LABEL = /(?:电话|手机|联系方式|tel|phone|mobile|cell|whatsapp|wechat|微信)\s*(?:号码)?\s*[:：]?\s*$/i;
/** A whole candidate that is a date (2019-07-15, 2019.7.1), not a number. */
const DATE_LIKE = /^(?:19|20)\d{2}\s*[./年-]\s*\d{1,2}(?:\s*[./月-]\s*\d{1,2})?\s*$/;

/**
 * The numbers in the text, in E.164. `home` gives the regions the resume places its writer in: asked only when a
 * number is written without its country code, and tried before the defaults (mainland China first for a Chinese
 * resume, else the United States, China and the United Kingdom).
 */
export function findPhones(text: string, preferChina: boolean, home: () => CountryCode[] = () => []): Scored<string>[] {
  // Blank date ranges (same length) so "2015.09 - 2019.06" is never read as a number.
  const source = text.normalize('NFKC').replace(DATE_RANGE_PATTERN, (range) => ' '.repeat(range.length));
  let regions: CountryCode[] | undefined;
  const regionsToTry = () =>
    (regions ??= [...new Set<CountryCode>([...home(), ...((preferChina ? ['CN', 'US'] : ['US', 'CN', 'GB']) as CountryCode[])])]);
  const seen = new Set<string>();
  const phones: Scored<string>[] = [];
  for (const m of source.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0].trim();
    const digits = raw.replace(/\s*(?:ext\.?|x|转)\s*\d{1,5}$/i, '').replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE_LIKE.test(raw) && !raw.startsWith('+')) continue;
    const e164 = toE164(raw, digits, regionsToTry);
    if (!e164 || seen.has(e164)) continue;
    seen.add(e164);
    const labelled = PHONE_LABEL.test(source.slice(Math.max(0, m.index - 14), m.index));
    phones.push({ value: e164, confidence: labelled ? 0.98 : 0.9 });
  }
  return phones;
}

/** A North American number as North America writes it: "(202) 555-0147", "(416) 555 0199". */
const NORTH_AMERICAN_LAYOUT = /^\([2-9]\d{2}\)\s?[2-9]\d{2}[-.\s]\d{4}$/u;

function toE164(raw: string, digits: string, regions: () => CountryCode[]): string | null {
  // Extensions ("转 123", "ext. 12") are not part of the E.164 number.
  const cleaned = raw
    .replace(/\s*(?:ext\.?|x|转)\s*\d{1,5}$/i, '')
    .replace(/[–]/g, '-')
    .replace(/^00/, '+');
  // A country code written apart ("+1 312 555 0147", "+44 (0)20 …") is the number's: an American 312 number is no
  // mainland 131 mobile.
  if (/^\+\d{1,3}[\s(.-]/.test(cleaned)) {
    const parsed = parsePhoneNumberFromString(cleaned);
    if (parsed?.isValid()) return parsed.number;
  }
  // An 11-digit number starting 13–19 is a mainland mobile whatever else the text suggests.
  if (/^1[3-9]\d{9}$/.test(digits)) {
    const cn = parsePhoneNumberFromString(digits, 'CN');
    if (cn?.isValid()) return cn.number;
  }
  // North America's layout, its area code in brackets ("(202) 555-0147"), is a North American number wherever the
  // resume places its writer: no other plan writes ten digits so (Taiwan's, Brazil's, Australia's codes are two digits
  // or open on 0).
  if (NORTH_AMERICAN_LAYOUT.test(cleaned)) {
    const parsed = parsePhoneNumberFromString(cleaned, 'US');
    if (parsed?.isValid()) return parsed.number;
  }
  if (cleaned.startsWith('+')) {
    const parsed = parsePhoneNumberFromString(cleaned);
    return parsed?.isValid() ? parsed.number : null;
  }
  for (const region of regions()) {
    const parsed = parsePhoneNumberFromString(cleaned, region);
    if (parsed?.isValid()) return parsed.number;
  }
  return null;
}

const URL_PATTERN = /(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s，。；、|)）<>"]*)?/giu;
const KNOWN_TLDS = /\.(?:com|cn|io|dev|me|net|org|co|ai|app|page|site|blog|tech|xyz|info|hk|sg|uk|us)(?:\/|$)/i;

export function findLinks(text: string): ResumeLink[] {
  const links: ResumeLink[] = [];
  const seen = new Set<string>();
  const source = text.normalize('NFKC');
  for (const m of source.matchAll(URL_PATTERN)) {
    const before = source[m.index - 1];
    if (before === '@' || (before && /[\w.-]/.test(before))) continue; // part of an e-mail address or a word
    let url = m[0].replace(/[.,;:]+$/, '');
    const hasScheme = /^https?:\/\//i.test(url);
    if (!hasScheme && !KNOWN_TLDS.test(url.replace(/^www\./i, ''))) continue;
    if (/^[\w.-]+\.(?:js|ts|py|net)$/i.test(url) && !hasScheme && !/^www\./i.test(url)) continue; // Node.js, ASP.NET
    if (!hasScheme) url = `https://${url}`;
    const key = url
      .toLowerCase()
      .replace(/^https?:\/\/(?:www\.)?/, '')
      .replace(/\/$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const host = key.split('/')[0]!;
    if (/linkedin\.com$/.test(host)) links.push({ url, kind: 'linkedin', confidence: key.includes('/in/') ? 0.97 : 0.8 });
    else if (/github\.(?:com|io)$/.test(host)) links.push({ url, kind: 'github', confidence: 0.95 });
    else links.push({ url, kind: 'personal', confidence: hasScheme ? 0.7 : 0.55 });
  }
  return links;
}
