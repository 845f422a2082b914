/**
 * The thirty-fifth round's forms (issue 13), from the dev halves of its blind batches (tailors and bridal shops,
 * stadiums and sports venues, wigs and hair extensions, candles and gifts, pearls, jade and gemstones, police forces):
 * a career's jobs under 工作简历; an employer with its street and its town ("…, Via Toledo, Napoli"); a school named for a
 * person, the rest after an elided particle wrapped onto the next line ("Istituto Professionale Margherita" / "d'Angiò
 * Russo, Salerno"); a pattern-maker (版师) as a title; a probationary constable; a region of the world a title covers
 * before its description's colon ("Regional Sales Manager, West Africa: …"), in one script or two. From the second
 * round's (luggage, credit unions, newspapers, campsites, recording studios, yoga studios): a holiday-park operator
 * with its park and its town ("…Resorts, Trecco Bay, Porthcawl"); a Latin employer's branch in Chinese and Latin
 * letters in brackets ("Pure Yoga（太古坊 Taikoo Place）"); a degree's "(Honours)" a PDF wrapped onto a line of its own, no
 * heading; the subject after a degree's letters as its major ("BSc Healthcare Science"). From the third round's (silk,
 * windows and doors, plumbing and heating, circus, mountain guides, baby products): an outdoor leader (领队) under a club
 * (俱乐部), a gas pipe fitter (管道工) and a weaver as titles; a school named by a list of its fields ("… of Physical
 * Education, Sport, Youth and Tourism"). And, from an older dev resume, the subject a lecturer teaches after a comma, a
 * school the employer ("Senior Lecturer, Automotive Technology"). Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parsed = (text: string[]) => parseResumeText(text.join('\n'));
const jobs = (text: string[]) => parsed(text).experience.map((job) => [job.company, job.title]);
const schools = (text: string[]) => parsed(text).education.map((entry) => entry.school);

describe('jobs', () => {
  it('reads the jobs under 工作简历', () => {
    const text = [
      '姓名：李建华',
      '电话：138 2211 0947',
      '',
      '基本信息',
      '性别：男',
      '籍贯：浙江宁波',
      '',
      '工作简历',
      '2012.03-至今  宁波红帮西服定制有限公司',
      '裁剪主任',
      '• 负责量体与裁剪。',
      '',
      '1998.07-2012.02  奉化服装二厂',
      '缝纫工',
      '• 做西裤与中山装。',
    ];
    expect(jobs(text)).toEqual([
      ['宁波红帮西服定制有限公司', '裁剪主任'],
      ['奉化服装二厂', '缝纫工'],
    ]);
  });

  it('reads an employer written with its street and its town', () => {
    const text = [
      'EXPERIENCE',
      'Sartoria Bellandi, Via Toledo, Napoli',
      'Mar 2015 – Present',
      'Trouser Maker',
      '• Makes bespoke trousers by hand.',
      '',
      'Lanificio Orsini, Biella',
      'Sep 2010 – Feb 2015',
      'Trainee Tailor',
      '• Basting and pressing.',
    ];
    expect(jobs(text)).toEqual([
      ['Sartoria Bellandi', 'Trouser Maker'],
      ['Lanificio Orsini', 'Trainee Tailor'],
    ]);
  });

  it('leaves a list of three places no employer', () => {
    const text = [
      'EXPERIENCE',
      'Mar 2015 – Present  Trouser Maker, Sartoria Bellandi',
      'Napoli, Salerno, Caserta',
      '• Fittings in three towns.',
    ];
    expect(jobs(text)).toEqual([['Sartoria Bellandi', 'Trouser Maker']]);
  });

  it('reads a pattern-maker (版师) as a title under an employer with its town', () => {
    const text = [
      '工作经历',
      '',
      'Lanificio Orsini S.p.A., Biella',
      '',
      '2016.03 – 2021.08',
      '',
      'Modellista 版师',
      '',
      '杭州云裁服饰有限公司',
      '',
      '2021.09 – 至今',
      '',
      '首席版型设计师',
    ];
    expect(jobs(text)).toEqual([
      ['Lanificio Orsini S.p.A.', 'Modellista 版师'],
      ['杭州云裁服饰有限公司', '首席版型设计师'],
    ]);
  });

  it('reads a probationary constable as a title', () => {
    const text = [
      'EXPERIENCE',
      'Northshire Police, Eastvale Area Command',
      'Jan 2016 – Jan 2019',
      'Probationary Constable / Constable',
      '• General duties and custody management.',
    ];
    expect(jobs(text)).toEqual([['Northshire Police', 'Probationary Constable / Constable']]);
  });

  it('keeps a region of the world a title covers before its description, in one script or two', () => {
    const head = ['工作经历', '许昌华发制品有限公司（尼日利亚子公司） | 2016.03-至今'];
    expect(jobs([...head, '非洲区销售经理 Regional Sales Manager, West Africa: 常驻拉各斯，负责经销商开发。'])).toEqual([
      ['许昌华发制品有限公司', '非洲区销售经理 Regional Sales Manager, West Africa'],
    ]);
    expect(jobs([...head, '非洲区销售经理 Regional Sales Manager, Nigeria: 常驻拉各斯，负责经销商开发。'])).toEqual([
      ['许昌华发制品有限公司', '非洲区销售经理 Regional Sales Manager, Nigeria'],
    ]);
    const latin = ['EXPERIENCE', 'Halden Hair Products Ltd | Mar 2016 – Present'];
    expect(jobs([...latin, 'Regional Sales Manager, West Africa: builds the distributor network in Lagos and Accra.'])).toEqual([
      ['Halden Hair Products Ltd', 'Regional Sales Manager, West Africa'],
    ]);
  });
});

describe('employers, second round', () => {
  it('reads a holiday-park operator written with its park and its town', () => {
    const text = [
      'EXPERIENCE',
      'Seaview Resorts, Gull Bay, Porthcawl',
      'Feb 2015 – Feb 2019',
      'Deputy General Manager',
      '• Rota planning and owner relations.',
      '',
      'Whitbread (Premier Inn Swansea)',
      'Sep 2010 – Jan 2015',
      'Hotel Manager',
    ];
    expect(jobs(text)).toEqual([
      ['Seaview Resorts', 'Deputy General Manager'],
      ['Whitbread', 'Hotel Manager'],
    ]);
  });

  it("leaves a Latin employer's branch off, written in Chinese and Latin letters in brackets", () => {
    const text = ['工作经历', 'Lotus Pilates（海港城 Harbour City） | 2019.03-至今', 'Studio Manager 分店經理'];
    expect(jobs(text)).toEqual([['Lotus Pilates', 'Studio Manager 分店經理']]);
  });
});

describe('the third round', () => {
  it('reads an outdoor leader (领队) under a club (俱乐部), and a gas pipe fitter (管道工)', () => {
    const text = [
      '工作经历',
      '2017.03 - 2020.04  户外领队',
      '成都山野户外俱乐部',
      '• 组织周末登山与露营活动。',
      '',
      '杭州市燃气集团有限公司 | 2011.07 - 2016.12',
      '燃气管道工: 负责户内立管安装与置换作业。',
    ];
    expect(jobs(text)).toEqual([
      ['成都山野户外俱乐部', '户外领队'],
      ['杭州市燃气集团有限公司', '燃气管道工'],
    ]);
  });

  it('reads a weaver as a title under a mill with its town and county', () => {
    const text = [
      'Work History',
      'The Glasgow School of Art | January 2020 – Present',
      'Weave Technician: runs the weave workshop',
      '',
      'Harwood Silk Weavers, Sudbury, Suffolk | March 2013 – December 2019',
      'Jacquard Weaver: wove silk ties on rapier looms',
    ];
    expect(jobs(text)).toEqual([
      ['The Glasgow School of Art', 'Weave Technician'],
      ['Harwood Silk Weavers', 'Jacquard Weaver'],
    ]);
  });

  it("keeps a British city's postcode district with it, as Dublin's number", () => {
    const text = [
      'Grace Adeyemi',
      '',
      'CONTACT',
      '',
      '+44 7700 900123',
      '',
      'grace.adeyemi@example.com',
      '',
      'London E2',
      '',
      'SKILLS',
      '',
      'Choreography',
    ];
    expect(parsed(text).location.value).toBe('London E2');
  });

  it('keeps a school named by a list of its fields whole', () => {
    const text = ['Education', '2013 - 2017  Volga State Academy of Physical Culture, Sport and Tourism  Bachelor, Sports Coaching'];
    expect(schools(text)).toEqual(['Volga State Academy of Physical Culture, Sport and Tourism']);
  });
});

describe('the fourth round', () => {
  it('reads a title opening on LED, no verb "led"', () => {
    const text = ['【工作经历】', '2023年7月 - 至今  深圳市光屏科技股份有限公司', 'LED 显示屏调试技术员', '负责租赁屏的现场安装调试。'];
    expect(jobs(text)).toEqual([['深圳市光屏科技股份有限公司', 'LED 显示屏调试技术员']]);
  });

  it("reads a tailor's shop (裁缝铺) as the employer, though a master (师傅) names it", () => {
    const text = ['▶ 工作经历', '2009年3月 - 2015年2月  徐汇区李师傅裁缝铺', '裁缝学徒 / 裁缝', '跟李师傅学做旗袍。'];
    expect(jobs(text)).toEqual([['徐汇区李师傅裁缝铺', '裁缝学徒 / 裁缝']]);
  });

  it('reads a French training centre and a centre for distance learning as schools', () => {
    expect(schools(['Education', '2011 – 2012  Centre de formation professionnelle de Sorel, Québec  DEP Mécanique'])).toEqual([
      'Centre de formation professionnelle de Sorel',
    ]);
    expect(schools(['EDUCATION', '2018 – 2020  Lotus Centre for Distance Learning, Pune  PGDBA Operations'])).toEqual([
      'Lotus Centre for Distance Learning',
    ]);
  });

  it('reads an Italian town with its province in brackets, and a suburb before its city and state', () => {
    const italian = [
      'Chiara Valli',
      '',
      'CONTACT',
      '',
      '+39 338 111 2233',
      '',
      'chiara.valli@example.it',
      '',
      "Sant'Angelo alla Fonte (BO)",
      '',
      'SKILLS',
    ];
    expect(parsed(italian).location.value).toBe("Sant'Angelo alla Fonte (BO)");
    const australian = ['Mia Howard', '+61 431 000 111  |  mia.howard@example.com  |  Newtown, Sydney NSW', '', 'Objective'];
    expect(parsed(australian).location.value).toBe('Newtown, Sydney NSW');
  });
});

describe('the fifth round', () => {
  it('reads a stage manager (舞台監督) under a theatre company (話劇團), and a window cleaner (清潔工)', () => {
    const text = [
      '【工作經驗】',
      '2019年4月 - 至今  舞台監督',
      '香港青年話劇團',
      '負責排練場管理與演出執行。',
      '',
      '光明清潔服務有限公司 | 2012年3月 - 2018年5月',
      '外牆清潔工（蜘蛛人）: 以吊板進行玻璃幕牆清洗。',
    ];
    expect(jobs(text)).toEqual([
      ['香港青年話劇團', '舞台監督'],
      ['光明清潔服務有限公司', '外牆清潔工（蜘蛛人）'],
    ]);
  });

  it('leaves a supervision bureau (监督所) the employer it names', () => {
    const text = ['工作经历', '2012.07-2016.06  苏州市纺织工业技术监督所', '检验员', '负责色牢度检测。'];
    expect(jobs(text)).toEqual([['苏州市纺织工业技术监督所', '检验员']]);
  });

  it("joins a school's last word a narrow column wrapped above a certificate", () => {
    const text = [
      'EDUCATION',
      '',
      'Community College of Harford',
      '',
      'County',
      '',
      'Certificate, Construction',
      '',
      'Supervision',
      '',
      '2010 – 2011',
    ];
    expect(schools(text)).toEqual(['Community College of Harford County']);
  });
});

describe('a school as employer', () => {
  it("reads the subject after a lecturer's comma as the title's, the school above as the employer", () => {
    const text = [
      '【Experience】',
      'Jan 2020 – Present  Institute of Technical Education (ITE College West)',
      'Senior Lecturer, Marine Technology',
      'Teaches diesel engine modules.',
      '',
      'Mar 2012 – Dec 2019  Keppel Shipyard Ltd',
      'Marine Engineer',
    ];
    expect(jobs(text)).toEqual([
      ['Institute of Technical Education', 'Senior Lecturer, Marine Technology'],
      ['Keppel Shipyard Ltd', 'Marine Engineer'],
    ]);
  });
});

describe('schools', () => {
  it("keeps a degree's dates when its (Honours) was wrapped onto a line of its own", () => {
    const text = [
      'Ann Brennan',
      '',
      'EDUCATION',
      '',
      'Monash University',
      '',
      'Bachelor of Physiotherapy',
      '',
      '(Honours)',
      '',
      '2012 – 2015',
    ];
    expect(parsed(text).education.map((entry) => [entry.school, entry.major, entry.start, entry.end])).toEqual([
      ['Monash University', 'Physiotherapy (Honours)', '2012', '2015'],
    ]);
  });

  it("reads the subject after a degree's letters as its major", () => {
    const majors = (degree: string) =>
      parsed(['EDUCATION', 'Swansea University', degree, 'Sep 2012 – Jun 2015']).education.map((entry) => entry.major);
    expect(majors('BSc Healthcare Science (Audiology)')).toEqual(['Healthcare Science (Audiology)']);
    expect(majors('BA (Hons) Fine Art')).toEqual(['Fine Art']);
    expect(majors('PhD Candidate')).toEqual([null]);
  });

  it("joins a school's name wrapped after a person's name, its rest opening on an elided particle", () => {
    const text = [
      'EDUCATION',
      '',
      'Istituto Professionale Margherita',
      '',
      "d'Angiò Russo, Salerno",
      '',
      'Diploma, Fashion and Clothing',
      '',
      '2006 – 2011',
    ];
    expect(schools(text)).toEqual(["Istituto Professionale Margherita d'Angiò Russo"]);
  });
});
