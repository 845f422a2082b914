/**
 * Dates as experienced people's and American, Indian and British resumes write them (dates.ts): an open end in words
 * ("Till date", "to date", "Pres."), a month with a year's last two digits, a season, and "Since March 2019" where a
 * range goes — but not "since" in a sentence; a day with its month (2019-03-01, 01.03.2019, 2019年3月1日), a year before
 * its month's name, and the dashes and wave dashes of other scripts (―, 〜).
 */
import { describe, expect, it } from 'vitest';
import { findDateRanges } from '../../subgraphs/resume/parser/fields/dates.ts';

const ranges = (text: string) => findDateRanges(text).map(({ start, end }) => `${start}/${end}`);

describe('entry dates', () => {
  it.each([
    ['October 2012 – Till date', '2012-10/present'],
    ['2012 - till now', '2012/present'],
    ['2019 – to date', '2019/present'],
    ['2017 - Pres.', '2017/present'],
    ["Mar '16 – Nov '19", '2016-03/2019-11'],
    ["Sep '98 – Jun '03", '1998-09/2003-06'],
    ['Summer 2019 – Fall 2020', '2019/2020'],
    ['Since March 2019', '2019-03/present'],
    ['Acme Ltd, since 2019', '2019/present'],
    ['Since Jan 2020 | Remote', '2020-01/present'],
    ['某某公司  自2019年7月起', '2019-07/present'],
    ['2019年3月〜2021年5月', '2019-03/2021-05'],
    ['2019-03 ― 2021-05', '2019-03/2021-05'],
    ['2019-03-01 ~ 2021-05-31', '2019-03/2021-05'],
    ['2019.3.1-2021.5.31', '2019-03/2021-05'],
    ['2019/03/01 - 至今', '2019-03/present'],
    ['2019年3月1日至2021年5月31日', '2019-03/2021-05'],
    ['01.03.2019 – 31.05.2021', '2019-03/2021-05'],
    ['2019 Mar - 2021 May', '2019-03/2021-05'],
    ['2019.03-2021.05', '2019-03/2021-05'],
  ])('%s', (text, range) => {
    expect(ranges(text)).toEqual([range]);
  });

  it('reads no day where a range ends in a two-digit number, nor a year before a word that starts like a month', () => {
    expect(ranges('2019.03-20 人')).toEqual([]);
    expect(ranges('2019 Marketing - 2021 Mayor')).toEqual([]);
  });

  it('reads no range from "since" in a sentence, nor from a quote', () => {
    for (const text of ['Since 2019, I have led the team.', 'Worked there since 2019 and loved it', "Rock 'n' roll '16"])
      expect(ranges(text), text).toEqual([]);
  });

  it('keeps a range that is written with "since" elsewhere on its line to the range', () => {
    expect(ranges('2016 – 2019  Acme Ltd  (since 2015 a partner)')).toEqual(['2016/2019']);
  });
});
