import { readFileSync } from 'node:fs';
import { seededRandom } from '../../data/seed/demo-data.ts';

/**
 * Realistic upstream rows for importTalents tests and `npm run bench:import`: deterministic (seeded),
 * Chinese, pinyin and English names, unique e-mails, mainland and international phones, skills of
 * one taxonomy category (taxonomy/), employments with months, schools and links.
 */

export interface GeneratedImportRow {
  source: string;
  externalId: string;
  name?: string;
  latinName?: string;
  chineseName?: string;
  headline: string;
  skills: string[];
  languages: string[];
  emails: string[];
  phones: string[];
  location: string;
  yearsOfExperience: number;
  employments: { company: string; title: string; start: string; end?: string }[];
  schools: string[];
  links: { kind: 'LINKEDIN' | 'GITHUB'; url: string }[];
  updatedAt: string;
}

const SURNAMES = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
] as const;
const GIVEN = [
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['磊', 'Lei'],
  ['洋', 'Yang'],
  ['杰', 'Jie'],
  ['涛', 'Tao'],
  ['明', 'Ming'],
  ['晨', 'Chen'],
  ['宇', 'Yu'],
  ['浩', 'Hao'],
  ['欣怡', 'Xinyi'],
  ['子轩', 'Zixuan'],
  ['思远', 'Siyuan'],
  ['雨桐', 'Yutong'],
] as const;
const FIRST_EN = [
  'Alice',
  'Ben',
  'Chloe',
  'Daniel',
  'Emma',
  'Felix',
  'Grace',
  'Henry',
  'Isla',
  'Jack',
  'Maya',
  'Noah',
  'Olivia',
  'Ruby',
  'Sam',
  'Zoe',
];
const LAST_EN = [
  'Anderson',
  'Baker',
  'Clarke',
  'Davies',
  'Evans',
  'Fischer',
  'Garcia',
  'Hughes',
  'Kim',
  'Lopez',
  'Miller',
  'Nguyen',
  'Patel',
  'Rossi',
  'Tanaka',
  'Walker',
];
const BIG_COMPANIES = [
  'ByteDance',
  'Alibaba',
  'Tencent',
  'Baidu',
  'Meituan',
  '京东',
  '华为',
  '小米',
  'DiDi',
  'NetEase',
  'Shopee',
  'Grab',
  'Microsoft',
  'Stripe',
  'SAP',
  'Siemens',
];
// Most people work at one of thousands of smaller companies: a realistic density of colleagues (derived WORKED_WITH grows with it).
const COMPANY_WORDS = [
  'Blue',
  'Red',
  'Jade',
  'Golden',
  'Silver',
  'Bright',
  'Swift',
  'Cloud',
  'River',
  'Mountain',
  'Lotus',
  'Harbor',
  'Star',
  'Sun',
  'Pine',
  'Dragon',
  'Phoenix',
  'Crane',
  'Ocean',
  'Stone',
];
const COMPANY_KINDS = [
  'Tech',
  'Data',
  'Labs',
  'Logistics',
  'Finance',
  'Health',
  'Media',
  'Robotics',
  'Foods',
  'Energy',
  'Retail',
  'Games',
  'Travel',
  'Motors',
  'Bio',
  'Capital',
];
const COMPANY_PLACES = ['Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou', 'Chengdu', 'Wuhan', 'Suzhou', 'Nanjing', 'Singapore', 'Berlin'];
const TITLES = ['Engineer', 'Senior Engineer', 'Analyst', 'Manager', 'Designer', 'Consultant', '工程师', '高级工程师', '经理', '产品经理'];
const SCHOOLS = [
  '清华大学',
  '北京大学',
  '复旦大学',
  '浙江大学',
  'National University of Singapore',
  'University of Hong Kong',
  'Imperial College London',
  'TU München',
];
const CITIES = ['Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou', '成都', 'Singapore', 'Hong Kong', 'Berlin'];
const MOBILE_PREFIXES = ['138', '139', '150', '159', '177', '186', '188'];

interface TaxonomyFile {
  skills: { name: string; nameZh: string; category: string }[];
}

let skillsByCategory: string[][] | undefined;
function categories(): string[][] {
  if (!skillsByCategory) {
    const file = JSON.parse(readFileSync(new URL('../../taxonomy/skills.json', import.meta.url), 'utf8')) as TaxonomyFile;
    const groups = new Map<string, string[]>();
    for (const skill of file.skills)
      groups.set(skill.category, [
        ...(groups.get(skill.category) ?? []),
        skill.name,
        ...(skill.nameZh !== skill.name ? [skill.nameZh] : []),
      ]);
    skillsByCategory = [...groups.values()].filter((names) => names.length >= 6);
  }
  return skillsByCategory;
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** `count` rows of `source`, ids `<prefix><n>`; the same arguments give the same rows. */
export function generateImportRows(
  count: number,
  { source = 'legacy-crm', prefix = 'c-', seed = 4, start = 0 } = {},
): GeneratedImportRow[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  const rows: GeneratedImportRow[] = [];
  for (let i = start; i < start + count; i++) {
    const style = next();
    const names: Pick<GeneratedImportRow, 'name' | 'latinName' | 'chineseName'> = {};
    let handle: string;
    if (style < 0.45) {
      const [surnameZh, surname] = pick(SURNAMES);
      const [givenZh, given] = pick(GIVEN);
      names.chineseName = surnameZh + givenZh;
      names.latinName = `${given} ${surname}`;
      handle = `${given}.${surname}`;
    } else if (style < 0.7) {
      const [, surname] = pick(SURNAMES);
      const [, given] = pick(GIVEN);
      names.name = `${surname} ${given}`;
      handle = `${given}.${surname}`;
    } else {
      const first = pick(FIRST_EN);
      const last = pick(LAST_EN);
      names.name = `${first} ${last}`;
      handle = `${first}.${last}`;
    }
    const skills = new Set<string>();
    const family = pick(categories());
    const wanted = 3 + Math.floor(next() * 5);
    while (skills.size < wanted) skills.add(pick(family));
    const firstYear = 2008 + Math.floor(next() * 12);
    const employments: GeneratedImportRow['employments'] = [];
    let year = firstYear;
    const jobs = 1 + Math.floor(next() * 3);
    for (let j = 0; j < jobs; j++) {
      const startMonth = month(year, 1 + Math.floor(next() * 12));
      year += 1 + Math.floor(next() * 4);
      const isCurrent = j === jobs - 1;
      const company = next() < 0.02 ? pick(BIG_COMPANIES) : `${pick(COMPANY_WORDS)} ${pick(COMPANY_KINDS)} ${pick(COMPANY_PLACES)}`;
      employments.push({
        company,
        title: pick(TITLES),
        start: startMonth,
        ...(isCurrent ? {} : { end: month(year, 1 + Math.floor(next() * 12)) }),
      });
      year += 1;
    }
    const phone = next() < 0.85 ? `${pick(MOBILE_PREFIXES)}${digits(8)}` : `+65 9${1 + Math.floor(next() * 7)}${digits(6)}`;
    const current = employments.at(-1)!;
    rows.push({
      source,
      externalId: `${prefix}${i}`,
      ...names,
      headline: `${current.title} @ ${current.company}`,
      skills: [...skills],
      languages: next() < 0.5 ? ['Chinese', 'English'] : ['English'],
      emails: [`${handle.toLowerCase()}.${i}@example.com`],
      phones: [phone],
      location: pick(CITIES),
      yearsOfExperience: 2026 - firstYear,
      employments,
      schools: [pick(SCHOOLS)],
      links:
        next() < 0.5
          ? [{ kind: 'LINKEDIN', url: `https://www.linkedin.com/in/${handle.toLowerCase()}-${i}` }]
          : [{ kind: 'GITHUB', url: `https://github.com/${handle.toLowerCase()}${i}` }],
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    });
  }
  return rows;
}
