/**
 * The demo organisation's people and jobs: deterministic (a seeded generator), in Chinese and
 * English, spread over software, data, product, design, sales, finance and operations.
 */
import type { OpenJobSeed } from '../records/job-store.ts';

export const DEMO_ORG = { slug: 'demo', name: 'Looma Demo' } as const;

const SURNAMES_ZH = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
];
const SURNAMES_PINYIN = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'He',
  'Gao',
  'Lin',
  'Luo',
];
const GIVEN_ZH = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '晨',
  '宇',
  '浩',
  '欣怡',
  '子轩',
  '梓涵',
  '一诺',
  '思远',
  '雨桐',
];
const GIVEN_PINYIN = [
  'Wei',
  'Fang',
  'Na',
  'Min',
  'Jing',
  'Li',
  'Qiang',
  'Lei',
  'Jun',
  'Yang',
  'Yong',
  'Yan',
  'Jie',
  'Juan',
  'Tao',
  'Ming',
  'Chao',
  'Xiuying',
  'Xia',
  'Ping',
  'Gang',
  'Chen',
  'Yu',
  'Hao',
  'Xinyi',
  'Zixuan',
  'Zihan',
  'Yinuo',
  'Siyuan',
  'Yutong',
];
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
  'Kate',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Peter',
  'Quinn',
  'Ruby',
  'Sam',
  'Tara',
  'Umar',
  'Vera',
  'Will',
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
  'Ivanova',
  'Johnson',
  'Kim',
  'Lopez',
  'Miller',
  'Nguyen',
  'Okafor',
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Walker',
];

interface Family {
  titlesEn: string[];
  titlesZh: string[];
  skills: string[];
}

const FAMILIES: Family[] = [
  {
    titlesEn: ['Backend Engineer', 'Senior Backend Engineer', 'Staff Engineer', 'Platform Engineer'],
    titlesZh: ['后端工程师', '高级后端工程师', '架构师'],
    skills: ['Go', 'Java', 'Kubernetes', 'PostgreSQL', 'gRPC', 'Redis', 'Kafka', 'Microservices', 'Docker', 'Linux'],
  },
  {
    titlesEn: ['Machine Learning Engineer', 'Data Scientist', 'NLP Engineer'],
    titlesZh: ['算法工程师', '机器学习工程师', '数据科学家'],
    skills: ['Python', 'PyTorch', 'Machine Learning', '机器学习', 'NLP', 'TensorFlow', 'Deep Learning', '推荐系统', 'SQL'],
  },
  {
    titlesEn: ['Frontend Engineer', 'Full-stack Engineer', 'Mobile Engineer'],
    titlesZh: ['前端工程师', '全栈工程师'],
    skills: ['TypeScript', 'JavaScript', 'React', 'Vue', 'GraphQL', 'Node.js', 'CSS', 'Flutter', 'iOS'],
  },
  {
    titlesEn: ['Data Engineer', 'Analytics Engineer', 'Data Analyst'],
    titlesZh: ['数据工程师', '数据分析师'],
    skills: ['SQL', 'Spark', 'Airflow', 'dbt', 'Python', '数据分析', 'Tableau', 'Hadoop', 'Flink'],
  },
  {
    titlesEn: ['Product Manager', 'Senior Product Manager', 'Product Owner'],
    titlesZh: ['产品经理', '高级产品经理'],
    skills: ['Product Management', '产品设计', 'Roadmapping', 'A/B Testing', 'User Research', 'Agile', 'SQL'],
  },
  {
    titlesEn: ['Product Designer', 'UX Designer', 'UI Designer'],
    titlesZh: ['交互设计师', 'UI设计师'],
    skills: ['Figma', 'UX Design', 'User Research', 'Prototyping', 'Design Systems', '视觉设计'],
  },
  {
    titlesEn: ['Account Executive', 'Sales Manager', 'Business Development Manager'],
    titlesZh: ['销售经理', '大客户经理', '商务拓展经理'],
    skills: ['B2B Sales', 'CRM', 'Negotiation', 'Salesforce', '客户关系', 'Lead Generation'],
  },
  {
    titlesEn: ['Financial Analyst', 'Finance Manager', 'Accountant'],
    titlesZh: ['财务分析师', '财务经理', '会计'],
    skills: ['Financial Modeling', 'Excel', 'IFRS', '财务分析', 'Budgeting', 'SAP'],
  },
  {
    titlesEn: ['Operations Manager', 'Supply Chain Manager', 'Project Manager'],
    titlesZh: ['运营经理', '供应链经理', '项目经理'],
    skills: ['Supply Chain', 'Logistics', 'Lean', '项目管理', 'Six Sigma', 'Procurement'],
  },
];

const COMPANIES_EN = [
  'ByteDance',
  'Alibaba',
  'Tencent',
  'Baidu',
  'Meituan',
  'JD.com',
  'Huawei',
  'Xiaomi',
  'DiDi',
  'NetEase',
  'Shopee',
  'Grab',
  'Microsoft',
  'Google',
  'Amazon',
  'Stripe',
  'SAP',
  'Siemens',
];
const COMPANIES_ZH = ['字节跳动', '阿里巴巴', '腾讯', '百度', '美团', '京东', '华为', '小米', '滴滴', '网易'];

export interface DemoTalent {
  name: string;
  headline: string;
  skills: string[];
}

/** A demo job: its skills are required; the requirements matching reads (years, languages, knock-outs) as a recruiter would set them. */
export type DemoJob = OpenJobSeed;

/** mulberry32: small, fast, and the same sequence on every machine (demo data, test rows, benchmarks). */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function generateDemoTalents(count: number, seed = 2026): DemoTalent[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const talents: DemoTalent[] = [];
  for (let i = 0; i < count; i++) {
    const family = FAMILIES[i % FAMILIES.length]!;
    const style = next();
    let name: string;
    let headline: string;
    if (style < 0.4) {
      name = pick(SURNAMES_ZH) + pick(GIVEN_ZH);
      headline = `${pick(family.titlesZh)} @ ${pick(COMPANIES_ZH)}`;
    } else if (style < 0.7) {
      name = `${pick(SURNAMES_PINYIN)} ${pick(GIVEN_PINYIN)}`;
      headline = `${pick(family.titlesEn)} at ${pick(COMPANIES_EN)}`;
    } else {
      name = `${pick(FIRST_EN)} ${pick(LAST_EN)}`;
      headline = `${pick(family.titlesEn)} at ${pick(COMPANIES_EN)}`;
    }
    const skills = new Set<string>();
    const wanted = 3 + Math.floor(next() * 4);
    while (skills.size < wanted) skills.add(pick(family.skills));
    talents.push({ name, headline, skills: [...skills] });
  }
  return talents;
}

// Knock-outs stay mild (one must-have skill, a floor under the years range): the demo talents record no
// years, languages or location, and an unknown figure is a gap, not a knock-out.
export const DEMO_JOBS: DemoJob[] = [
  {
    title: 'Senior Go Engineer',
    department: 'Platform',
    location: 'Shanghai',
    skills: ['Go', 'Kubernetes', 'PostgreSQL'],
    remotePolicy: 'HYBRID',
    minYearsOfExperience: 5,
    maxYearsOfExperience: 12,
    languages: ['Mandarin', 'English'],
    knockouts: { mustHaveSkills: ['Go'], minYearsOfExperience: 3 },
  },
  {
    title: '机器学习工程师',
    department: 'AI',
    location: 'Beijing',
    skills: ['Python', 'PyTorch', '机器学习'],
    minYearsOfExperience: 3,
    maxYearsOfExperience: 10,
    languages: ['Mandarin'],
    knockouts: { mustHaveSkills: ['Python'] },
  },
  {
    title: 'Frontend Engineer (React)',
    department: 'Product Engineering',
    location: 'Shenzhen',
    skills: ['TypeScript', 'React', 'GraphQL'],
    remotePolicy: 'HYBRID',
    minYearsOfExperience: 2,
    maxYearsOfExperience: 8,
    knockouts: { mustHaveSkills: ['React'] },
  },
  {
    title: 'Data Engineer',
    department: 'Data',
    location: 'Hangzhou',
    skills: ['Spark', 'Airflow', 'SQL'],
    minYearsOfExperience: 3,
    maxYearsOfExperience: 8,
    knockouts: { mustHaveSkills: ['SQL'] },
  },
  {
    title: '高级产品经理',
    department: 'Product',
    location: 'Shanghai',
    skills: ['产品设计', 'User Research', 'A/B Testing'],
    minYearsOfExperience: 5,
    maxYearsOfExperience: 15,
    languages: ['Mandarin'],
  },
  {
    title: 'Product Designer',
    department: 'Design',
    location: 'Remote',
    skills: ['Figma', 'Design Systems'],
    remotePolicy: 'REMOTE',
    minYearsOfExperience: 2,
    maxYearsOfExperience: 10,
    languages: ['English'],
    knockouts: { mustHaveSkills: ['Figma'] },
  },
  {
    title: 'Enterprise Account Executive',
    department: 'Sales',
    location: 'Singapore',
    skills: ['B2B Sales', 'Salesforce', 'Negotiation'],
    minYearsOfExperience: 4,
    maxYearsOfExperience: 12,
    languages: ['English', 'Mandarin'],
  },
  {
    title: '财务分析师',
    department: 'Finance',
    location: 'Beijing',
    skills: ['财务分析', 'Excel', 'Financial Modeling'],
    minYearsOfExperience: 2,
    maxYearsOfExperience: 6,
    languages: ['Mandarin'],
  },
  {
    title: 'Supply Chain Manager',
    department: 'Operations',
    location: 'Guangzhou',
    skills: ['Supply Chain', 'Logistics', 'Lean'],
    minYearsOfExperience: 5,
    maxYearsOfExperience: 15,
  },
  {
    title: 'Staff Platform Engineer',
    department: 'Platform',
    location: 'Remote',
    skills: ['Kubernetes', 'Go', 'Kafka'],
    remotePolicy: 'REMOTE',
    minYearsOfExperience: 8,
    maxYearsOfExperience: 20,
    languages: ['English'],
    knockouts: { mustHaveSkills: ['Kubernetes'], minYearsOfExperience: 5 },
  },
];
