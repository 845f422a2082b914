/**
 * A small gazetteer: the cities recruiters on Looma hire in, by their Chinese and English names,
 * with their country, so "北京市朝阳区", "Beijing, China" and "beijing" are one place and
 * "Shenzhen" is in the same country as "上海". Chinese names match anywhere in the text; Latin ones
 * as whole words.
 */
import { escapeRegExp } from '../../../data/text/regexp.ts';

export interface Place {
  /** The city's English name, or null when the text names only a country. */
  city: string | null;
  cityZh: string | null;
  /** ISO 3166 alpha-2, or null when unknown. */
  country: string | null;
}

/** [English name, Chinese name, country, other names]. */
const CITIES: [string, string, string, string[]][] = [
  ['Beijing', '北京', 'CN', ['Peking']],
  ['Shanghai', '上海', 'CN', []],
  ['Shenzhen', '深圳', 'CN', []],
  ['Guangzhou', '广州', 'CN', ['Canton']],
  ['Hangzhou', '杭州', 'CN', []],
  ['Chengdu', '成都', 'CN', []],
  ['Nanjing', '南京', 'CN', []],
  ['Wuhan', '武汉', 'CN', []],
  ["Xi'an", '西安', 'CN', ['Xian']],
  ['Suzhou', '苏州', 'CN', []],
  ['Tianjin', '天津', 'CN', []],
  ['Chongqing', '重庆', 'CN', []],
  ['Xiamen', '厦门', 'CN', []],
  ['Changsha', '长沙', 'CN', []],
  ['Qingdao', '青岛', 'CN', []],
  ['Dalian', '大连', 'CN', []],
  ['Hefei', '合肥', 'CN', []],
  ['Zhengzhou', '郑州', 'CN', []],
  ['Jinan', '济南', 'CN', []],
  ['Shenyang', '沈阳', 'CN', []],
  ['Harbin', '哈尔滨', 'CN', []],
  ['Kunming', '昆明', 'CN', []],
  ['Fuzhou', '福州', 'CN', []],
  ['Dongguan', '东莞', 'CN', []],
  ['Zhuhai', '珠海', 'CN', []],
  ['Ningbo', '宁波', 'CN', []],
  ['Wuxi', '无锡', 'CN', []],
  ['Hong Kong', '香港', 'HK', ['HK', 'Hongkong']],
  ['Macau', '澳门', 'MO', ['Macao']],
  ['Taipei', '台北', 'TW', []],
  ['Singapore', '新加坡', 'SG', []],
  ['Tokyo', '东京', 'JP', []],
  ['Osaka', '大阪', 'JP', []],
  ['Seoul', '首尔', 'KR', []],
  ['Bangalore', '班加罗尔', 'IN', ['Bengaluru']],
  ['Kuala Lumpur', '吉隆坡', 'MY', ['KL']],
  ['Bangkok', '曼谷', 'TH', []],
  ['Jakarta', '雅加达', 'ID', []],
  ['Dubai', '迪拜', 'AE', []],
  ['London', '伦敦', 'GB', []],
  ['Manchester', '曼彻斯特', 'GB', []],
  ['Dublin', '都柏林', 'IE', []],
  ['Paris', '巴黎', 'FR', []],
  ['Berlin', '柏林', 'DE', []],
  ['Munich', '慕尼黑', 'DE', ['München', 'Muenchen']],
  ['Amsterdam', '阿姆斯特丹', 'NL', []],
  ['Zurich', '苏黎世', 'CH', ['Zürich']],
  ['New York', '纽约', 'US', ['NYC', 'New York City']],
  ['San Francisco', '旧金山', 'US', ['SF', 'Bay Area', '湾区', '三藩市']],
  ['Seattle', '西雅图', 'US', []],
  ['Los Angeles', '洛杉矶', 'US', ['LA']],
  ['Boston', '波士顿', 'US', []],
  ['Austin', '奥斯汀', 'US', []],
  ['Chicago', '芝加哥', 'US', []],
  ['Toronto', '多伦多', 'CA', []],
  ['Vancouver', '温哥华', 'CA', []],
  ['Sydney', '悉尼', 'AU', []],
  ['Melbourne', '墨尔本', 'AU', []],
];

/** [ISO code, names]: countries named without a city. */
const COUNTRIES: [string, string[]][] = [
  ['CN', ['China', 'PRC', 'Mainland China', '中国', '中国大陆', '内地']],
  ['HK', ['香港特别行政区']],
  ['TW', ['Taiwan', '台湾']],
  ['SG', []],
  ['JP', ['Japan', '日本']],
  ['KR', ['Korea', 'South Korea', '韩国']],
  ['IN', ['India', '印度']],
  ['MY', ['Malaysia', '马来西亚']],
  ['TH', ['Thailand', '泰国']],
  ['ID', ['Indonesia', '印度尼西亚', '印尼']],
  ['AE', ['UAE', 'United Arab Emirates', '阿联酋']],
  ['GB', ['UK', 'United Kingdom', 'England', 'Britain', 'Great Britain', '英国']],
  ['IE', ['Ireland', '爱尔兰']],
  ['FR', ['France', '法国']],
  ['DE', ['Germany', '德国']],
  ['NL', ['Netherlands', 'Holland', '荷兰']],
  ['CH', ['Switzerland', '瑞士']],
  ['US', ['USA', 'US', 'United States', 'America', '美国']],
  ['CA', ['Canada', '加拿大']],
  ['AU', ['Australia', '澳大利亚', '澳洲']],
];

const HAS_CJK = /[\u3400-\u9fff]/u;

/** A test for one name: a substring for Chinese, a whole word (or words) for Latin. */
function nameTest(name: string): (text: string) => boolean {
  const folded = name.normalize('NFKC').toLowerCase();
  if (HAS_CJK.test(folded)) return (text) => text.includes(folded);
  const escaped = escapeRegExp(folded);
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
  return (text) => text.includes(folded) && pattern.test(text);
}

const CITY_TESTS = CITIES.map(([city, cityZh, country, others]) => ({
  place: { city, cityZh, country } as Place,
  tests: [city, cityZh, ...others].map(nameTest),
}));
const COUNTRY_TESTS = COUNTRIES.map(([country, names]) => ({
  place: { city: null, cityZh: null, country } as Place,
  tests: names.map(nameTest),
}));

/** Location texts repeat across talents ("Beijing", "上海"): their places are remembered, up to this many. */
const MEMO_LIMIT = 2000;
const memo = new Map<string, Place[]>();

/**
 * The places a location text names: every city found ("Beijing / Shanghai" is open to both), else
 * the country it names; empty when the gazetteer knows none.
 */
export function placesOf(location: string | null): Place[] {
  const text = location?.normalize('NFKC').toLowerCase().trim();
  if (!text) return [];
  const known = memo.get(text);
  if (known) return known;
  let places = CITY_TESTS.filter(({ tests }) => tests.some((test) => test(text))).map(({ place }) => place);
  if (places.length === 0)
    places = COUNTRY_TESTS.filter(({ tests }) => tests.some((test) => test(text)))
      .slice(0, 1)
      .map(({ place }) => place);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, places);
  return places;
}
