/**
 * A standard named by its body and number, wherever a resume writes it: in a description ("按 GB/T 9286 出具检测报告"),
 * beside its title ("GB 50014《室外排水设计标准》") or in a list. Both blind labellers name the number as written.
 * The numbers are invented (GB/T 99281, JJG 9907) so that the taxonomy's contents play no part.
 */
import { describe, expect, it } from 'vitest';
import { ruleBooks } from '../../subgraphs/resume/parser/fields/task-phrases.ts';

const codes = (text: string) => ruleBooks(text).map((s) => s.name);

describe('ruleBooks: a standard named by its number', () => {
  it('reads China’s national and sector standards in a Chinese resume, in prose and in lists', () => {
    expect(codes('负责涂层附着力测试，按 GB/T 99281、GB/T 99282 出具检测报告。')).toEqual(['GB/T 99281', 'GB/T 99282']);
    expect(codes('计量规程：JJG 9907、JJG 9908、JJF 9909.1')).toEqual(['JJG 9907', 'JJG 9908', 'JJF 9909.1']);
    expect(codes('按 HJ 9355-2019 编写运维规程，参照 DL/T 9796。')).toEqual(['HJ 9355-2019', 'DL/T 9796']);
    // Any sector's recommended (/T) or guiding (/Z) standard.
    expect(codes('熟悉 WH/T 9928 与 GA/T 91073')).toEqual(['WH/T 9928', 'GA/T 91073']);
    // The title beside the number is read too.
    expect(codes('熟悉 GB 99014《琛瑶排水设计标准》与 GB 99013。')).toEqual(['琛瑶排水设计标准', 'GB 99014', 'GB 99013']);
    // Written with no space after a long body's name.
    expect(codes('熟悉GB99500计价规范')).toEqual(['GB99500']);
  });

  it('reads the world’s standards in any resume, with the bodies that adopted them and a regulation’s title number', () => {
    expect(codes('Binding adjustment to ISO 99088; testing to UL 99540A and ASTM D99240.')).toEqual([
      'ISO 99088',
      'UL 99540A',
      'ASTM D99240',
    ]);
    expect(codes('Designs to BS EN 99206 and DIN EN ISO 99001; 3GPP TS 98.211-98.214.')).toEqual([
      'BS EN 99206',
      'DIN EN ISO 99001',
      '3GPP TS 98.211-98.214',
    ]);
    expect(codes('Audits against FDA 21 CFR 99820 and 16 CFR 99632.')).toEqual(['FDA 21 CFR 99820', '16 CFR 99632']);
    expect(codes('Lease accounting under AASB 9916 and FRS 99105; piling to IS 92911.')).toEqual(['AASB 9916', 'FRS 99105', 'IS 92911']);
  });

  it('reads no model number, no sector body outside a Chinese resume, and no auditor’s title', () => {
    // A short body's letters against a number are a model's ("徕卡 TS60 全站仪", "AS380 inverter").
    expect(codes('使用徕卡 TS60 全站仪放样')).toEqual([]);
    expect(codes('Serviced AS380 inverters and an AS 99113 unit')).toEqual([]);
    // China's sector bodies are two letters that name models elsewhere.
    expect(codes('Tuned the CH 12 and SL 500 consoles')).toEqual([]);
    // "FDA 21" is no standard: the regulation is its title and part.
    expect(codes('FDA 21 submissions')).toEqual([]);
    // An auditor's title or an audit names the auditing, not the standard alone.
    expect(codes('ISO 99001 内审员、ISO 99001 Lead Auditor')).toEqual([]);
  });
});
