/**
 * The nineteenth round, continued from taxonomy-professions-fifteenth (written blind): accounting, finance, banking and insurance. Each term is written from a recruiter’s knowledge of the trade, not from the labelled resumes: one case per term added, listed by the skill it names.
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
      ['yonyou', ['T+', 'NC', '用友YonSuite']],
      ['kingdee', ['云星空', '云星瀚']],
      ['sap', ['FICO', 'SAP S4']],
      ['expense-software', ['费控']],
      ['management-accounting', ['业务财务', '财务共享服务中心']],
      ['foreign-exchange', ['外汇结算']],
      ['auditing', ['底稿']],
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
