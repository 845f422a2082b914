/**
 * The thirty-fifth round's forms (issue 13), from the dev halves of its blind batches (tailors and bridal shops,
 * stadiums and sports venues, wigs and hair extensions, candles and gifts, pearls, jade and gemstones, police forces):
 * a career's jobs under 工作简历; an employer with its street and its town ("…, Via Toledo, Napoli"); a school named for
 * a person, the rest after an elided particle wrapped onto the next line ("Istituto Professionale Margherita" /
 * "d'Angiò Russo, Salerno"); a pattern-maker (版师) as a title; a probationary constable; a region of the world a title
 * covers before its description's colon ("Regional Sales Manager, West Africa: …"), in one script or two. Invented
 * people; the forms are the dev halves'.
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

describe('schools', () => {
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
