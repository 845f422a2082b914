import { describe, expect, it } from 'vitest';
import { expandQuery } from './query-expansion.ts';
import { modelQueryText } from './semantic-query.ts';

describe('modelQueryText', () => {
  it("reads a query's pinyin as the Chinese it spells", () => {
    expect(modelQueryText('chanpin jingli')).toContain('产品经理');
  });

  it('adds the English and Chinese names of the roles and families the query names', () => {
    const text = modelQueryText('招聘大客户经理');
    expect(text.startsWith('招聘大客户经理')).toBe(true);
    expect(text).toContain('account executive');
  });

  it("keeps expandQuery's skill names (aliases and typos), the query's own words first", () => {
    expect(modelQueryText('kubernets')).toContain('Kubernetes');
    expect(modelQueryText('k8s').startsWith(expandQuery('k8s'))).toBe(true);
  });
});
