/**
 * Where the candidate lives: a labelled line (现居住地：上海, "Location: Leeds"), a label in a key-value table with its
 * value on the next line, a city the list knows on a contact line, or a contact line's part that reads as a town and
 * its country or state ("Wokingham, UK", "Edmonton, AB, Canada"), which the city list need not know; or a town written
 * bare, with its state's code or its region beside the phone or e-mail, or below them in a PDF's contact column.
 */
import { escapeRegExp as escaped } from '../../../../data/text/regexp.ts';
import type { Scored } from '../types.ts';
import { headerKind } from '../sections.ts';
import { withEmailsJoined } from './contact.ts';
import { companyScore, isCountry, isKnownCity, isPlace, REGION_CODE, titleScore } from './entry-parts.ts';
import { NAME_PARTICLE } from './name-cuts.ts';

const LOCATION_KEY = String.raw`[现現]居(?:住)?(?:地|城市)?|所在地|居住地|所在城市|城市|地址|期望城市|工作地点|current location|location|address|residence|based in|city`;
/** A key and its value on one line: the key at the line's start or after a separator, then a colon ("Based in" needs none). */
const LOCATION_LABEL = new RegExp(
  String.raw`(?:^|[|｜·•]\s*|\s{2,})(?:(?:${LOCATION_KEY})\s*[:：]|based in\s)\s*([^|｜\n,，;；]{2,40}(?:,\s*[A-Za-z ]{2,30})?)`,
  'iu',
);
/** A key alone on its line, a key-value table's cell: the value is the next line. */
const LOCATION_KEY_ONLY = new RegExp(String.raw`^\s*(?:${LOCATION_KEY})\s*[:：]?\s*$`, 'iu');
const CITIES = [
  '北京',
  '上海',
  '深圳',
  '广州',
  '杭州',
  '成都',
  '南京',
  '武汉',
  '西安',
  '苏州',
  '天津',
  '重庆',
  '厦门',
  '长沙',
  '青岛',
  '大连',
  '合肥',
  '郑州',
  '香港',
  '台北',
  '新加坡',
  'Beijing',
  'Shanghai',
  'Shenzhen',
  'Guangzhou',
  'Hangzhou',
  'Chengdu',
  'Nanjing',
  'Wuhan',
  'Hong Kong',
  'Singapore',
  'London',
  'New York',
  'San Francisco',
  'Seattle',
  'Toronto',
  'Vancouver',
  'Sydney',
  'Tokyo',
  'Berlin',
  'Paris',
  'Boston',
  'Austin',
  'Los Angeles',
  'Chicago',
];
const CITY_PATTERN = new RegExp(
  `(?:${CITIES.map((c) => (/[a-z]/i.test(c) ? `\\b${c}\\b` : c)).join('|')})(?:[, ]+(?:[A-Z]{2}|China|USA|UK|Canada|Australia|Japan|Germany|France)\\b)?(?:市)?`,
  'u',
);

/** A city's postal district after it: Dublin's number ("Dublin 8", "Dublin 6W"), a British postcode's ("London E2"). */
const POSTAL_DISTRICT = String.raw`(?:\d{1,2}\p{Lu}?|\p{Lu}{1,2}\d{1,2}\p{Lu}?)`;
/** The postal district at a town's end. */
const DISTRICT_AT_END = new RegExp(String.raw`\s+${POSTAL_DISTRICT}$`, 'u');
/** A town's name, its words joined by the particles a name's are (`NAME_PARTICLE`) and a few only towns use. */
const TOWN = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s(?:\p{Lu}[\p{L}'’.-]+|${NAME_PARTICLE}|upon|on|in|bei|der|sur|sul|sulla)){0,3}`;
/**
 * A town and one or two places after it, the last perhaps with a postcode or a note ("Columbus, OH 43219", "Perth, WA
 * (FIFO)"); a city with its postal district too ("Dublin 8, Ireland", "London E2, UK"), a town with its province's code
 * ("Angri (SA), Italy"), or a suburb with its city's postal district ("Rathmines, Dublin 6").
 */
const TOWN_AND_PLACES = new RegExp(
  String.raw`^(${TOWN}(?:\s+${POSTAL_DISTRICT}|\s*\(\p{Lu}{2}\))?)((?:,\s*[\p{L} .'’-]{2,30}){1,2}?)(?:\s+\d{4,6}|\s+${POSTAL_DISTRICT})?(?:\s*[(（][^()（）]{1,20}[)）])?$`,
  'u',
);

/** The town of a part that reads as a place: its last place a country or a state's code, or a place the lists know. */
function townOf(part: string): string | null {
  const match = TOWN_AND_PLACES.exec(part);
  if (!match) return null;
  const town = match[1]!;
  // A number after a town the lists know is its postal district; after any other word, a flat's or a unit's.
  if (/\d/u.test(town) && !isKnownCity(town.replace(DISTRICT_AT_END, ''))) return null;
  const places = match[2]!
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const last = places.at(-1)!;
  const known = (place: string) => isPlace(place) || isKnownCity(place);
  if (isCountry(last) || REGION_CODE.test(last) || known(last)) return town;
  // A surname in capitals before the given name ("DELGADO, Ramon") is a name line, whatever town the surname is.
  return known(town) && !/^\p{Lu}{2,}$/u.test(town) ? town : null;
}

/** A phone number as a contact line writes it: "+61 418 362 905", "(503) 555-0164". */
const PHONE = String.raw`\+?\d[\d ()-]{6,}\d`;
/** A contact detail: an e-mail address or a phone number. */
const CONTACT_DETAIL = new RegExp(String.raw`@|${PHONE}`, 'u');
/** A line with an e-mail or an international number on it. */
const E_MAIL_OR_INTERNATIONAL = /@|\+\d/u;
/** What parts a contact line: bars, middle dots, bullets, wide gaps. */
const PART_BREAK = /\s*[|｜·•]\s*|\s{3,}/u;
/** How far into a resume's text its contact details are looked for. */
const EARLY_LINES = 40;
/** How many lines under a contact heading its column runs to. */
const COLUMN_LINES = 20;
/** A line that holds one contact detail alone: a PDF's contact column ("+61 418 362 905" / "c.w@example.com"). */
const CONTACT_ONLY = new RegExp(String.raw`^\s*(?:\S+@\S+|${PHONE})\s*$`, 'u');

/**
 * The lines that carry contact details: the header's, any early line with an e-mail or an international number, and
 * the line after one that holds a contact detail alone (a PDF's contact column: "+61 418 362 905" / "c.w@example.com"
 * / "Huonville TAS"). A PDF's text may give its contact column after the body, under its heading ("CONTACT" / "+44 …"
 * / "g.p@…" / "Cardiff"): its lines count as early ones, wherever it stands.
 */
function contactLines(headerLines: string[], text: string): string[] {
  const all = withEmailsJoined(text).split('\n');
  const column = all.findIndex((line) => headerKind(line) === 'contact');
  const below = column < 0 ? [] : all.slice(Math.max(column + 1, EARLY_LINES), column + 1 + COLUMN_LINES);
  const lines = [...all.slice(0, EARLY_LINES), ...below];
  const early = lines.flatMap((line, i) => {
    if (!E_MAIL_OR_INTERNATIONAL.test(line)) return [];
    const next = CONTACT_ONLY.test(line) ? lines.slice(i + 1).find((l) => l.trim()) : undefined;
    return next && !E_MAIL_OR_INTERNATIONAL.test(next) ? [line, next] : [line];
  });
  return [...headerLines.slice(0, 12), ...early].map((line) => line.normalize('NFKC'));
}

/** A town alone: "Leeds", "Abu Dhabi". */
const BARE_TOWN = new RegExp(String.raw`^${TOWN}$`, 'u');
/** A town with its state's code after a space: "Brisbane QLD", "Parramatta NSW". */
const TOWN_AND_CODE = new RegExp(String.raw`^(${TOWN})\s+(\p{Lu}{2,3})$`, 'u');
/** What a contact line's part in capitals may be besides a place: a profile, a licence, a status. */
const NOT_A_TOWN =
  /\b(?:linkedin|github|portfolio|website|blog|skype|wechat|whatsapp|telegram|licen[cs]e|relocat\w*|remote|available|citizen\w*|visa|nationality|driver)\b/iu;

/** An Italian town with its province's code in brackets: "Sant'Egidio alla Vibrata (TE)". */
const TOWN_AND_PROVINCE = new RegExp(String.raw`^${TOWN}\s*\(\p{Lu}{2}\)$`, 'u');

/** A city with its postal district: "Dublin 8", "Dublin 6W", "London E2". */
const CITY_AND_DISTRICT = new RegExp(String.raw`^(${TOWN})\s+${POSTAL_DISTRICT}$`, 'u');

/** A town written bare, with its state's code, its region or its district's number: "Leeds", "Brisbane QLD", "Oban, Argyll", "Dublin 8". */
function townWritten(part: string): string | undefined {
  const district = CITY_AND_DISTRICT.exec(part);
  if (district) return isKnownCity(district[1]!) ? part : undefined;
  if (TOWN_AND_PROVINCE.test(part)) return part;
  const coded = TOWN_AND_CODE.exec(part);
  // A last word in capitals is a state's code, one the lists know ("Leeds XYZ" is no town).
  if (coded) return REGION_CODE.test(coded[2]!) ? coded[1] : undefined;
  return BARE_TOWN.test(part) ? part : TOWN_AND_PLACES.exec(part)?.[1];
}

/**
 * The contact lines' parts that read as a town and its places ("Wokingham, UK"), with the town alone; and, beside an
 * e-mail or a phone on its line, not first on it (where the name stands), or on the line after one alone (a PDF's
 * contact column), a town written bare, with its state's code or with its region ("Leeds", "Brisbane QLD", "Oban,
 * Argyll"), no title, employer or heading.
 */
function townParts(lines: string[]): { part: string; town: string }[] {
  return lines.flatMap((line, k) => {
    const parts = line.split(PART_BREAK).map((written) => written.trim());
    const beside = parts.some((part) => CONTACT_DETAIL.test(part));
    const below = !beside && parts.length === 1 && k > 0 && CONTACT_ONLY.test(lines[k - 1]!);
    return parts.flatMap((part, i) => {
      const town = townOf(part);
      if (town) return [{ part, town }];
      if (!((beside && i > 0) || below) || NOT_A_TOWN.test(part) || titleScore(part) > 0 || companyScore(part) > 0 || headerKind(part))
        return [];
      const written = townWritten(part);
      return written ? [{ part, town: written }] : [];
    });
  });
}

/**
 * A known city with the district its part of the contact line writes before it after a comma ("Hackney, London",
 * "Tampines, Singapore", "Ota-ku, Tokyo") or after it with a hyphen ("Berlin-Friedrichshain"), or its postal district
 * after it ("London E2", "Dublin 8"): the part as written, as the town written first. Not a title or an employer before
 * the comma.
 */
function withDistrict(line: string, city: string): string {
  const part = line
    .split(PART_BREAK)
    .find((written) => written.includes(city))
    ?.trim();
  if (!part || !/[A-Za-z]/u.test(city)) return city;
  if (new RegExp(String.raw`^${escaped(city)}(?:-\p{Lu}\p{L}+|\s+${POSTAL_DISTRICT})$`, 'u').test(part)) return part;
  // Its state's code after it or not ("Marrickville, Sydney NSW").
  const district = new RegExp(String.raw`^(${TOWN}),\s*${escaped(city)}(?:\s+(\p{Lu}{2,3}))?$`, 'u').exec(part);
  const named = district && (district[2] === undefined || REGION_CODE.test(district[2]));
  return named && titleScore(district[1]!) === 0 && companyScore(district[1]!) === 0 ? part : city;
}

/**
 * The value under a key alone on its line. A key with its colon ("城市：", "Location:") is a key-value table's cell,
 * whatever the next line holds; a bare word may be a wrapped line's end ("University of San Carlos, Cebu" / "City" /
 * "Bachelor of Science in Hospitality"), so the line under it counts only when it reads as a place.
 */
function keyedValue(key: string, after: string[]): string | undefined {
  const next = after.find((l) => l.trim());
  if (!next || /[:：]/u.test(key)) return next;
  const part = next.trim();
  return CITY_PATTERN.test(part) ||
    townOf(part) ||
    (townWritten(part) && titleScore(part) === 0 && companyScore(part) === 0 && !headerKind(part))
    ? next
    : undefined;
}

export function findLocation(headerLines: string[], text: string): Scored<string | null> {
  const lines = text
    .split('\n')
    .slice(0, EARLY_LINES)
    .map((line) => line.normalize('NFKC'));
  for (const [i, line] of lines.entries()) {
    const labelled = line.match(LOCATION_LABEL)?.[1] ?? (LOCATION_KEY_ONLY.test(line) ? keyedValue(line, lines.slice(i + 1)) : undefined);
    const value = labelled?.trim().replace(/[.。]$/u, '');
    if (value && value.length <= 60 && !/@|\d{5,}/u.test(value) && !LOCATION_KEY_ONLY.test(value)) return { value, confidence: 0.9 };
  }
  for (const line of headerLines.slice(0, 10)) {
    const written = line.normalize('NFKC');
    const city = written.match(CITY_PATTERN);
    if (city) return { value: withDistrict(written, city[0].trim()), confidence: 0.6 };
  }
  const town = townParts(contactLines(headerLines, text))[0];
  return town ? { value: town.part, confidence: 0.5 } : { value: null, confidence: 0 };
}
