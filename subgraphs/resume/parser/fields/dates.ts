/**
 * Dates as resumes write them — 2019.07, 2019-07, 2019/7, 2019年7月, 07/2019, Jul 2019, July 2019, 2019 Jul, März 2018, Maret 2022,
 * 2019 and a day with them (2019-07-01, 01.07.2019, 2019年7月1日) — and ranges between two of them or up to 至今/Present, normalised to `YYYY-MM` or `YYYY`
 * (an open end is `present`).
 */

export interface DateRange {
  start: string;
  end: string;
  /** UTF-16 offsets of the whole range in the text searched. */
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Each month's names, written as its number and its names parted by spaces, as a table of name → month. */
function monthsByName(rows: readonly (readonly [number, string])[]): Record<string, number> {
  return Object.fromEntries(rows.flatMap(([month, names]) => names.split(' ').map((name) => [name, month])));
}

/**
 * Months as resumes from elsewhere write them in full, in German, French, Spanish, Portuguese, Italian, Dutch,
 * Indonesian and Malay ("März 2018 – heute", "Maret 2022 – sekarang", "marzo de 2019"); only whole words, since their
 * short forms (ene, dic, des, set) are words of other languages too, unless a dot marks them short (`SHORT_MONTHS`).
 */
const FOREIGN_MONTHS = monthsByName([
  [1, 'januar janvier enero janeiro gennaio januari'],
  [2, 'februar février fevrier febrero fevereiro febbraio februari'],
  [3, 'märz maerz mars marzo março maart maret'],
  [4, 'avril abril aprile'],
  [5, 'mai mayo maio maggio mei'],
  [6, 'juni juin junio junho giugno'],
  [7, 'juli juillet julio julho luglio julai'],
  [8, 'août aout agosto augustus agustus ogos'],
  [9, 'septembre septiembre setiembre setembro settembre'],
  [10, 'oktober octobre octubre outubro ottobre'],
  [11, 'novembre noviembre novembro'],
  [12, 'dezember décembre decembre diciembre dezembro dicembre desember disember'],
]);
/**
 * The short forms of those months that LinkedIn's and job boards' exports in those languages write, a dot after each
 * ("ene. 2019 – dic. 2021", "janv. 2019", "Okt. 2018 – Dez. 2020"): read only with the dot.
 */
const SHORT_MONTHS = monthsByName([
  [1, 'janv ene gen'],
  [2, 'févr fév fevr fev febr'],
  [3, 'mär mrt'],
  [4, 'avr abr'],
  [6, 'giu'],
  [7, 'juil lug'],
  [8, 'ago agu'],
  [9, 'set'],
  [10, 'okt out ott'],
  [12, 'déc dez dic des'],
]);
const ENGLISH_MONTHS = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const ENGLISH_MONTH_NAME = String.raw`(?:${ENGLISH_MONTHS})\.?`;
const SHORT_MONTH = `(?<!\\p{L})(?:${Object.keys(SHORT_MONTHS).join('|')})(?!\\p{L})`;
/**
 * A short month with no dot that a range shows for one, a month or the present at its other end ("ene 2018 – actual",
 * "jul 2013 – dic 2017", Mexico's and Spain's form; not "des 2019 - 2021").
 */
const SHORT_MONTH_IN_RANGE = String.raw`${SHORT_MONTH}(?=\s+(?:19|20)\d{2}\s*[-–—]{1,2}\s*\p{L})|(?<=\p{L}\.?\s+(?:19|20)\d{2}\s*[-–—]{1,2}\s*)${SHORT_MONTH}(?=\s+(?:19|20)\d{2})`;
// A short month needs its dot ("set." is September, "set" a word), a slash before its year ("set/2018", Brazil's form) or
// a range around it.
const MONTH_NAME = String.raw`(?:${SHORT_MONTH}(?:\.|(?=\s*/\s*(?:19|20)\d{2}))|${SHORT_MONTH_IN_RANGE}|(?:${Object.keys(FOREIGN_MONTHS).join('|')}|${ENGLISH_MONTHS})\.?)`;
const SHORT_MONTH_IN_RANGE_PATTERN = new RegExp(SHORT_MONTH_IN_RANGE, 'iu');
/**
 * Whether a text writes a month in another language before a year: only then are dates read with the longer list of
 * month names, which cost the date pattern 2.7× its time when it read every line.
 */
function hasForeignMonth(text: string): boolean {
  if (!/(?:19|20)\d{2}/u.test(text)) return false;
  let bareShortMonth = false;
  for (const m of text.matchAll(/(\p{L}{3,11})(\.?)\s*(?:de\s+|(\/)\s*)?(?:19|20)\d{2}/gu)) {
    const name = m[1]!.toLowerCase();
    if (FOREIGN_MONTHS[name] || ((m[2] || m[3]) && SHORT_MONTHS[name])) return true;
    bareShortMonth ||= SHORT_MONTHS[name] !== undefined;
  }
  // Only then is the range around it looked for.
  return bareShortMonth && SHORT_MONTH_IN_RANGE_PATTERN.test(text);
}
/** A month's number from its name, English or another language's (null when it is none). */
function monthOf(name: string): number | undefined {
  return FOREIGN_MONTHS[name] ?? SHORT_MONTHS[name] ?? MONTHS[name.slice(0, 4) === 'sept' ? 'sept' : name.slice(0, 3)];
}
const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
/*
 * A month, a comma and a year ("May, 2010") is a date unless the month ends a name ("Slaughter and May, 2010 – Present").
 */
/** A season, as American resumes date a term or a summer job ("Summer 2019 – Fall 2020"): its year. */
const SEASON = String.raw`(?:spring|summer|autumn|fall|winter)`;
/** A day of a month written after it (2019-03-01, 2019.3.1, 2019年3月1日): the month is what a range keeps. */
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MONTH = String.raw`(?:0?[1-9]|1[0-2])`;
/** A date as resumes write it, with the month names given. */
const dateWith = (monthName: string) =>
  String.raw`(?:${YEAR}\s*(?:-\s*${MONTH}-${DAY}(?!\d)|\.\s*${MONTH}\.${DAY}(?!\d)|/\s*${MONTH}/${DAY}(?!\d)|[./\-]\s*${MONTH}(?!\d)|年\s*(?:${MONTH}\s*月(?:\s*${DAY}\s*[日号])?)?)|${DAY}\.${MONTH}\.${YEAR}|${MONTH}\s*[/.]\s*${YEAR}|${YEAR}\s+${monthName}(?!\p{L})|${monthName}\s*(?:de\s+|/\s*)?${YEAR}|(?<!\p{L} )${monthName}\s*,\s*${YEAR}|${monthName}\s*['’]\d{2}(?!\d)|${SEASON}\s+${YEAR}|${YEAR})`;
const DATE = dateWith(ENGLISH_MONTH_NAME);
const WIDE_DATE = dateWith(MONTH_NAME);
const PRESENT = String.raw`(?:至今|仍在[职職]|在[职職]中|今|现在|现时|現時|目前|迄今|現在(?:に至る)?|현재|재직\s*중|(?:to|till|until|up to) (?:date|now|present)\b|present|pres\.|now|current|today|ongoing|date\b|(?:bis )?heute|aktuell|aujourd['’]hui|actuellement|actualidad|actualmente|actual\b|presente|atualmente|atual\b|sekarang|kini|oggi|heden|hiện (?:tại|nay))`;
/**
 * Between two dates: hyphens and dashes of every width, one or two of them (前程无忧's "2011/9--2015/7", "2018.07——
 * 2020.05"), tildes and wave dashes (～, 〜), 至, "to"; an end not yet reached says so after it ("Sep 2025 – expected Jun
 * 2026", "2022.09-预计2026.06").
 */
const SEPARATOR = String.raw`\s*(?:[-–—―‒−~～〜]{1,2}|[至到]|to|until)\s*(?:(?:expected|exp\.|anticipated|预计|預計)\s*)?`;

export const DATE_RANGE_PATTERN = new RegExp(String.raw`(?<![\d.])(${DATE})${SEPARATOR}(${DATE}|${PRESENT})(?![\d])`, 'giu');
const WIDE_DATE_RANGE = new RegExp(String.raw`(?<![\d.])(${WIDE_DATE})${SEPARATOR}(${WIDE_DATE}|${PRESENT})(?![\d])`, 'giu');
// One date alone: its short month was already read in its range, or is a table's cell.
const SINGLE_DATE = new RegExp(String.raw`^(?:${WIDE_DATE}|${SHORT_MONTH}\s+${YEAR})$`, 'iu');
const PRESENT_ONLY = new RegExp(String.raw`^${PRESENT}$`, 'iu');

/** One date as written, normalised; `present` for 至今/Present; null when it is not a date. */
export function normalizeDate(text: string): string | null {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (PRESENT_ONLY.test(t)) return 'present';
  if (!SINGLE_DATE.test(t)) return null;
  let m = t.match(/^(\d{4})\s*(?:[./-]|年)\s*(\d{1,2})/);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  // "01.03.2019": a European day, month and year.
  m = t.match(/^\d{1,2}\.(\d{1,2})\.(\d{4})$/);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  // "2019 Mar": a year, then its month's name.
  m = t.match(/^(\d{4})\s+(\p{L}+)\.?$/u);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? `${m[1]}-${String(month).padStart(2, '0')}` : m[1]!;
  }
  m = t.match(/^(\d{1,2})\s*[/.]\s*(\d{4})$/);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  // "Mar '16": a month and a year's last two digits.
  m = t.match(/^(\p{L}+)\.?\s*['’](\d{2})$/u);
  if (m) {
    const month = monthOf(m[1]!);
    const year = `${Number(m[2]) >= 50 ? '19' : '20'}${m[2]}`;
    return month ? `${year}-${String(month).padStart(2, '0')}` : null;
  }
  m = t.match(/^(\p{L}+)\.?\s*[,/]?\s*(?:de\s+)?(\d{4})$/u);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2]!;
  }
  m = t.match(/^(\d{4})/);
  return m ? m[1]! : null;
}

/**
 * "Since March 2019", "自2019年7月起" written where a range goes (after the names, before a bar or the line's end; not
 * "Since 2019, I have led …" in a description): a range open to the present.
 */
const SINCE_PATTERN = new RegExp(String.raw`(?<![\p{L}])(?:since|自)\s*(${DATE})(?:\s*起)?(?=\s*$|\s*[|｜)）]|\s{2,})`, 'giu');

/** Every date range in the text, in order. */
export function findDateRanges(text: string): DateRange[] {
  const ranges: DateRange[] = [];
  const normalized = text.normalize('NFKC');
  // NFKC keeps these lengths for the characters dates use; fall back to the raw text when it does not.
  const source = normalized.length === text.length ? normalized : text;
  for (const m of source.matchAll(hasForeignMonth(source) ? WIDE_DATE_RANGE : DATE_RANGE_PATTERN)) {
    const start = normalizeDate(m[1]!);
    const end = normalizeDate(m[2]!);
    if (!start || !end) continue;
    if (end !== 'present' && end.slice(0, 4) < start.slice(0, 4)) continue;
    ranges.push({ start, end, index: m.index, length: m[0].length });
  }
  if (ranges.length > 0) return ranges;
  for (const m of source.matchAll(SINCE_PATTERN)) {
    const start = normalizeDate(m[1]!);
    if (start) ranges.push({ start, end: 'present', index: m.index, length: m[0].length });
  }
  return ranges;
}

/** `2019-07/present`: how the labelled set and the benchmark compare ranges. */
export function formatDateRange(start: string | null, end: string | null): string {
  return `${start ?? '?'}/${end ?? '?'}`;
}
