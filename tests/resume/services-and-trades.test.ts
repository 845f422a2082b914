/**
 * The twenty-seventh round's forms (issue 13), from the dev halves of its first round (forestry, steel, paper, maternity
 * care, e-learning, horses): a health service as the employer before its hospital ("Monash Health, Monash Medical
 * Centre"), not a field of care; an Irish county after a town ("Fethard, Co. Tipperary"); an employer no word marks
 * under a title and its unit ("Senior Process Engineer – Continuous Casting" / "ArcelorMittal Dofasco, Hamilton, ON");
 * the trades' titles no word marked (Groom, Hotwalker, Metallurgist, Stud Hand); "British" before a school's wrapped
 * last word. From the second round's (boats, broadcasting, instruments, tobacco, grain, the power grid): an apprentice's
 * and a project executive's titles (学徒, 项目执行), a placement student's and a cigar roller's; an employer's "y Cía."
 * at a line's end; 教育培训 as the schools' heading; a family name in capitals before one given name ("MARCHAL
 * Bastien"), turned unless it is an East Asian one. From the third round's (bakeries, sign language and disability
 * services, environmental assessment, cruise ships, zoos, city gas): a chocolatier's, a purser's, a keeper's, a
 * ranger's, an expert's, a host's and a maître d'hôtel's titles, a Portuguese analyst's (Analista Ambiental Pleno) and
 * 活动主持; a zoo after a group's dash is where; an employer's long name wrapped after its joining word, read whole;
 * the University of Nevada's campuses. Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { companyScore, isPlace, titleScore } from '../../subgraphs/resume/parser/fields/entry-parts.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { findName } from '../../subgraphs/resume/parser/fields/person.ts';

const parse = (lines: string[], name = 'Ada Okafor') => parseResumeText([name, 'ada.okafor@example.com', '', ...lines].join('\n'));
const jobs = (lines: string[]) => parse(lines).experience.map((e) => [e.company, e.title, e.start, e.end]);
const schools = (lines: string[]) => parse(lines).education.map((e) => e.school);

describe('a health service and its hospital', () => {
  it('reads the health service as the employer, its hospital as where', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Eastfield Health, Eastfield Medical Centre, Clayton',
        'Jul 2020 – Present',
        'Registered Midwife – Grade 3: birth suite and postnatal ward; intrapartum care.',
        'Riverside Health, Marlow Hospital',
        'Feb 2015 – Jun 2018',
        'Registered Nurse – Grade 2: general medicine ward; wound care.',
      ]),
    ).toEqual([
      ['Eastfield Health', 'Registered Midwife – Grade 3', '2020-07', 'present'],
      ['Riverside Health', 'Registered Nurse – Grade 2', '2015-02', '2018-06'],
    ]);
    expect(
      jobs([
        'WORK HISTORY',
        'Jan 2006 – Feb 2013  Queensland Health, Royal Brisbane and Women’s Hospital',
        'Clinical Nurse Educator',
        'clinical education and orientation for graduate nurses.',
      ]),
    ).toEqual([['Queensland Health', 'Clinical Nurse Educator', '2006-01', '2013-02']]);
  });

  it('takes a field of care for no employer', () => {
    for (const field of ['Public Health', 'Mental Health', 'Perinatal Mental Health', 'Community Health', 'community mental health'])
      expect(companyScore(field)).toBe(0);
    for (const service of ['Monash Health', 'Banner Health', 'Queensland Health']) expect(companyScore(service)).toBe(1);
  });
});

describe('an Irish stud hand and an American groom', () => {
  it('reads a town and its county as the place, a stud hand’s title', () => {
    expect(isPlace('Co. Tipperary')).toBe(true);
    expect(isPlace('Fethard', 'Co. Tipperary')).toBe(true);
    expect(
      jobs([
        'Experience',
        'Aug 2019 – Present  Stud Hand',
        'Ballyhale Stud, Fethard, Co. Tipperary',
        '• Nights on the foaling unit.',
        'Jun 2012 – Dec 2018  Farm Hand',
        'Nolan Family Farm',
        '• Milking and calving.',
      ]),
    ).toEqual([
      ['Ballyhale Stud', 'Stud Hand', '2019-08', 'present'],
      ['Nolan Family Farm', 'Farm Hand', '2012-06', '2018-12'],
    ]);
  });

  it('reads a groom’s and a hotwalker’s titles before their colons, not the racecourse after the stable', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Pinecrest Racing Stable, Louisville, KY',
        '01/2019 - Present',
        'Assistant Trainer: runs the trainer’s string: training schedules, entries and scratches.',
        'Pinecrest Racing Stable, Keeneland',
        '04/2013 - 12/2018',
        'Groom: four horses a day: mucking out, bandaging and hand-walking.',
        'Dunmore Stables, Ellis Park',
        '05/2010 - 03/2013',
        'Hotwalker: cooling out horses after training.',
      ]),
    ).toEqual([
      ['Pinecrest Racing Stable', 'Assistant Trainer', '2019-01', 'present'],
      ['Pinecrest Racing Stable', 'Groom', '2013-04', '2018-12'],
      ['Dunmore Stables', 'Hotwalker', '2010-05', '2013-03'],
    ]);
  });

  it('reads the trades’ words as titles only at a title’s end', () => {
    for (const title of ['Groom', 'Farrier', 'Senior Smelter Metallurgist', 'Able Seaman', 'Clinical Coder', 'Junior DBA', 'Tea Taster'])
      expect(titleScore(title)).toBe(2);
    // A business named for the trade is no title ("Hagan Farrier Service").
    expect(titleScore('Whitby Farrier Service')).toBe(0);
  });
});

describe('a steel engineer and a forester', () => {
  it('reads an employer no word marks under a title and its unit', () => {
    expect(
      jobs([
        'Experience',
        'Sep 2021 – Present  Senior Process Engineer – Continuous Casting',
        'Lakeport Steelworks, Hamilton, ON',
        '• Process owner for the slab caster.',
        'May 2012 – Jun 2018  Process Engineer – Steelmaking',
        'Northvale Metals, Nanticoke, ON',
        '• Ladle metallurgy support.',
      ]),
    ).toEqual([
      ['Lakeport Steelworks', 'Senior Process Engineer – Continuous Casting', '2021-09', 'present'],
      ['Northvale Metals', 'Process Engineer – Steelmaking', '2012-05', '2018-06'],
    ]);
  });

  it('reads a smelter’s site after the employer as where, the metallurgist’s title after the bar', () => {
    expect(
      jobs([
        '【Experience】',
        'Feb 2020 – Present  Kestrel Mining – Redhill Copper Smelter | Senior Smelter Metallurgist',
        'Metallurgical accounting and mass balance.',
      ]),
    ).toEqual([['Kestrel Mining', 'Senior Smelter Metallurgist', '2020-02', 'present']]);
  });

  it('joins a school’s last word a narrow column wrapped after "British"', () => {
    expect(
      schools(['EDUCATION', 'University of Northern British', 'Columbia', 'BSc Forest Ecology and', 'Management', '2009 – 2014']),
    ).toEqual(['University of Northern British Columbia']);
  });
});

describe('a boat engineer’s apprenticeship, a cigar roller and a grid lineman', () => {
  it('reads an apprentice’s title above a works no company word marks', () => {
    expect(
      jobs([
        '工作经历',
        '2019.04-至今  轮机长',
        '海南蓝湾游艇管理有限公司',
        '• 负责游艇的船机保养。',
        '2007.03-2012.05  汽修学徒',
        '琼海市东坡汽车修理厂',
        '• 柴油车发动机维修。',
      ]),
    ).toEqual([
      ['海南蓝湾游艇管理有限公司', '轮机长', '2019-04', 'present'],
      ['琼海市东坡汽车修理厂', '汽修学徒', '2007-03', '2012-05'],
    ]);
    expect(titleScore('会展项目执行')).toBe(2);
  });

  it('reads "y Cía." as an employer’s end, not a sentence’s, and a cigar roller’s and a placement student’s titles', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Tabacalera del Cibao, Santiago',
        'Feb 2017 – Present',
        'Quality Control Supervisor',
        '• leads the inspectors on the factory floor.',
        'Tabacalera R. Almonte y Cía.',
        'Mar 2009 – Jan 2017',
        'Cigar Roller (Torcedora)',
        '• bunching and rolling of long-filler cigars.',
        'Teagasc, Oak Park, Carlow',
        'Jan 2008 – Jun 2008',
        'Placement Student',
      ]),
    ).toEqual([
      ['Tabacalera del Cibao', 'Quality Control Supervisor', '2017-02', 'present'],
      ['Tabacalera R. Almonte y Cía.', 'Cigar Roller (Torcedora)', '2009-03', '2017-01'],
      ['Teagasc', 'Placement Student', '2008-01', '2008-06'],
    ]);
  });

  it('reads 教育培训 as the schools’ heading', () => {
    expect(
      schools([
        '■ 工作经历',
        '1994.07-2009.02  郑州供电公司',
        '线路工',
        '■ 教育培训',
        '2005.03-2008.01  华北水利水电大学  电气工程及其自动化 函授本科',
        '1991.09-1994.07  河南省电力技工学校  送电线路 中专',
      ]),
    ).toEqual(['华北水利水电大学', '河南省电力技工学校']);
  });

  it('turns a family name in capitals before one given name, unless it is an East Asian one', () => {
    const name = (first: string) => findName(`${first}\nSkipper\n`, [first, 'Skipper']).value;
    expect(name('MARCHAND Julien')).toBe('Julien Marchand');
    expect(name('SATO Haruka')).toBe('Haruka Sato');
    expect(name('TAN Wei Ming')).toBe('Tan Wei Ming');
    expect(name('NGUYEN Hoa')).toBe('Nguyen Hoa');
  });
});

describe('a chocolatier, a purser, a keeper and an environmental officer', () => {
  it('reads the trades’ titles under an employer and its town', () => {
    for (const title of [
      'Chocolatier',
      'Chief Purser',
      'Senior Keeper – Primates',
      'Zookeeper',
      'Senior Ranger, Anti-Poaching Unit',
      'Functional Area Expert – Air Pollution',
      'Activity Host',
      'Maître d’Hôtel',
      'Analista Ambiental Pleno',
      '活动主持',
    ])
      expect(titleScore(title)).toBe(2);
    expect(
      jobs([
        'EXPERIENCE',
        'Maison Verhaegen, Vlezenbeek',
        'Sep 2011 – Feb 2018',
        'Chocolatier',
        'tempering, enrobing and moulding.',
        'Adriatic Cruises, Rijeka',
        'May 2005 – Apr 2011',
        'Purser',
        'crew payroll and port clearance.',
      ]),
    ).toEqual([
      ['Maison Verhaegen', 'Chocolatier', '2011-09', '2018-02'],
      ['Adriatic Cruises', 'Purser', '2005-05', '2011-04'],
    ]);
  });

  it('reads a zoo after a group’s dash as where, and a long name wrapped after its joining word as one', () => {
    expect(jobs(['Experience', 'Oct 2020 – Present  Harbourside Wildlife Group – Riverside Zoo', 'Senior Keeper (Primates)'])).toEqual([
      ['Harbourside Wildlife Group', 'Senior Keeper (Primates)', '2020-10', 'present'],
    ]);
    expect(
      jobs([
        'EXPERIENCE',
        'Northern Cape Department of Water Affairs and',
        'Development Planning',
        'Feb 2012 – Dec 2016',
        'Environmental Officer: EIA application review and compliance monitoring.',
      ]),
    ).toEqual([['Northern Cape Department of Water Affairs and Development Planning', 'Environmental Officer', '2012-02', '2016-12']]);
  });

  it('keeps the University of Nevada’s campus in its name', () => {
    expect(schools(['Education', '2018 – 2023  University of Nevada, Las Vegas  B.S. Mechanical Engineering'])).toEqual([
      'University of Nevada, Las Vegas',
    ]);
  });
});
