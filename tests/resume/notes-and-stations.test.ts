/**
 * The thirty-second round's forms (issue 13), from the dev halves of its blind batches (veterinary hospitals, moulds and
 * dies, wineries, hospice care, bus and coach operators, distilleries): a note in brackets right after a title is the
 * title's, whatever it says (护士（肿瘤内科）, "Laboratory Assistant (Toxicology Division)"), as every dev label so written
 * keeps it, but not an agency's or a placement's note, which is the employer's; a site after the employer and a comma
 * that holds a title's word ("National Express Ltd, Digbeth Coach Station") is no title, when the title is on the line
 * below. Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const titles = (text: string[]) => parseResumeText(text.join('\n')).experience.map((entry) => entry.title);

describe('a note in brackets after a title', () => {
  it('keeps a unit, a market or a region written after a Chinese title', () => {
    const found = titles([
      '周晓雯',
      '电话：139 1234 5678  邮箱：zxw@example.com',
      '',
      '工作经历',
      '2018.06-至今',
      '上海市静安区长风社区卫生服务中心',
      '护士（康复科）',
      '负责病区护理。',
      '',
      '2012.07-2018.05',
      '宁波海曙远帆进出口有限公司',
      '外贸业务经理（东南亚市场）',
      '负责出口订单。',
    ]);
    expect(found).toEqual(['护士（康复科）', '外贸业务经理（东南亚市场）']);
  });

  it('keeps a division written after an English title, and how the role was held', () => {
    const found = titles([
      'Dana Whitlock',
      '+1 555 0142 | dana@example.com',
      '',
      'Experience',
      'Laboratory Assistant (Toxicology Division)  |  Harlow Forensic Services',
      'Jan 2019 – Present',
      'Ran assays.',
      '',
      'Store Assistant (part-time)  |  Boots',
      'Jan 2013 – Dec 2014',
      'Tills.',
    ]);
    expect(found).toEqual(['Laboratory Assistant (Toxicology Division)', 'Store Assistant (part-time)']);
  });

  it('leaves off an agency’s note, which is the employer’s', () => {
    const found = titles([
      'Dana Whitlock',
      '+1 555 0142 | dana@example.com',
      '',
      'Experience',
      'Software Developer (Contract via Hays)  |  Barclays',
      'Jan 2015 – Dec 2018',
      'Built things.',
    ]);
    expect(found).toEqual(['Software Developer']);
  });
});

describe('a site after the employer and a comma', () => {
  it('is no title, though it holds a title’s word, when the title is on the line below', () => {
    const found = parseResumeText(
      [
        'Kofi Mensah',
        '+44 7845 555634 | kofi@example.co.uk',
        '',
        'EMPLOYMENT HISTORY',
        'March 2018 - present  Midshire Coaches Ltd, Wolverhampton Coach Station',
        'Coach Driver',
        'Overnight services.',
      ].join('\n'),
    ).experience;
    expect(found.map((entry) => [entry.company, entry.title])).toEqual([['Midshire Coaches Ltd', 'Coach Driver']]);
  });
});
