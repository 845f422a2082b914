/**
 * The nineteenth round, continued from taxonomy-professions-fifteenth (written blind): accounting, finance, banking and insurance, hospitality, tourism and events, marketing, product, project, HR and admin. Each term is written from a recruiter’s knowledge of the trade, not from the labelled resumes: one case per term added, listed by the skill it names.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

/** One `[term, id]` case per term, from the terms listed under each skill. */
const cases = (table: [string, string[]][]) => table.flatMap(([id, terms]) => terms.map((term) => [term, id] as const));

describe('the nineteenth round: accounting, finance, banking and insurance', () => {
  it.each(
    cases([
      ['invoicing', ['发票']],
      ['yonyou', ['T+', '用友YonSuite']],
      ['kingdee', ['云星空', '云星瀚']],
      ['sap', ['FICO', 'SAP S4']],
      ['expense-software', ['费控']],
      ['management-accounting', ['业务财务', '财务共享服务中心']],
      ['foreign-exchange', ['外汇结算']],
      ['sox-compliance', ['萨班斯', '萨班斯法案']],
      ['bank-teller', ['开户', '对私业务', '人民币鉴别', '事后监督']],
      ['risk-modeling', ['A卡', 'B卡', 'C卡', '模型验证', 'Model Validation']],
      ['loan-classification', ['风险分类']],
      ['credit-underwriting', ['贷款审查']],
      ['basel', ['巴塞尔', '内部评级', '内部评级法']],
      ['credit-risk', ['IFRS 9减值']],
      ['local-gaap', ['新金融工具准则', '金融工具准则']],
      ['revenue-recognition', ['收入核算']],
      ['transfer-agency', ['登记过户']],
      ['quant-strategy-research', ['量化回测', 'Alpha因子', '因子挖掘', '聚宽', 'JoinQuant', '米筐', 'RiceQuant']],
      ['quant-strategy-research', ['Python量化', '掘金量化', 'Tushare']],
      ['quantitative-finance', ['vn.py', 'VNPY', 'QMT', 'PTrade']],
      ['portfolio-analytics', ['Barra模型', '组合优化']],
      ['insurance-underwriting', ['核保核赔']],
      ['vat', ['GST Filing']],
      ['consumer-lending', ['信用卡']],
      ['fixed-income', ['债券交易', 'FICC']],
      ['derivatives', ['利率衍生品']],
      ['actuarial-science', ['寿险精算', '非寿险精算', '车险定价', 'IBNR', 'Bornhuetter-Ferguson', 'Emblem']],
      ['insurance-regulation', ['IFRS17计量']],
      ['liquidity-risk', ['ALM建模']],
      ['cash-handling', ['Cash Drawer']],
      ['vat', ['營業稅']],
      ['corporate-income-tax', ['營所稅', '營利事業所得稅']],
      ['bank-teller', ['存匯', '存匯業務', '存款業務']],
      ['property-casualty', ['產險']],
      ['reconciliation', ['Accounts Reconciliation']],
      ['netsuite', ['NetSuite ERP']],
      ['auditing', ['Risk-based Auditing', 'Risk-based Audit']],
      ['credit-underwriting', ['Loan Processing', 'Mortgage Processing', 'Mortgage Underwriting']],
      ['bank-teller', ['Teller']],
      ['banking', ['Branch Operations', 'Branch Banking']],
      ['actuarial-science', ['Pricing Models', 'Reserving Models']],
      ['credit-analysis', ['Credit Research']],
      ['wealth-management', ['Chartered Financial Planner', 'Paraplanning']],
      ['portfolio-analytics', ['SimCorp', 'SimCorp Dimension', 'Charles River', 'Charles River IMS', 'Bloomberg AIM']],
      ['python', ['Python for Finance']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside an accountant’s, a banker’s and a quant’s description', () => {
    expect(
      prose(
        '会计：用友T+记账，云星空出报表，费控系统报销审核，萨班斯法案内控测试；银行：对私业务、人民币鉴别；量化：聚宽量化回测，Barra模型组合优化，QMT交易；精算：寿险精算、IBNR。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'yonyou',
        'kingdee',
        'expense-software',
        'sox-compliance',
        'bank-teller',
        'quant-strategy-research',
        'portfolio-analytics',
        'quantitative-finance',
        'actuarial-science',
      ]),
    );
  });
});

describe('the nineteenth round: hospitality, tourism and events', () => {
  it.each(
    cases([
      ['floral-design', ['Floral Design', '花艺设计', '花艺', '插花', 'Floristry', 'Flower Arrangement', 'Flower Arranging']],
      [
        'floral-design',
        ['Floral Arrangement', 'Floral Arrangements', '花束包装', '婚礼花艺', '花艺布置', 'Event Florals', 'Wedding Florals'],
      ],
      ['floral-design', ['日式插花', 'Ikebana', '花道']],
      ['opera-pms', ['Opera系统', '石基Opera', '中软好泊', 'OnQ', 'Hilton OnQ', 'MARSHA', 'Marriott MARSHA']],
      ['opera-pms', ['FOSSE']],
      ['revenue-hospitality', ['Compset', 'Competitive Set', 'Competitive Set Analysis', 'STR Report', 'Displacement Analysis']],
      ['front-desk', ['Walk-in']],
      ['housekeeping', ['客房用品']],
      ['food-cost-control', ['餐饮成本', '餐饮成本控制']],
      ['beverage-management', ['Beverage Cost', 'Beverage Cost Control']],
      ['wine-knowledge', ['红酒服务', '餐酒搭配', '配酒', 'WSET Level 1', 'WSET Diploma', 'CMS Introductory', 'Certified Sommelier']],
      ['barista', ['SCA咖啡师', 'SCA Barista', 'SCA Barista Skills', '冲煮', '奶泡']],
      ['coffee-roasting', ['Q Grader', '杯测', 'Coffee Cupping']],
      ['tea-art', ['日本茶道', '评茶', '茶叶品鉴', '茶叶审评']],
      ['beverage-making', ['调茶']],
      ['tourism', ['博物馆讲解']],
      ['global-mobility', ['旅游签证', '签证材料']],
      ['gds', ['机票操作', 'Amadeus GDS', 'Sabre GDS', 'IATA Foundation', 'UFTAA']],
      ['exhibition-design', ['展台搭建', '展位搭建']],
      ['event-planning', ['大型活动策划', '大型活动执行']],
      ['stage-management', ['Run of Show']],
      ['banquet', ['Destination Weddings']],
      ['ground-handling', ['值机系统', '离港控制系统', '登机口服务']],
      ['hotel-management', ['Resort Operations']],
      ['bartending', ['Spirits', '烈酒', 'Whisky', 'Whiskey', '威士忌', '威士忌品鉴', 'Sake']],
      ['bartending', ['清酒', '日本清酒', 'WSET Spirits']],
      ['wine-knowledge', ['Sake Sommelier', '清酒侍酒师', 'WSET Sake']],
      ['front-desk', ['夜間稽核']],
      ['front-desk', ['Folio Management', 'Guest Folios']],
      ['revenue-hospitality', ['Booking Engine', 'Booking Engines', 'Fliggy']],
      ['housekeeping', ['Housekeeping Supervision', 'Guest Amenities']],
      ['hotel-sales', ['MICE Sales']],
      ['wine-knowledge', ['Wine List', 'Wine List Management']],
      ['food-cost-control', ['Menu Costing']],
      ['food-safety', ['Food Allergen Awareness', 'HACCP Level 3']],
      ['culinary', ['Bread Baking']],
      ['itinerary-planning', ['Itinerary Design', 'Tour Packages', 'Tour Package Design']],
      ['tourism', ['Group Tours']],
      ['global-mobility', ['Visa Assistance']],
      ['flight-operations', ['Load Sheets', 'Load Sheet']],
      ['cruise-operations', ['Shore Excursions', 'Shore Excursion']],
      ['guest-relations', ['Guest Relations Management']],
      [
        'event-planning',
        [
          'Event Logistics',
          'Venue Sourcing',
          'Venue Selection',
          'Delegate Management',
          'Event Registration',
          'Hybrid Events',
          'Virtual Events',
        ],
      ],
      ['venue-setup', ['Event Décor', 'Event Decor', 'Event Decoration']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a hotel’s, a bar’s and a travel agent’s description', () => {
    expect(
      prose(
        '前厅：Opera系统操作，夜审；收益：Compset分析；咖啡：SCA咖啡师，奶泡和冲煮；茶：评茶；酒吧：威士忌、清酒、餐酒搭配；票务：机票操作，Amadeus GDS；机场：值机系统、登机口服务；婚礼：花艺布置、插花。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'opera-pms',
        'revenue-hospitality',
        'barista',
        'tea-art',
        'bartending',
        'wine-knowledge',
        'gds',
        'ground-handling',
        'floral-design',
      ]),
    );
  });
});

describe('the nineteenth round: marketing, product, project, HR and admin', () => {
  it.each(
    cases([
      ['sem', ['Google AdWords', 'AdWords']],
      ['campaign-management', ['Campaign策划', 'Campaign']],
      ['xiaohongshu', ['笔记投放', '小红书笔记投放', '聚光']],
      ['livestream-ecommerce', ['抖音直播']],
      ['ocean-engine', ['星图']],
      ['computational-advertising', ['oCPX']],
      ['cro', ['落地页']],
      ['programmatic-advertising', ['Programmatic', 'Trade Desk']],
      ['salesforce', ['Salesforce CRM', 'Salesforce Sales Cloud']],
      ['process-mapping', ['流程图']],
      ['journey-mapping', ['User Journey', 'User Journey Mapping']],
      ['product-management', ['产品生命周期']],
      ['scrum', ['Sprint', 'Daily Standup', 'Daily Scrum', '站会', '每日站会', 'Sprint评审']],
      ['kanban', ['Kanban看板']],
      ['requirements-management', ['需求变更']],
      ['psychometric-assessment', ['霍兰德', '霍兰德职业兴趣']],
      ['instructional-design', ['E-learning', 'E-learning开发']],
      ['performance-management', ['Performance Review', 'Performance Reviews']],
      ['social-insurance', ['公积金缴纳']],
      ['employee-engagement', ['敬业度调查']],
      ['people-analytics', ['HR数据分析']],
      ['oa-systems', ['云之家', '云之家OA']],
      ['employee-relations', ['劳动关系协调员', '劳动关系协调师']],
      ['reception-services', ['接待安排']],
      ['travel-management', ['差旅标准']],
      ['executive-support', ['EA']],
      ['company-secretarial', ['Board Meetings', 'Board Meeting Support']],
      ['social-media', ['社群行銷']],
      ['instagram', ['IG經營', 'IG行銷']],
      ['sem', ['Google廣告']],
      ['crm', ['CRM系統']],
      ['payroll', ['薪資']],
      ['employee-relations', ['勞資']],
      ['administration', ['行政總務']],
      ['user-research', ['使用者研究', '使用者訪談']],
      ['web-design', ['架站', '網站搭建']],
      ['cro', ['Landing Pages', 'Landing Page']],
      ['prototyping', ['Wireframes']],
      ['scrum', ['Retrospectives', 'Sprint Retrospective', 'Retrospective']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a marketer’s, a product manager’s and an HR’s description', () => {
    expect(
      prose(
        '投放：Google AdWords和小红书笔记投放，抖音直播；产品：画流程图和User Journey，每日站会；HR：霍兰德职业兴趣测评，HR数据分析，公积金缴纳，劳动关系协调员；行政：接待安排、差旅标准。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'sem',
        'xiaohongshu',
        'livestream-ecommerce',
        'process-mapping',
        'journey-mapping',
        'scrum',
        'psychometric-assessment',
        'people-analytics',
        'social-insurance',
        'employee-relations',
        'reception-services',
        'travel-management',
      ]),
    );
  });
});

describe('the nineteenth round: the words Taiwan writes, in traditional characters', () => {
  it('finds them inside a traditional-script description', () => {
    expect(
      prose(
        '營造業工地主任，負責點交與系統櫃施工；製程工程師，推動精實生產，熟悉氬銲與電銲，工安管理；會計：申報營業稅、營所稅；房仲業務，協助地政士辦理過戶；行銷：社群行銷、IG經營、Google廣告。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'construction-certifications',
        'custom-furniture-design',
        'lean',
        'welding',
        'ehs',
        'vat',
        'corporate-income-tax',
        'property-sales',
        'title-transfer',
        'social-media',
        'instagram',
        'sem',
      ]),
    );
  });
});
