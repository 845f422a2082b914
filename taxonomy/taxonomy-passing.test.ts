/**
 * The taxonomy's ninth round (written blind): what job descriptions name in passing — the equipment and instruments
 * operated, the industry software, the documents produced, the regulations complied with and the named methods — each
 * its own skill related to its family, never an alias of it. The sibling of taxonomy-tasks.test.ts, in its style.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill, relatedSkills } from './taxonomy.ts';
import { ids } from '../tests/support/skill-ids.ts';

describe('the ninth round: the shop floor, the quality lab, electrical work, hardware benches and sites', () => {
  it.each([
    ['折弯机', 'press-brake'],
    ['CNC Press Brake', 'press-brake'],
    ['慢走丝', 'wire-edm'],
    ['激光切割机', 'laser-cutting'],
    ['二次元影像测量仪', 'vision-measuring'],
    ['粗糙度仪', 'roughness-testers'],
    ['洛氏硬度计', 'hardness-testing'],
    ['全尺寸检验', 'full-dimensional-inspection'],
    ['ISIR', 'isir'],
    ['红外热像仪', 'thermal-imaging'],
    ['设计计算书', 'design-calculations'],
    ['Single-line Diagrams', 'single-line-diagrams'],
    ['芯片手册', 'datasheet-reading'],
    ['LCR测试仪', 'lcr-meters'],
    ['高低温试验箱', 'environmental-chambers'],
    ['回弹仪', 'rebound-hammer'],
    ['Primavera P6', 'primavera-p6'],
    ['两票三制', 'work-tickets'],
    ['变压器检修', 'transformer-maintenance'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('relates an instrument or a document to its family, not folded into it', () => {
    expect(relatedSkills('roughness-testers').map((s) => s.id)).toContain('precision-measurement');
    expect(relatedSkills('single-line-diagrams').map((s) => s.id)).toContain('electrical-design');
    expect(normalizeSkill('折弯机')?.id).not.toBe('sheet-metal');
  });

  it('finds them inside a long duty sentence', () => {
    expect(ids('负责车间折弯机及激光切割设备的日常点检，用粗糙度仪和硬度计抽检零件，编制装配图与设计计算书', { isProse: true })).toEqual([
      'press-brake',
      'laser-cutting',
      'roughness-testers',
      'hardness-testing',
      'assembly-drawings',
      'design-calculations',
    ]);
    expect(
      ids('Maintained the Primavera P6 schedule, prepared design calculations and single line diagrams for the substation upgrade', {
        isProse: true,
      }),
    ).toEqual(['primavera-p6', 'design-calculations', 'single-line-diagrams']);
    expect(ids('执行两票三制，熟悉电力安全工作规程，参与变压器检修和红外热像仪巡检', { isProse: true })).toEqual([
      'work-tickets',
      'power-safety-regulations',
      'transformer-maintenance',
      'thermal-imaging',
    ]);
  });

  it('leaves the everyday senses alone', () => {
    expect(ids('她喜欢二次元漫画，冲床事故为零；Press the button to drill down into the data', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round: wards, labs, trials, mines, networks, fleets and kitchens', () => {
  it.each([
    ['出院小结', 'discharge-summaries'],
    ['DRG付费', 'drg-payment'],
    ['DR摄影', 'digital-radiography'],
    ['SUSAR', 'susar'],
    ['PBRER', 'periodic-safety-reports'],
    ['Investigator Site File', 'investigator-site-file'],
    ['上市许可持有人', 'mah'],
    ['掘进机', 'roadheaders'],
    ['光纤熔接机', 'fusion-splicers'],
    ['驻波比测试', 'vswr-testing'],
    ['通信工程概预算', 'telecom-budget-estimation'],
    ['北斗定位', 'beidou-monitoring'],
    ['意式咖啡机', 'espresso-machines'],
    ['Rational Oven', 'combi-ovens'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('finds them in running prose and not in other senses', () => {
    expect(ids('Prepared PSUR and DSUR submissions and processed SUSAR reports within timelines', { isProse: true })).toEqual([
      'periodic-safety-reports',
      'periodic-safety-reports',
      'susar',
    ]);
    expect(ids('使用光纤熔接机接续光缆，完成驻波比测试，编制通信工程概预算', { isProse: true })).toEqual([
      'fusion-splicers',
      'vswr-testing',
      'telecom-budget-estimation',
    ]);
    expect(ids('北斗七星很亮，咖啡机坏了', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round: desks — finance, law, marketing, trade, strategy and product tools', () => {
  it.each([
    ['企业网银', 'online-banking'],
    ['银企直联', 'online-banking'],
    ['资金日报', 'daily-cash-reports'],
    ['增值税专用发票', 'vat-special-invoices'],
    ['授信报告', 'credit-memos'],
    ['人行征信', 'credit-bureau-checks'],
    ['资管新规', 'asset-management-rules'],
    ['广告法', 'advertising-law'],
    ['Marketing Mix', 'marketing-mix'],
    ['亚马逊卖家工具', 'amazon-seller-tools'],
    ['Jungle Scout', 'amazon-seller-tools'],
    ['商业发票', 'commercial-invoices'],
    ['EDI', 'edi'],
    ['RACI Matrix', 'raci'],
    ['波士顿矩阵', 'bcg-matrix'],
    ['业务领先模型', 'blm'],
    ['draw.io', 'diagram-tools'],
    ['栅格系统', 'grid-systems'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('finds them in a duty sentence and leaves the everyday words alone', () => {
    expect(ids('每日编制资金日报，通过企业网银办理付款，收取增值税专用发票', { isProse: true })).toEqual([
      'daily-cash-reports',
      'online-banking',
      'vat-special-invoices',
    ]);
    expect(ids('Built RACI matrices and a BCG matrix for the portfolio review; set up EDI with retailers', { isProse: true })).toEqual([
      'raci',
      'bcg-matrix',
      'edi',
    ]);
    expect(ids('征信良好，无不良记录；他去银行开通网银', { isProse: true })).toEqual([]);
    expect(ids('a stacker of boxes at the UPS hub; the grid system of the city', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round: the tools and documents of software, data, operations and security work', () => {
  it.each([
    ['IntelliJ IDEA', 'jetbrains-ides'],
    ['PyCharm', 'jetbrains-ides'],
    ['Visual Studio 2019', 'visual-studio'],
    ['数据库三范式', 'normalisation'],
    ['Oracle RAC', 'oracle-ha'],
    ['UML', 'uml'],
    ['Xshell', 'ssh-clients'],
    ['带外管理', 'out-of-band-management'],
    ['CVE', 'cve'],
    ['Android Debug Bridge', 'adb'],
    ['CMMI', 'cmmi'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('finds them in prose; a bare ADB or an eclipse is not a tool', () => {
    expect(ids('熟练使用IntelliJ IDEA、Visual Studio和Xshell', { isProse: true })).toEqual([
      'jetbrains-ides',
      'visual-studio',
      'ssh-clients',
    ]);
    expect(ids('Fixed CVE findings; the company is CMMI Level 3', { isProse: true })).toEqual(['cve', 'cmmi']);
    expect(ids('Funded by the ADB; we watched the solar eclipse', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round, second pass: machines, gauges, plant rooms and mine vehicles', () => {
  it.each([
    ['天车', 'overhead-cranes'],
    ['注塑机', 'injection-machines'],
    ['扭力扳手', 'torque-tools'],
    ['氦检', 'leak-testing'],
    ['推拉力计', 'push-pull-gauges'],
    ['万能材料试验机', 'tensile-testing'],
    ['旋转编码器', 'rotary-encoders'],
    ['示教器', 'teach-pendants'],
    ['接近开关', 'proximity-switches'],
    ['烧录器', 'programmers'],
    ['综测仪', 'radio-testers'],
    ['配电房运维', 'distribution-rooms'],
    ['柴油发电机组', 'diesel-generators'],
    ['铲运机', 'lhd-loaders'],
    ['标准菜谱', 'standard-recipes'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('finds them in a duty sentence, English or Chinese', () => {
    expect(ids('负责注塑机、机械手和点胶机的调试，使用推拉力计、色差仪和膜厚仪做检验，执行三检制', { isProse: true })).toEqual([
      'injection-machines',
      'pick-and-place-robots',
      'dispensing',
      'push-pull-gauges',
      'colorimeters',
      'coating-thickness',
      'three-inspection-system',
    ]);
    expect(ids('Operated overhead cranes and a tensile tester; wrote drop test reports', { isProse: true })).toEqual([
      'overhead-cranes',
      'tensile-testing',
      'drop-testing',
    ]);
    expect(ids('他天天吃饭，中心实验室门口的货架', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round, second pass: the documents, rules and methods of desks, wards and trials', () => {
  it.each([
    ['数据出境', 'cross-border-data'],
    ['股东会决议', 'board-resolutions'],
    ['商业秘密保护', 'trade-secrets'],
    ['六顶思考帽', 'six-thinking-hats'],
    ['送货单', 'delivery-notes'],
    ['投资备忘录', 'investment-memos'],
    ['贷款五级分类', 'loan-classification'],
    ['SIPOC', 'sipoc'],
    ['5W2H', 'five-w-two-h'],
    ['番茄工作法', 'pomodoro'],
    ['盲态审核', 'blind-review'],
    ['紧急揭盲', 'unblinding'],
    ['Data Safety Monitoring Board', 'dsmb'],
    ['腰穿', 'punctures'],
    ['MySQL高可用', 'mysql-ha'],
    ['Percona Toolkit', 'percona'],
    ['e签宝', 'e-signature'],
    ['数位板', 'drawing-tablets'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('finds them in prose and keeps other senses out', () => {
    expect(ids('参与数据出境安全评估，起草股东会决议和公司章程修订', { isProse: true })).toEqual([
      'cross-border-data',
      'board-resolutions',
      'articles-of-association',
    ]);
    expect(ids('负责盲态审核和紧急揭盲流程，对接数据监查委员会', { isProse: true })).toEqual(['blind-review', 'unblinding', 'dsmb']);
    expect(ids('lime juice and the orchestrator of change; a double-blind review; he drew a canal', { isProse: true })).toEqual([]);
    expect(normalizeSkill('DMF')).toBeNull();
  });
});

describe('the ninth round, last pass: a few named methods and tools of the thinner families', () => {
  it.each([
    ['组培', 'tissue-culture'],
    ['猪舍环控', 'barn-climate'],
    ['样板市场', 'model-markets'],
    ['控标', 'pre-bid-influence'],
    ['UDF开发', 'udf'],
    ['滑块验证码', 'captcha'],
    ['布隆过滤器', 'bloom-filter'],
    ['I/O Multiplexing', 'epoll'],
    ['师徒结对', 'teacher-mentoring'],
    ['劳动教育', 'labour-education'],
    ['Trustpilot', 'review-platforms'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('finds them in prose; a short word of another sense stays out', () => {
    expect(ids('负责样板市场打造，参与标前引导与技术参数引导', { isProse: true })).toEqual([
      'model-markets',
      'pre-bid-influence',
      'pre-bid-influence',
    ]);
    expect(ids('用布隆过滤器解决缓存穿透，基于epoll实现IO多路复用', { isProse: true })).toContain('bloom-filter');
    expect(ids('输入验证码后登录；he will boost sales', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round: the software English descriptions name in passing', () => {
  it('reads the product where a description names it, and the everyday word as a word', () => {
    expect(
      ids(
        "Kept donor records in Raiser's Edge, shipped orders through ShipStation, tracked stock in Cin7 and booked freight in CargoWise",
        {
          isProse: true,
        },
      ),
    ).toEqual(['nonprofit-crm', 'shipping-software', 'inventory-software', 'cargowise']);
    expect(normalizeSkill('Omnicell')?.id).toBe('medication-dispensing-cabinets');
    expect(ids('a slate of candidates; the fishbowl exercise; unleashed potential', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round: machine shop, power plant, tunnel and ward equipment', () => {
  it.each([
    ['油压机', 'hydraulic-presses'],
    ['摇臂钻床', 'drilling-machines'],
    ['吹塑成型', 'blow-moulding'],
    ['丝网印刷', 'screen-printing'],
    ['滚珠丝杠', 'linear-motion'],
    ['汇流箱', 'combiner-boxes'],
    ['箱式变电站', 'box-transformers'],
    ['储能变流器', 'pcs'],
    ['盾构机', 'shield-tunnelling'],
    ['DEXA', 'bone-densitometry'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('finds them in a duty sentence and not in the news', () => {
    expect(ids('负责箱式变电站、汇流箱巡检和储能变流器调试', { isProse: true })).toEqual(['box-transformers', 'combiner-boxes', 'pcs']);
    expect(ids('每天关注疫情报告，去体检中心排队', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round: yards, ports, networks, mines and law firms', () => {
  it('finds the equipment and filings a duty names', () => {
    expect(ids('驾驶牵引车和冷藏车，负责靠离泊作业', { isProse: true })).toEqual(['tractor-units', 'refrigerated-trucks', 'berthing']);
    expect(ids('负责光交箱和通信管道的巡检，维护矿井提升机和皮带机', { isProse: true })).toEqual([
      'fibre-distribution',
      'telecom-ducts',
      'mine-hoists',
      'belt-conveyors',
    ]);
    expect(ids('搭建VIE架构并办理ODI备案，委托司法鉴定', { isProse: true })).toEqual(['vie', 'odi', 'forensic-appraisal']);
    expect(ids('他挂车了；车间的斗式提升机', { isProse: true })).toEqual([]);
  });
});

describe('the ninth round: desk documents and platforms, and the words they share', () => {
  it('reads the document or platform and leaves another library or letter alone', () => {
    expect(ids('负责广告语创作和刊例价谈判，搭建低代码平台（宜搭），建立投诉台账', { isProse: true })).toEqual([
      'slogans',
      'rate-cards',
      'low-code',
      'low-code',
      'complaint-logs',
    ]);
    expect(ids('Responded to FDA 483 observations and built Zapier automations', { isProse: true })).toEqual(['fda-483', 'zapier']);
    expect(ids('Used NumPy, PIL and OpenCV; issued warning letters to staff', { isProse: true })).not.toContain('package-inserts');
    expect(ids('Used NumPy, PIL and OpenCV; issued warning letters to staff', { isProse: true })).not.toContain('fda-483');
  });
});
