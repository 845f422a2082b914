/**
 * The twelfth round's later passes (written blind): the maintenance electrician's and fitter's duties (防雷检测, 直流屏,
 * 电容补偿, 线路巡检, safe isolation), the tutor's and the school's (棋类教学, 校区管理, access arrangements, pupil premium)
 * and the media desk's (账号定位, 网文编辑, 配乐, 排片, speechwriting), each its own skill or an alias of the skill that
 * holds it. taxonomy-professions.test.ts and taxonomy-professions-more.test.ts hold the round's earlier passes.
 */
import { describe, expect, it } from 'vitest';
import { findSkills, normalizeSkill } from './taxonomy.ts';

const ids = (text: string, options?: Parameters<typeof findSkills>[1]) => findSkills(text, options).map((m) => m.skill.id);
const prose = (text: string) => ids(text, { isProse: true });

describe('the twelfth round, a later pass: maintenance trades, schools and the media desk', () => {
  it.each([
    ['照明维修', 'lighting-maintenance'],
    ['防雷检测', 'earthing-lightning-testing'],
    ['直流屏', 'dc-power-systems'],
    ['电容补偿', 'power-factor-correction'],
    ['线路巡检', 'power-line-inspection'],
    ['绝缘检测', 'electrical-testing'],
    ['Fixed Wire Testing', 'electrical-testing'],
    ['停送电', 'electrical-isolation'],
    ['Safe Isolation', 'electrical-isolation'],
    ['设备大修', 'mechanical-maintenance'],
    ['联轴器对中', 'rotating-equipment'],
    ['齿轮箱', 'gearboxes'],
    ['冷干机', 'air-compressors'],
    ['气割', 'welding'],
    ['磨床', 'grinding-machines'],
    ['AHU Maintenance', 'hvac'],
    ['Siemens S7', 'siemens-s7'],
    ['围棋教学', 'chess-go-teaching'],
    ['书法教育', 'art-teaching'],
    ['背景提升', 'academic-advising'],
    ['校区管理', 'campus-management'],
    ['Access Arrangements', 'exam-access-arrangements'],
    ['Internal Verification', 'student-assessment'],
    ['Alternative Provision', 'alternative-provision'],
    ['Pupil Premium', 'pupil-premium'],
    ['Apprenticeships', 'careers-work-experience'],
    ['讲义编写', 'curriculum-development'],
    ['Open Days', 'admissions'],
    ['账号定位', 'account-positioning'],
    ['网文编辑', 'web-fiction-editing'],
    ['版权音乐', 'music-editing'],
    ['票房分析', 'cinema-programming'],
    ['Speechwriting', 'speechwriting'],
    ['新闻发言人', 'press-spokesperson'],
    ['采访提纲', 'journalism'],
    ['两微一端', 'convergent-media'],
    ['薯条推广', 'xiaohongshu'],
    ['EPK', 'media-relations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const plant =
      '负责厂区照明维修、防雷检测和直流屏维护，做好电容补偿柜巡检与输电线路巡检，执行停送电操作，完成设备大修、联轴器对中和冷干机保养。';
    expect(prose(plant)).toEqual(
      expect.arrayContaining([
        'lighting-maintenance',
        'earthing-lightning-testing',
        'dc-power-systems',
        'power-factor-correction',
        'power-line-inspection',
        'electrical-isolation',
        'mechanical-maintenance',
        'rotating-equipment',
        'air-compressors',
      ]),
    );
    const fm = 'Multi-skilled engineer: fixed wire testing, fire alarm testing, AHU maintenance and safe isolation on Siemens S7 panels.';
    expect(prose(fm)).toEqual(expect.arrayContaining(['electrical-testing', 'hvac', 'electrical-isolation', 'siemens-s7']));
    const centre = '担任校区管理与教学主管，负责讲义编写、围棋教学和学员回访，兼做留学申请规划与背景提升。';
    expect(prose(centre)).toEqual(
      expect.arrayContaining(['campus-management', 'curriculum-development', 'chess-go-teaching', 'admissions', 'academic-advising']),
    );
    const school =
      'Exams officer: managed access arrangements under JCQ rules, internal verification of BTEC units, pupil premium tracking, alternative provision placements and apprenticeships advice.';
    expect(prose(school)).toEqual(
      expect.arrayContaining([
        'exam-access-arrangements',
        'student-assessment',
        'pupil-premium',
        'alternative-provision',
        'careers-work-experience',
      ]),
    );
    const media = '负责新账号定位与人设打造，统筹网文编辑和签约作者维护，挑选版权音乐，兼任公司新闻发言人。';
    expect(prose(media)).toEqual(
      expect.arrayContaining(['account-positioning', 'web-fiction-editing', 'music-editing', 'press-spokesperson']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('He spoke about continuity of care and the screenings at the clinic; exclusions apply.')).toEqual([]);
    expect(prose('他起号码很快，配乐声很大，排片场外人多。')).toEqual([]);
    expect(prose('The MIS department reviewed the assessor notes.')).toEqual([]);
  });
});
