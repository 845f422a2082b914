import { describe, expect, it } from 'vitest';
import { CHAT_INTENTS, CHAT_OPERATIONS } from '../../subgraphs/chat/planning/types.ts';
import { assignSplits } from '../support/eval-split.ts';
import { chatStratum, demoTalents, expectedTalentKeys, loadChatSet, type LabelledQuestion } from '../support/chat-set.ts';

/** Every `{ "$from": i }` placeholder in a step's variables. */
function fromIndexes(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(fromIndexes);
  if (value && typeof value === 'object') {
    const from = (value as { $from?: unknown }).$from;
    return typeof from === 'number' ? [from] : Object.values(value).flatMap(fromIndexes);
  }
  return [];
}

describe('the labelled chat question set (tests/fixtures/chat/questions.json)', () => {
  const set = loadChatSet();
  const talents = demoTalents();
  const namesCount = (name: string) => talents.filter((t) => t.name === name).length;

  it('at least 90 questions, roughly a third each in Chinese, English and mixed, every intent in each split; ids unique', () => {
    expect(set.length).toBeGreaterThanOrEqual(90);
    for (const language of ['zh', 'en', 'mixed'] as const) {
      expect(set.filter((q) => q.language === language).length).toBeGreaterThanOrEqual(set.length / 4);
    }
    for (const split of ['dev', 'test'] as const) {
      expect(new Set(set.filter((q) => q.split === split).map((q) => q.intent))).toEqual(new Set(CHAT_INTENTS));
    }
    expect(new Set(set.map((q) => q.id)).size).toBe(set.length);
  });

  it('every step is an allow-listed operation whose placeholders name earlier steps it depends on', () => {
    const bad = set.flatMap((q) =>
      q.steps.flatMap((s, i) => {
        const froms = fromIndexes(s.variables);
        const ok =
          CHAT_OPERATIONS.includes(s.operation) &&
          froms.every((f) => f < i && s.dependsOn.includes(f)) &&
          s.dependsOn.every((d) => froms.includes(d));
        return ok ? [] : [`${q.id} step ${i}`];
      }),
    );
    expect(bad).toEqual([]);
    expect(set.filter((q) => ['CLARIFY', 'UNSUPPORTED'].includes(q.intent) !== (q.steps.length === 0)).map((q) => q.id)).toEqual([]);
  });

  it('a follow-up follows an earlier question, and only a follow-up refers to the previous turn', () => {
    const index = new Map(set.map((q, i) => [q.id, i]));
    const usesPrior = (q: LabelledQuestion) => JSON.stringify(q.steps).includes('$prior.');
    expect(set.filter((q) => q.after !== undefined && !(index.get(q.after)! < index.get(q.id)!)).map((q) => q.id)).toEqual([]);
    expect(set.filter((q) => usesPrior(q) !== (q.after !== undefined)).map((q) => q.id)).toEqual([]);
    expect(set.filter((q) => q.after).length).toBeGreaterThanOrEqual(5);
  });

  it('names the demo data: one talent for a name the plan resolves, several for a question that asks which one', () => {
    const names = set.flatMap((q) =>
      q.steps.filter((s) => s.operation === 'resolveTalent').map((s) => ({ q, name: String(s.variables.name) })),
    );
    const wrong = names.filter(({ q, name }) => {
      if (q.clarifyAtRuntime)
        return (
          namesCount(name) < 2 &&
          q.steps.filter((s) => s.operation === 'resolveTalent').every((s) => namesCount(String(s.variables.name)) < 2)
        );
      if (q.cites?.talents?.none) return namesCount(name) !== 0;
      return namesCount(name) !== 1 && namesCount(name.split(' ').reverse().join(' ')) !== 1;
    });
    expect(wrong.map(({ q, name }) => `${q.id}: ${name}`)).toEqual([]);
  });

  it('the expected citations follow from the demo data: found for the showcase combinations, none where the demo records nothing', () => {
    const keys = (id: string) =>
      expectedTalentKeys(
        set.find((q) => q.id === id)!,
        talents,
      );
    const byQuestion = (text: string) => set.find((q) => q.question === text)!.id;
    expect(keys(byQuestion('Find candidates who know Python and worked at Tencent'))).toEqual([
      'Zhao Xiuying | Data Engineer at Tencent',
      '何刚 | 数据工程师 @ 腾讯',
    ]);
    expect(keys(byQuestion('Kubernetes和Go都会的工程师有哪些？'))).toHaveLength(7);
    expect(keys(byQuestion('who knows Go and lives in Shanghai?'))).toEqual([]);
    expect(keys(byQuestion('谁认识赵勇？'))).toBeNull();
  });

  it('records the split the rule gives: by id, stratified by language and intent, in file order', () => {
    const expected = assignSplits(set, (q) => q.id, chatStratum);
    expect(set.map((q) => `${q.id}: ${q.split}`)).toEqual(set.map((q, i) => `${q.id}: ${expected[i]}`));
    const test = set.filter((q) => q.split === 'test');
    expect(Math.abs(2 * test.length - set.length)).toBeLessThanOrEqual(new Set(set.map(chatStratum)).size);
  });
});
