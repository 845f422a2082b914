/**
 * The thirty-third round's forms (issue 13), from the dev halves of its blind batches (meat processing, travel
 * agencies, fitness clubs, fuel stations, wire and cable, guesthouses): an e-mail address a PDF's narrow column
 * wrapped at a hyphen of its domain ("…@taighmor-" / "skye.co.uk") or anywhere in a domain not yet whole ("…@gmail.co"
 * / "m"), and the town below it; a town with a German joining word ("Freiburg im Breisgau"); a city's postal district
 * ("Dublin 8"); Hong Kong's 現時 as a range's open end; the Welsh words for a school (Coleg, Ysgol); a university's
 * college written after the degree ("B.A. in Tourism, College of Tourism"), which is no second school; the meat trade's
 * and a tour operator's titles (Boner, Slaughterman, Resort Rep, Chalet Host) and Taiwan's civil-service grade 技正.
 * From the second round's (nail salons, fertilisers, restaurant chains, used cars, aluminium extrusion, escape rooms):
 * Turkey's, Central Europe's and the Gulf's legal forms ("… Sanayi ve Ticaret A.Ş.", "Kft.", "PJSC"), whose full stop
 * ends no sentence and whose "ve" is a name's joining word; a Chinese country in brackets after a legal form, which is
 * where ("… Holding Ltd.（马来西亚）"); a metropolitan area of two cities ("Dallas–Fort Worth"), no title; a shop's
 * owner (店主); the wrapped tail of a sentence ending on a title's word ("terms; works the block with … the block
 * clerk"), no entry's header; a department named by a list of its fields ("Department of Agriculture, Food and the
 * Marine"). From the third round's (poultry, supplements, freight forwarding, cabinetry, notaries, vending): a table
 * whose first column is the dates (时间 / 学校 / 专业), each row's cells below its dates, not above the next row's; the
 * country a role covers after its title and a comma ("Key Account Manager, Ireland: …"); a title searcher and an
 * abstractor. From the fourth round's (motorcycles, laboratory animals, quarries, stationery, vocational schools,
 * fireworks): a range that ends a sentence of description ("deployed to Iraq 2006–2007."), no entry; a body named by
 * a list of its fields ("Agency for Science, Technology and Research"); a Chinese hotel's, restaurant's or teahouse's
 * name (扬州迎宾馆, 富春茶社) and a head chef (主厨). Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parsed = (text: string[]) => parseResumeText(text.join('\n'));

describe('contact details a PDF wrapped', () => {
  it('joins an e-mail address wrapped at a hyphen of its domain, and reads the town below it', () => {
    const resume = parsed([
      'Morag Sinclair',
      '',
      'EXPERIENCE',
      '',
      'Harbourview Guest House, Tobermory',
      '',
      'Apr 2016 – Present',
      '',
      'Owner & Host',
      '',
      '• Run a six-room guest house.',
      '',
      'CONTACT',
      '',
      '+44 7700 900412',
      '',
      'morag.sinclair@harbourview-',
      '',
      'mull.co.uk',
      '',
      'Tobermory, Isle of Mull',
    ]);
    expect(resume.emails.map((email) => email.value)).toEqual(['morag.sinclair@harbourview-mull.co.uk']);
    expect(resume.location.value).toBe('Tobermory, Isle of Mull');
  });

  it('leaves an address that ends its line whole, and a sentence after it alone', () => {
    const resume = parsed(['Ewan Grant', 'ewan.grant@example.co.uk', 'Next.js and Node developer', '', 'Skills', 'Go']);
    expect(resume.emails.map((email) => email.value)).toEqual(['ewan.grant@example.co.uk']);
  });

  it('joins an e-mail address a PDF wrapped anywhere in a domain not yet whole', () => {
    const emails = (rest: string[]) =>
      parsed(['Tom Whitfield', '', ...rest, '', 'EXPERIENCE', '', 'Acme Labs Ltd', '', 'Jan 2020 – Present', '', 'Analyst']).emails.map(
        (email) => email.value,
      );
    expect(emails(['tom.whitfield.labs@gmail.co', '', 'm'])).toEqual(['tom.whitfield.labs@gmail.com']);
    expect(emails(['tom@harbourlegal.com.', '', 'au'])).toEqual(['tom@harbourlegal.com.au']);
    expect(emails(['tom@northcoastweddin', '', 'gs.com'])).toEqual(['tom@northcoastweddings.com']);
  });

  it('takes no line after a domain that ends whole', () => {
    const resume = parsed(['Tom Whitfield', '', 'tom@example.com', '', 'portfolio.io', '', 'EXPERIENCE', '', 'Acme Labs Ltd']);
    expect(resume.emails.map((email) => email.value)).toEqual(['tom@example.com']);
  });

  it('reads a town with a German joining word ("Freiburg im Breisgau")', () => {
    const resume = parsed(['Lena Vogt', '+49 151 555 0142  |  lena@example.de  |  Freiburg im Breisgau, Germany', '', 'Skills', 'SAP']);
    expect(resume.location.value).toBe('Freiburg im Breisgau, Germany');
  });

  it('reads a city with its postal district on the contact line', () => {
    const resume = parsed(['Saoirse Nolan', '+353 86 555 0142  |  saoirse@example.ie  |  Dublin 6W', '', 'Skills', 'Pilates']);
    expect(resume.location.value).toBe('Dublin 6W');
  });
});

describe('dates and schools', () => {
  it('reads 現時 as a range still open', () => {
    const resume = parsed([
      '個人履歷',
      '姓名：陳家豪',
      '電話：+852 6123 4567',
      '',
      '【工作經驗】',
      '2016年3月 – 現時  信和凍肉批發有限公司',
      '凍肉送貨司機',
      '每日送貨往各區街市。',
    ]);
    expect(resume.experience.map((entry) => [entry.company, entry.title, entry.start, entry.end])).toEqual([
      ['信和凍肉批發有限公司', '凍肉送貨司機', '2016-03', 'present'],
    ]);
  });

  it('reads the Welsh words for a college and a school', () => {
    const resume = parsed([
      'Rhys Morgan',
      'rhys@example.co.uk',
      '',
      'Education',
      '2012 – 2014  Coleg Ceredigion, Aberystwyth  BTEC Level 3 Business',
      '2005 – 2012  Ysgol Gyfun Penweddig  GCSEs',
    ]);
    expect(resume.education.map((entry) => entry.school)).toEqual(['Coleg Ceredigion', 'Ysgol Gyfun Penweddig']);
  });

  it('keeps a university’s college written after the degree with the university', () => {
    const resume = parsed([
      'Haruka Mori',
      'haruka@example.jp',
      '',
      'Education',
      '2012 – 2016  Meiji University  B.A. in Commerce, College of Commerce',
    ]);
    expect(resume.education.map((entry) => entry.school)).toEqual(['Meiji University']);
  });

  it('still reads a college with a degree of its own after the university’s as a second school', () => {
    const resume = parsed([
      'Ada Ruiz',
      'ada@example.com',
      '',
      'Education',
      '2008 – 2014  University of Kent  BA  College of Charleston  MSc',
    ]);
    expect(resume.education.map((entry) => entry.school)).toEqual(['University of Kent', 'College of Charleston']);
  });
});

describe('titles of the trades', () => {
  it('reads a boner and a slaughterman as titles above or beside their employer', () => {
    const resume = parsed([
      'Wayne Doherty',
      '+61 437 555 018  |  wayne@example.com.au',
      '',
      'EMPLOYMENT',
      'Feb 2004 – Feb 2011  Boner',
      'Kilcoy Beef Exports, Kilcoy QLD',
      'Chuck and loin boning on the chain.',
      '',
      'Teys, Beenleigh | May 1999 – Jan 2004',
      'Slaughterman: stunning and dressing on the lamb line.',
    ]);
    expect(resume.experience.map((entry) => [entry.company, entry.title])).toEqual([
      ['Kilcoy Beef Exports', 'Boner'],
      ['Teys', 'Slaughterman'],
    ]);
  });

  it('reads a tour operator’s resort rep and chalet host under a town', () => {
    const resume = parsed([
      'Holly Pearce',
      'holly@example.co.uk',
      '',
      'Experience',
      'Dec 2015 – Apr 2017  Crystal Ski, Méribel',
      'Chalet Host / Resort Rep',
      '• Ran a 12-bed chalet.',
    ]);
    expect(resume.experience.map((entry) => [entry.company, entry.title])).toEqual([['Crystal Ski', 'Chalet Host / Resort Rep']]);
  });

  it('reads Taiwan’s civil-service grade 技正 before a colon as the title', () => {
    const resume = parsed([
      '吳怡君',
      '電話：+886 912 345 678',
      '',
      '【工作經歷】',
      '農業部動植物防疫檢疫署 | 2020年8月 - 迄今',
      '技正: 負責屠宰衛生檢查督導。',
    ]);
    expect(resume.experience.map((entry) => [entry.company, entry.title])).toEqual([['農業部動植物防疫檢疫署', '技正']]);
  });
});

describe('employers and titles of the second round', () => {
  const entries = (text: string[]) => parsed(text).experience.map((entry) => [entry.company, entry.title]);

  it('reads an employer ending on a Turkish or a Hungarian legal form above the dates and the title', () => {
    const found = entries([
      'Kerem Aydın',
      '',
      'EXPERIENCE',
      '',
      'Yıldız Profil Sanayi ve Ticaret A.Ş., Gebze',
      '',
      'Jan 2019 – Present',
      '',
      'Anodising Line Supervisor',
      '',
      '• Runs the anodising line.',
      '',
      'Duna Fém Feldolgozó Kft.',
      '',
      'Mar 2014 – Dec 2018',
      '',
      'Press Operator',
      '',
      '• Ran a 1800-ton press.',
    ]);
    expect(found).toEqual([
      ['Yıldız Profil Sanayi ve Ticaret A.Ş.', 'Anodising Line Supervisor'],
      ['Duna Fém Feldolgozó Kft.', 'Press Operator'],
    ]);
  });

  it('leaves a Chinese country in brackets after a legal form off, as a Latin one', () => {
    const found = entries([
      '林嘉欣',
      '电话：+60 12 345 6789',
      '',
      '工作经历',
      '2020.03-至今  Jade Garden Dining Group Sdn. Bhd. Ltd.（新加坡）',
      '区域经理',
      '负责六家门店。',
    ]);
    expect(found[0]?.[0]).toBe('Jade Garden Dining Group Sdn. Bhd. Ltd.');
  });

  it('reads a metropolitan area after the employer as where, and the title on its own line', () => {
    const found = entries([
      'Kayla Brooks',
      '(214) 555-0139  |  kayla@example.com',
      '',
      'Experience',
      '',
      'Pluckers Wing Bar, L.L.C., Minneapolis–Saint Paul',
      '',
      'Jan 2021 – Present',
      '',
      'Area Leader',
      '',
      'Pluckers Wing Bar, L.L.C.',
      '',
      'Apr 2017 – Dec 2020',
      '',
      'Restaurant Leader',
    ]);
    expect(found).toEqual([
      ['Pluckers Wing Bar, L.L.C.', 'Area Leader'],
      ['Pluckers Wing Bar, L.L.C.', 'Restaurant Leader'],
    ]);
  });

  it('reads a shop owner (店主) before a colon as the title', () => {
    const found = entries([
      '王丽',
      '电话：150 1234 5678',
      '',
      '【工作经历】',
      '衡阳市雁峰区美甲小铺 | 2017年3月 - 至今',
      '店主: 开店选址与门店经营。',
    ]);
    expect(found).toEqual([['衡阳市雁峰区美甲小铺', '店主']]);
  });

  it('reads the wrapped tail of a bullet as description, though a title’s word ends it', () => {
    const found = entries([
      'Luis Ortega',
      '',
      'EXPERIENCE',
      '',
      'Copart, Phoenix, AZ',
      '',
      'Jan 2020 – Present',
      '',
      'Auctioneer',
      '',
      '• Calls bids on three lanes and announces the sale',
      '',
      'terms; works the block with the ringmen and the sale clerk',
      '',
      'Pep Boys, Mesa, AZ',
      '',
      'Aug 2015 – Dec 2019',
      '',
      'Service Technician',
    ]);
    expect(found).toEqual([
      ['Copart', 'Auctioneer'],
      ['Pep Boys', 'Service Technician'],
    ]);
  });

  it('reads a government department named by a list of its fields as one employer', () => {
    const found = entries([
      'Niamh Walsh',
      'niamh@example.ie',
      '',
      'Experience',
      'May 2016 – Jan 2020  Department of Housing, Local Government and Heritage, Athlone',
      'Planning Inspector',
      'Inspected appeals.',
    ]);
    expect(found).toEqual([['Department of Housing, Local Government and Heritage', 'Planning Inspector']]);
  });

  it('still leaves a town after a department off', () => {
    const found = entries([
      'Niamh Walsh',
      'niamh@example.ie',
      '',
      'Experience',
      'May 2016 – Jan 2020  Department of Education, Athlone',
      'Schools Inspector',
    ]);
    expect(found).toEqual([['Department of Education', 'Schools Inspector']]);
  });
});

describe('tables and titles of the third round', () => {
  it('reads a table whose first column is the dates, a row’s cells below its dates', () => {
    const resume = parsed([
      '陳雅婷',
      '電話：0912 345 678',
      '',
      '教育背景',
      '',
      '時間',
      '',
      '學校',
      '',
      '專業 / 學歷',
      '',
      '2012/09～2014/06',
      '',
      '國立清華大學',
      '',
      '材料科學工程研究所 碩士',
      '',
      '2008/09～2012/06',
      '',
      '國立中興大學',
      '',
      '化學系 學士',
    ]);
    expect(resume.education.map((entry) => [entry.school, entry.start])).toEqual([
      ['國立清華大學', '2012-09'],
      ['國立中興大學', '2008-09'],
    ]);
  });

  it('keeps the country a role covers after its title and a comma, before the colon', () => {
    const titles = parsed([
      'Sean Doyle',
      'sean@example.ie',
      '',
      'Experience',
      'Harbour Books Distribution Ltd  |  Jan 2019 – Present',
      'Key Account Manager, Ireland: Handles 60 bookshop accounts.',
      '',
      'Dubray Books  |  Jan 2014 – Dec 2018',
      'Bookseller, Galway: Ran the children’s section.',
    ]).experience.map((entry) => entry.title);
    expect(titles).toEqual(['Key Account Manager, Ireland', 'Bookseller']);
  });

  it('reads a title searcher or abstractor above an employer no word marks', () => {
    const found = parsed([
      'Dana Ruiz',
      '(602) 555-0144  |  dana@example.com',
      '',
      'Work Experience',
      'June 2014 – February 2019  Title Searcher / Abstractor',
      'Desert Title Agency',
      '• Ran full searches at the county recorder.',
    ]).experience.map((entry) => [entry.company, entry.title]);
    expect(found).toEqual([['Desert Title Agency', 'Title Searcher / Abstractor']]);
  });
});

describe('entries of the fourth round', () => {
  const entries = (text: string[]) => parsed(text).experience.map((entry) => [entry.company, entry.title]);

  it('reads a range that ends a sentence of description as no entry', () => {
    const found = entries([
      'Dale Hughes',
      '(724) 555-0190  |  dale@example.com',
      '',
      'WORK HISTORY',
      'Keystone Pyrotechnics | Apr 2015 – Present',
      'Lead Shooter: Hand firing of shells and post-show dud sweeps.',
      '',
      'U.S. Marine Corps | Jun 2005 – Apr 2010',
      'Combat Engineer: Demolitions, breaching and explosive storage; deployed to Afghanistan 2008–2009.',
    ]);
    expect(found).toEqual([
      ['Keystone Pyrotechnics', 'Lead Shooter'],
      ['U.S. Marine Corps', 'Combat Engineer'],
    ]);
  });

  it('reads an agency named by a list of its fields as one employer', () => {
    const found = entries([
      'Tan Mei Ling',
      'meiling@example.sg',
      '',
      'Experience',
      'Jan 2020 – Present  Agency for Industry, Trade and Enterprise',
      'Assistant Manager',
    ]);
    expect(found).toEqual([['Agency for Industry, Trade and Enterprise', 'Assistant Manager']]);
  });

  it('reads a hotel or a teahouse as the employer and a head chef as the title', () => {
    const found = entries([
      '周建国',
      '电话：+86 135 0000 1234',
      '',
      '【工作经历】',
      '2010/03～2018/08  冷菜主厨',
      '南京金陵饭店',
      '负责冷菜出品。',
      '',
      '2004/07～2010/02  厨师',
      '苏州松鹤茶楼',
      '负责点心制作。',
    ]);
    expect(found).toEqual([
      ['南京金陵饭店', '冷菜主厨'],
      ['苏州松鹤茶楼', '厨师'],
    ]);
  });
});
