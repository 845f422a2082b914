/**
 * Contact details: e-mail addresses, telephone numbers (mainland mobiles and landlines, and
 * international numbers, normalised to E.164 with libphonenumber-js) and profile links.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { ResumeLink, Scored } from '../types.ts';
import { DATE_RANGE_PATTERN } from './dates.ts';

const EMAIL = /(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w])/giu;

export function findEmails(text: string): Scored<string>[] {
  const seen = new Set<string>();
  const emails: Scored<string>[] = [];
  for (const m of text.normalize('NFKC').matchAll(EMAIL)) {
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
 * Where the resume's own details (its header and contact lines, its e-mail) place its writer, as calling regions: a
 * local number without its country code ("0912-345-678", "9123 4567") is read as that place's first.
 */
const PLACE_REGION: [RegExp, CountryCode][] = [
  [/香港|\bhong\s?kong\b|\.hk\b/iu, 'HK'],
  [/澳门|\bmacau\b|\bmacao\b|\.mo\b/iu, 'MO'],
  [/台湾|台北|新北|桃园|台中|台南|高雄|新竹|\btaiwan\b|\btaipei\b|\bkaohsiung\b|\bhsinchu\b|\.tw\b/iu, 'TW'],
  [/新加坡|\bsingapore\b|\.sg\b/iu, 'SG'],
  [/马来西亚|吉隆坡|\bmalaysia\b|\bkuala lumpur\b|\bpenang\b|\bjohor\b|\.my\b/iu, 'MY'],
  [/\bphilippines\b|\bmanila\b|\bcebu\b|\bquezon city\b|\bmakati\b|\.ph\b/iu, 'PH'],
  [/\bviet\s?nam\b|\bhanoi\b|\bho chi minh\b|\bsaigon\b|\bda nang\b|\.vn\b/iu, 'VN'],
  [/\bindonesia\b|\bjakarta\b|\bsurabaya\b|\bbandung\b|\.id\b/iu, 'ID'],
  [/\bthailand\b|\bbangkok\b|\bchiang mai\b|\.th\b/iu, 'TH'],
  [/\baustralia\b|\bsydney\b|\bmelbourne\b|\bbrisbane\b|\bperth\b|\badelaide\b|\bcanberra\b|\bNSW\b|\bVIC\b|\bQLD\b|\.au\b/u, 'AU'],
  [/\bnew zealand\b|\bauckland\b|\bwellington\b|\bchristchurch\b|\.nz\b/iu, 'NZ'],
  [/\bindia\b|\bmumbai\b|\bbengaluru\b|\bbangalore\b|\bdelhi\b|\bchennai\b|\bhyderabad\b|\bpune\b|\bkolkata\b|\.in\b/iu, 'IN'],
  [/\bu\.?a\.?e\.?\b|\bdubai\b|\babu dhabi\b|\bsharjah\b|\.ae\b/iu, 'AE'],
  [/\bqatar\b|\bdoha\b|\.qa\b/iu, 'QA'],
  [/\bsaudi\b|\briyadh\b|\bjeddah\b|\.sa\b/iu, 'SA'],
  [/\bireland\b|\bdublin\b|\bcork\b|\.ie\b/iu, 'IE'],
  [
    /\bunited kingdom\b|\bengland\b|\bscotland\b|\bwales\b|\blondon\b|\bmanchester\b|\bbirmingham\b|\bglasgow\b|\bedinburgh\b|\.uk\b/iu,
    'GB',
  ],
  [/\bsouth africa\b|\bjohannesburg\b|\bcape town\b|\bpretoria\b|\bdurban\b|\.za\b/iu, 'ZA'],
  [/\bnigeria\b|\blagos\b|\babuja\b|\.ng\b/iu, 'NG'],
  [/\bkenya\b|\bnairobi\b|\bmombasa\b|\.ke\b/iu, 'KE'],
  [/日本|\bjapan\b|\btokyo\b|\bosaka\b|\.jp\b/iu, 'JP'],
  [/韩国|\bkorea\b|\bseoul\b|\bbusan\b|\.kr\b/iu, 'KR'],
  [/\bgermany\b|\bdeutschland\b|\bberlin\b|\bmunich\b|\bmünchen\b|\bhamburg\b|\bfrankfurt\b|\.de\b/iu, 'DE'],
  [/\bnetherlands\b|\bamsterdam\b|\brotterdam\b|\beindhoven\b|\butrecht\b|\.nl\b/iu, 'NL'],
  [/\bfrance\b|\bparis\b|\blyon\b|\.fr\b/iu, 'FR'],
  [/\bcanada\b|\btoronto\b|\bvancouver\b|\bmontreal\b|\bcalgary\b|\bottawa\b|\.ca\b/iu, 'CA'],
];

export function homeRegions(details: string): CountryCode[] {
  return PLACE_REGION.filter(([place]) => place.test(details)).map(([, region]) => region);
}

export function findPhones(text: string, preferChina: boolean, home: CountryCode[] = []): Scored<string>[] {
  // Blank date ranges (same length) so "2015.09 - 2019.06" is never read as a number.
  const source = text.normalize('NFKC').replace(DATE_RANGE_PATTERN, (range) => ' '.repeat(range.length));
  const regions = [...new Set<CountryCode>([...home, ...(preferChina ? ['CN', 'US'] : ['US', 'CN', 'GB'])] as CountryCode[])];
  const seen = new Set<string>();
  const phones: Scored<string>[] = [];
  for (const m of source.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0].trim();
    const digits = raw.replace(/\s*(?:ext\.?|x|转)\s*\d{1,5}$/i, '').replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE_LIKE.test(raw) && !raw.startsWith('+')) continue;
    const e164 = toE164(raw, digits, regions);
    if (!e164 || seen.has(e164)) continue;
    seen.add(e164);
    const labelled = PHONE_LABEL.test(source.slice(Math.max(0, m.index - 14), m.index));
    phones.push({ value: e164, confidence: labelled ? 0.98 : 0.9 });
  }
  return phones;
}

function toE164(raw: string, digits: string, regions: CountryCode[]): string | null {
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
  if (cleaned.startsWith('+')) {
    const parsed = parsePhoneNumberFromString(cleaned);
    return parsed?.isValid() ? parsed.number : null;
  }
  for (const region of regions) {
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
