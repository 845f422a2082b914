/**
 * A school as its line names it (the seventeenth round): a country before its Chinese name, its letters and its other
 * name in brackets are the writer's name for it and stay, as the labelled set keeps them; a city or a former name in
 * brackets is no part of it. A name a narrow PDF column wrapped, its joining word or its letters on the next line, is
 * one name again, also when it wrapped before its school word. Invented people; the forms are the dev halves of the
 * o653-o676 and later batches.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const schools = (lines: string[]) =>
  parseResumeText(['Lena Ortiz', 'lena.ortiz@example.com', '', ...lines].join('\n')).education.map((e) => e.school);

describe('a school as its line names it', () => {
  it('keeps a country written before a Chinese name, alone, beside the English name and in a sentence', () => {
    expect(schools(['教育背景', '2016.09-2017.12  英国曼彻斯特大学  金融学  硕士'])).toEqual(['英国曼彻斯特大学']);
    expect(schools(['教育背景', '2015.08-2017.05  美国南加州大学 USC  计算机科学  硕士'])).toEqual(['美国南加州大学 USC']);
    expect(schools(['自我评价', '本科毕业于复旦大学，后赴日本早稻田大学攻读硕士。'])).toEqual(['复旦大学', '日本早稻田大学']);
  });

  it('keeps its letters and its other name in brackets', () => {
    expect(schools(['Education', 'Sep 2012 – Jun 2016  Universidade Federal do Rio de Janeiro (UFRJ)  BSc'])).toEqual([
      'Universidade Federal do Rio de Janeiro (UFRJ)',
    ]);
    expect(schools(['教育背景', '2013.09-2017.06  香港中文大学（CUHK）  金融  本科'])).toEqual(['香港中文大学（CUHK）']);
    expect(schools(['Education', '2012 – 2016  Fudan University (复旦大学)  B.Econ.'])).toEqual(['Fudan University (复旦大学)']);
  });

  it('joins a name a column wrapped after "und" or after a word no name ends on ("Professional")', () => {
    expect(
      schools(['EDUCATION', 'Hafenstadt Akademie für Pflege und', 'Karriere', 'Fachweiterbildung Intensivpflege', '2020 – 2022']),
    ).toEqual(['Hafenstadt Akademie für Pflege und Karriere']);
    expect(schools(['EDUCATION', 'Harlow School of Professional', 'Studies', 'Summer Editing Institute', 'Jun 2015 – Jul 2015'])).toEqual([
      'Harlow School of Professional Studies',
    ]);
  });

  it('leaves off a city, a former name and a study note in brackets', () => {
    expect(schools(['Education', 'University of Lagos (Akoka, Nigeria) — BSc Accounting, 2014'])).toEqual(['University of Lagos']);
    expect(schools(['Education', '2002 – 2006  Aalto University (then Helsinki University of Technology)  M.Sc. (Tech.)'])).toEqual([
      'Aalto University',
    ]);
    expect(schools(['教育背景', '2014.09-2018.06  华南理工大学（全日制统招）  自动化  本科'])).toEqual(['华南理工大学']);
  });

  it('joins a name a narrow column wrapped: a joining word or its letters alone on the next line, a blank line between', () => {
    expect(schools(['EDUCATION', '', 'Universidad Autónoma', '', 'de Madrid (UAM)', '', 'Licenciatura en Derecho, 2010 – 2015'])).toEqual([
      'Universidad Autónoma de Madrid (UAM)',
    ]);
    expect(schools(['EDUCATION', '', 'Universidade Estadual de Campinas', '', '(UNICAMP)', '', 'BSc Chemistry, 2011 – 2015'])).toEqual([
      'Universidade Estadual de Campinas (UNICAMP)',
    ]);
  });

  it("keeps a Korean school's other name after it, in brackets or not, and leaves off its college", () => {
    expect(schools(['教育背景', '2011.03-2015.02  고려대학교 (Korea University)  经济学  学士'])).toEqual([
      '고려대학교 (Korea University)',
    ]);
    expect(schools(['教育背景', '2011.03-2015.02  고려대학교 高丽大学  经济学  学士'])).toEqual(['고려대학교 高丽大学']);
    expect(schools(['학력', '2011.03 - 2015.02  고려대학교 경영대학 경영학과 졸업'])).toEqual(['고려대학교']);
  });

  it("leaves off a foreign school's city in Chinese brackets, not a Chinese name or a Hong Kong university's campus", () => {
    expect(schools(['教育背景', '2016.09-2018.06  美国康奈尔大学（伊萨卡）  统计学  硕士'])).toEqual(['美国康奈尔大学']);
    expect(schools(['教育背景', '2016.01-2016.05  Boston University（波士顿）  交换'])).toEqual(['Boston University']);
    expect(schools(['教育背景', '2016.09-2018.06  Boston University（波士顿大学）  硕士'])).toEqual(['Boston University（波士顿大学）']);
    expect(schools(['教育背景', '2018.09-2022.06  香港中文大学（深圳）  金融工程  本科'])).toEqual(['香港中文大学（深圳）']);
  });

  it('reads a degree another university awards, in brackets on the line, as no second school', () => {
    expect(schools(['教育背景', '2014.09-2018.06  宁波诺丁汉大学  BSc 国际商务，双学位（诺丁汉大学 BSc）'])).toEqual(['宁波诺丁汉大学']);
    expect(schools(['教育背景', '2014.09-2018.05  昆山杜克大学  BS Data Science（杜克大学学位）'])).toEqual(['昆山杜克大学']);
  });

  it("joins a name wrapped before its school word, the line above ending on 'and'", () => {
    expect(schools(['EDUCATION', '', 'Victoria Police and', '', 'Emergency Services Academy', '', 'Recruit Program, 2012'])).toEqual([
      'Victoria Police and Emergency Services Academy',
    ]);
  });

  it('joins a name whose last word or kind of college a narrow column wrapped onto the next line', () => {
    expect(schools(['EDUCATION', 'Universidade Metodista', 'Paulistana', 'Bacharelado em Administração', '2013 – 2017'])).toEqual([
      'Universidade Metodista Paulistana',
    ]);
    expect(schools(['EDUCATION', 'North Ridge', 'Community College', 'A.A.S. Logistics', 'Aug 2010 – May 2012'])).toEqual([
      'North Ridge Community College',
    ]);
    // A degree's letters under the school are no part of its name.
    expect(schools(['EDUCATION', 'University College Cork', 'BComm', 'Sept 2013 – June 2017'])).toEqual(['University College Cork']);
  });
});
