import { describe, expect, it } from 'vitest';
import type { GatewayCall } from '../execution/plan-executor.ts';
import type { StoredConversation, StoredTurn } from './conversation-store.ts';
import { citedTalentIds, goneTalentIds, visibleTalentIds, withoutGoneTalents } from './erased-records.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const JOB = '33333333-3333-4333-8333-333333333333';

const turn = (language: 'en' | 'zh', talentIds: string[], answer = 'Ada (Go) [1]. Grace (Go) [2].'): StoredTurn => ({
  question: 'who knows Go?',
  answer,
  citations: [...talentIds.map((id) => ({ talentId: id, snippet: `skill: Go (${id.slice(0, 2)})` })), { jobId: JOB, snippet: 'job' }],
  plan: { intent: 'FIND_TALENTS', language, steps: [] },
  talentIds,
  jobIds: [JOB],
  createdAt: new Date(0).toISOString(),
});
const conversation = (...turns: StoredTurn[]): StoredConversation => ({ id: 'c', turns });

describe('withoutGoneTalents', () => {
  it('leaves a conversation whose talents are all visible as it is', () => {
    const c = conversation(turn('en', [A, B]));
    expect(withoutGoneTalents(c, new Set())).toEqual({ conversation: c, changed: false });
    expect(withoutGoneTalents(c, new Set([JOB]))).toEqual({ conversation: c, changed: false });
  });

  it("drops a gone talent's answer and citation from the turns that quote it, in the turn's language, keeping the rest", () => {
    const c = conversation(turn('en', [A, B]), turn('zh', [B]), turn('en', [A]));
    const { conversation: redacted, changed } = withoutGoneTalents(c, new Set([B]));
    expect(changed).toBe(true);
    expect(redacted.turns[0]!.answer).toMatch(/no longer shown/);
    expect(redacted.turns[0]!.citations).toEqual([
      { talentId: A, snippet: 'skill: Go (11)' },
      { jobId: JOB, snippet: 'job' },
    ]);
    expect(redacted.turns[0]!.talentIds).toEqual([A]);
    expect(redacted.turns[1]!.answer).toMatch(/不再显示/);
    expect(redacted.turns[1]!.talentIds).toEqual([]);
    expect(redacted.turns[2]).toEqual(c.turns[2]);
    expect(JSON.stringify(redacted)).not.toContain('(22)');
  });

  it('keeps a turn citing talents that were not checked (one appended by another ask meanwhile)', () => {
    const later = turn('en', ['55555555-5555-4555-8555-555555555555']);
    const { conversation: redacted } = withoutGoneTalents(conversation(turn('en', [B]), later), new Set([B]));
    expect(redacted.turns[0]!.answer).toMatch(/no longer shown/);
    expect(redacted.turns[1]).toEqual(later);
  });
});

describe('visibleTalentIds', () => {
  it('asks the gateway for the cited ids with the allow-listed findTalents, in chunks of the plan bound', async () => {
    const requests: Record<string, unknown>[] = [];
    const call: GatewayCall = async ({ operationName, variables }) => {
      expect(operationName).toBe('ChatFindTalents');
      requests.push(variables);
      const ids = (variables.filter as { ids: string[] }).ids.filter((id) => id !== B);
      return {
        talents: { totalCount: ids.length, edges: ids.map((id) => ({ node: { id, name: 'x', skills: [], companies: [], schools: [] } })) },
      };
    };
    const ids = [A, B, ...Array.from({ length: 3 }, (_, i) => `4444444${i}-4444-4444-8444-444444444444`)];
    const visible = await visibleTalentIds(ids, call, { maxSteps: 6, maxResults: 2, deadlineMs: 5_000 });
    expect([...visible].sort()).toEqual(ids.filter((id) => id !== B).sort());
    expect(requests.map((r) => (r.filter as { ids: string[] }).ids.length)).toEqual([2, 2, 1]);
    expect([...(await goneTalentIds(ids, call, { maxSteps: 6, maxResults: 2, deadlineMs: 5_000 }))]).toEqual([B]);
  });

  it('collects the ids a conversation cites or remembers, once each', () => {
    expect(citedTalentIds(conversation(turn('en', [A, B]), turn('en', [B])))).toEqual([A, B]);
  });
});
