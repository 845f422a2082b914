/**
 * The thirty-sixth round's forms (issue 13), from the dev halves of its blind batches (call centres, antiques and
 * auction houses, feed mills, snack foods, bubble tea, bowling alleys and water parks): a title with an initialism
 * ("Senior Consignment Director, U.S. Coins: …") before its description's colon, the description stopping on "at", its
 * sentence running on over the next line to a semicolon ("…development at" / "FUN and ANA coin shows and through dealer
 * networks; commission"), no employer; a school named for two fields, the second's last word wrapped onto the line of
 * its school word ("Maharashtra Animal and Fishery" / "Sciences University, Nagpur"); a sidebar's school whose town's
 * "City" a PDF wrapped onto a line of its own, above the degree, no label of where the person lives. From the second
 * round's (barbershops, massage parlours, tofu and noodles, kindergartens, veterans, prisons and probation): a US
 * preschool programme ("ABCD Head Start") as an employer, no head's title; a masseur, a hospital corpsman and a
 * correctional official as titles; a German Klinikum as an employer; the letters that open a Chinese title in a spa or
 * a B2B trade ("SPA 理疗师", "B2B 电商运营经理"); a school's name stopped on an open word, the rest opening on "and" ("Watpo
 * Thai Traditional Medical" / "and Massage School, Bangkok"); a German Schulen and a Māori wānanga as schools. From the
 * third round's (ambulance services, lifeguards and search and rescue, meteorology, geological survey, postal services,
 * supermarkets): an EMT, a meteorological observer, a customs declarant, a German carrier (Verbundzusteller) and an
 * apprentice (Auszubildender) before their descriptions' colons; a boat's coxswain (艇长), a sailor (水手) and a buyer of
 * produce (蔬果采购) as Chinese titles; a research project under a heading in two scripts ("科研项目 Research Projects"), no
 * job; a college's name wrapped before "Higher Education", no heading. From the fourth round's (wholesale markets,
 * department stores, clinical trials, Chinese medicine clinics, data centres, the power grid): a wholesale market as an
 * employer (…批发市场中心); a title written in English first, then Chinese ("Clinic Manager 诊所经理"); a suburb with its city's
 * postal district ("Rathmines, Dublin 6"). From the fifth round's (home renovation, PCB assembly, contract catering,
 * photography studios, removals, rice mills): a name's letters parted by middle dots ("M·A·C 魅可") kept whole; a surname
 * in capitals before the given name ("DELGADO, Ramon") no town, though a town bears it. Invented people; the forms are
 * the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parsed = (text: string[]) => parseResumeText(text.join('\n'));
const jobs = (text: string[]) => parsed(text).experience.map((job) => [job.company, job.title]);
const schools = (text: string[]) => parsed(text).education.map((entry) => entry.school);

describe('jobs', () => {
  it('reads a title with an initialism before its description, and a description that stops on "at" and runs on to a semicolon, no employer', () => {
    const text = [
      'Dolores Whitcombe',
      'd.whitcombe@example.com',
      '',
      'EXPERIENCE',
      'Lone Star Numismatics, Austin, TX',
      '03/2019 - Present',
      'Consignment Manager, U.K. Coins: Lot sourcing at',
      'Long Beach Expo shows and through dealer networks; fee',
      'negotiation; condition reports.',
      'Gulf Coast Bullion, Galveston, TX',
      '05/2014 - 02/2019',
      'Counter Buyer: Buying and grading over the counter.',
    ];
    expect(jobs(text)).toEqual([
      ['Lone Star Numismatics', 'Consignment Manager, U.K. Coins'],
      ['Gulf Coast Bullion', 'Counter Buyer'],
    ]);
  });
  it('reads a US preschool programme as the employer, not a head’s title', () => {
    const text = [
      'EXPERIENCE',
      'Aug 2019 – Present  Little Acorns Learning Center, Quincy, MA',
      'Lead Teacher',
      '• Plans the preschool room’s curriculum.',
      '',
      'Sep 2014 – Jul 2019  Lowell Community Head Start, Lowell, MA',
      'Teacher Aide',
      '• Supported small-group activities.',
    ];
    expect(jobs(text)).toEqual([
      ['Little Acorns Learning Center', 'Lead Teacher'],
      ['Lowell Community Head Start', 'Teacher Aide'],
    ]);
  });

  it('reads a masseur, a hospital corpsman and a correctional official as titles, a German Klinikum as the employer', () => {
    const text = [
      'EXPERIENCE',
      'Klinikum Bogenhausen, Munich',
      'Apr 2019 – Present',
      'Medical Masseur',
      '• Lymph drainage and connective tissue massage for inpatients.',
      '',
      'U.S. Navy, Naval Hospital Camp Lejeune',
      'Jun 2012 – Mar 2019',
      'Hospital Corpsman Third Class (HM3)',
      '• Triage and wound care.',
      '',
      'Department of Correctional Services, Durban',
      'Feb 2008 – May 2012',
      'Correctional Official',
      '• Admissions and unlock counts.',
    ];
    expect(jobs(text)).toEqual([
      ['Klinikum Bogenhausen', 'Medical Masseur'],
      ['U.S. Navy', 'Hospital Corpsman Third Class (HM3)'],
      ['Department of Correctional Services', 'Correctional Official'],
    ]);
  });

  it('keeps the letters that open a Chinese title in a spa or a B2B trade', () => {
    const text = [
      '工作经历',
      '三亚某度假酒店',
      '2016.05-2020.09',
      'SPA 技师 Spa Therapist',
      '',
      '杭州某贸易有限公司',
      '2012.07-2016.04',
      'B2B 电商运营专员 E-commerce Operations Specialist',
    ];
    expect(jobs(text).map(([, title]) => title)).toEqual(['SPA 技师 Spa Therapist', 'B2B 电商运营专员 E-commerce Operations Specialist']);
  });
  it('reads an EMT, a meteorological observer and a customs declarant as titles before their descriptions', () => {
    const text = [
      'Experience',
      'Rural/Metro Ambulance, Phoenix, AZ | Jul 2016 – Present',
      'EMT-Basic: BLS transports and 911 response; patient assessment and splinting.',
      '',
      'Met Office, RAF Lossiemouth | Sep 2010 – Jun 2016',
      'Meteorological Observer: hourly synoptic and METAR observations for flying.',
      '',
      'Kerry Logistics, Felixstowe | Mar 2007 – Aug 2010',
      'Customs Declarant: import entries and tariff classification.',
    ];
    expect(jobs(text)).toEqual([
      ['Rural/Metro Ambulance', 'EMT-Basic'],
      ['Met Office', 'Meteorological Observer'],
      ['Kerry Logistics', 'Customs Declarant'],
    ]);
  });

  it('reads a boat’s coxswain, a sailor and a buyer of produce as Chinese titles', () => {
    const text = [
      '【工作经历】',
      '交通运输部南海救助局（湛江救助基地） | 2017.3-至今',
      '救助艇艇长: 驾驶高速救助艇执行海上人员救助。',
      '',
      '湛江港客运有限公司 | 2011.5-2017.2',
      '水手: 负责系解缆与瞭望。',
      '',
      '某生鲜超市有限公司 | 2008.7-2011.4',
      '蔬果采购: 负责产地直采与到货验收。',
    ];
    expect(jobs(text).map(([, title]) => title)).toEqual(['救助艇艇长', '水手', '蔬果采购']);
  });

  it('reads German carriers’ and apprentices’ titles before their descriptions', () => {
    const text = [
      'WORK EXPERIENCE',
      'Deutsche Post AG | 08/2013 - present',
      'Verbundzusteller (combined letter and parcel carrier): delivers a route of 1,200 households.',
      'Deutsche Post AG, Briefzentrum Kassel | 09/2011 - 07/2013',
      'Auszubildender – Fachkraft für Kurier-, Express- und Postdienstleistungen: letter sorting and parcel delivery.',
    ];
    const [carrier, apprentice] = jobs(text).map(([, title]) => title);
    expect(carrier).toBe('Verbundzusteller (combined letter and parcel carrier)');
    // The apprentice's trade after the dash is a unit the title keeps or leaves; the employer's site is no title.
    expect(apprentice).toMatch(/^Auszubildender\b/u);
  });

  it('reads no job from a research project under a heading in two scripts', () => {
    const text = [
      '工作经历 Experience',
      '2019年9月 - 至今',
      '中国科学院大气物理研究所',
      '助理研究员 Assistant Researcher',
      '负责区域气候模式研发。',
      '',
      '科研项目 Research Projects',
      '国家自然科学基金青年项目：东亚季风降水的多尺度变率（2020-2023），主持',
      '',
      '教育背景 Education',
      '2013年9月 - 2019年6月',
      '南京信息工程大学',
      '气象学 博士',
    ];
    expect(jobs(text)).toEqual([['中国科学院大气物理研究所', '助理研究员 Assistant Researcher']]);
  });
  it('reads a title written in English first, then Chinese, as one title', () => {
    const text = [
      '工作经历 Experience',
      '2019.06-至今  Clinic Manager 诊所经理',
      'Acuhealth Centre, Camden',
      '• 负责排班与前台管理。',
      '',
      '2015.03-2019.05  Clinic Assistant 诊所助理',
      'Lotus Herbal Ltd, Soho',
      '• 协助接诊。',
    ];
    expect(jobs(text)).toEqual([
      ['Acuhealth Centre', 'Clinic Manager 诊所经理'],
      ['Lotus Herbal Ltd', 'Clinic Assistant 诊所助理'],
    ]);
  });

  it('reads a wholesale market as an employer', () => {
    const text = [
      '工作经历',
      '2019.06-至今  Lotus Clinic',
      '诊所助理',
      '• 负责前台。',
      '',
      '2014.07-2019.05  广州江南农副产品批发市场中心',
      '价格信息员',
      '• 每日采集交易价格。',
    ];
    expect(jobs(text)).toEqual([
      ['Lotus Clinic', '诊所助理'],
      ['广州江南农副产品批发市场中心', '价格信息员'],
    ]);
  });
  it('leaves off a group’s business and a university’s school after a dash', () => {
    const text = [
      'Experience',
      'Harlow Freight Group – Harlow Express Parcels | Mar 2018 – Present',
      'Depot Manager: linehaul and sortation.',
      '',
      'University of Carrow – School of Continuing Studies | Sep 2012 – Feb 2018',
      'Programme Coordinator: evening courses.',
    ];
    expect(jobs(text).map(([company]) => company)).toEqual(['Harlow Freight Group', 'University of Carrow']);
  });
  it('keeps a name’s letters parted by middle dots whole', () => {
    const text = ['工作经历', '2018.05-2021.02  N·Y·X 专业彩妆（上海）', 'Makeup Artist 彩妆师', '• 负责专柜彩妆服务。'];
    expect(jobs(text)[0]![0]).toBe('N·Y·X 专业彩妆');
  });
});

describe('schools', () => {
  it('joins a school named for two fields, the second wrapped onto its school word’s line', () => {
    const text = [
      'EDUCATION',
      'University of Reading',
      'MSc Animal Science',
      'Sep 2015 – Aug 2016',
      'Karnataka Dairy and Veterinary',
      'Sciences University, Chennai',
      'B.V.Sc.',
      '2008 – 2013',
    ];
    expect(schools(text)).toEqual(['University of Reading', 'Karnataka Dairy and Veterinary Sciences University']);
  });
  it('joins a name stopped on an open word, the rest opening on "and", and reads a Schulen and a wānanga as schools', () => {
    const text = [
      'EDUCATION',
      'Chiang Mai Traditional Medical',
      'and Massage School, Chiang Mai',
      'Thai Massage Course',
      '2011 – 2012',
      'Kerschensteiner Schulen, Augsburg',
      'State-certified Masseur',
      '2008 – 2010',
      'Te Wānanga o Raukawa',
      'Diploma in Māori Studies',
      '2005 – 2006',
    ];
    expect(schools(text)).toEqual(['Chiang Mai Traditional Medical and Massage School', 'Kerschensteiner Schulen', 'Te Wānanga o Raukawa']);
  });
  it('joins a college’s name a narrow column wrapped before "Higher Education", no heading', () => {
    const text = [
      'EDUCATION',
      'Oxford Brookes University',
      'BSc (Hons) Paramedic Science',
      '2017 – 2020',
      'Barnfield College of Further and',
      'Higher Education',
      'BTEC Level 3 Extended Diploma',
      '2011 – 2013',
    ];
    expect(schools(text)).toEqual(['Oxford Brookes University', 'Barnfield College of Further and Higher Education']);
  });
});

describe('where the person lives', () => {
  it('does not read a degree under a school town’s wrapped "City" as where the person lives', () => {
    const text = [
      'Marites Dela Cruz',
      '',
      'CONTACT',
      '',
      '+971 52 410 8832',
      '',
      'marites.dc@example.com',
      '',
      'Dubai, UAE',
      '',
      'EDUCATION',
      '',
      'University of Santo Tomas, Legazpi',
      '',
      'City',
      '',
      'Bachelor of Science in Tourism',
      '',
      'Management',
      '',
      '2009 – 2013',
    ];
    expect(parsed(text).location.value).toBe('Dubai, UAE');
  });
  it('reads a suburb with its city’s postal district on the contact line', () => {
    const text = ['Siobhán Kavanagh', '', '+353 86 412 7730  |  s.kavanagh@example.ie  |  Drumcondra, Dublin 9', '', 'Experience'];
    expect(parsed(text).location.value).toBe('Drumcondra, Dublin 9');
  });
  it('reads no surname written first in capitals as a town, though a town bears it', () => {
    const text = ['MEDINA, Carlos', '(602) 555-0133  |  c.medina@example.com  |  Mesa, AZ', '', 'Experience'];
    expect(parsed(text).location.value).toBe('Mesa, AZ');
  });
});
