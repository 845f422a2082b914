import { describe, expect, it, vi } from 'vitest';
import { MemoryCacheStore } from '../../../data/adapters/memory-cache.ts';
import { ConversationStore, MAX_TURNS, priorTurns, type StoredTurn } from './conversation-store.ts';

const owner = { orgId: 'org-1', userId: 'user-1' };
const turn = (question: string, talentIds: string[] = []): StoredTurn => ({
  question,
  answer: 'a',
  citations: [],
  plan: { intent: 'FIND_TALENTS', language: 'en', steps: [] },
  talentIds,
  jobIds: [],
  createdAt: new Date(0).toISOString(),
});

describe('ConversationStore', () => {
  it('keeps turns per organisation, user and id: another user or organisation reads nothing', async () => {
    const store = new ConversationStore(new MemoryCacheStore(), 3600);
    const id = store.newId();
    await store.append(owner, id, turn('who knows Go?', ['t1']));
    expect((await store.get(owner, id))?.turns.map((t) => t.question)).toEqual(['who knows Go?']);
    expect(await store.get({ ...owner, userId: 'user-2' }, id)).toBeNull();
    expect(await store.get({ ...owner, orgId: 'org-2' }, id)).toBeNull();
    expect(await store.get(owner, 'not-an-id')).toBeNull();
  });

  it('expires a conversation its TTL after the last turn, each turn renewing it', async () => {
    const cache = new MemoryCacheStore();
    const set = vi.spyOn(cache, 'set');
    const store = new ConversationStore(cache, 60);
    const id = store.newId();
    await store.append(owner, id, turn('q1'));
    await store.append(owner, id, turn('q2'));
    // Every write sets the whole TTL again.
    expect(set.mock.calls.map((call) => call[2])).toEqual([60_000, 60_000]);

    const shortLived = new ConversationStore(cache, 0.05);
    const other = shortLived.newId();
    await shortLived.append(owner, other, turn('q'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await shortLived.get(owner, other)).toBeNull();
  });

  it('keeps the newest MAX_TURNS turns; the planner sees the last five, ids and plans only', async () => {
    const store = new ConversationStore(new MemoryCacheStore(), 3600);
    const id = store.newId();
    for (let i = 0; i < MAX_TURNS + 3; i++) await store.append(owner, id, turn(`q${i}`, [`t${i}`]));
    const conversation = await store.get(owner, id);
    expect(conversation?.turns).toHaveLength(MAX_TURNS);
    expect(conversation?.turns[0]!.question).toBe('q3');
    const prior = priorTurns(conversation);
    expect(prior.map((p) => p.question)).toEqual(['q18', 'q19', 'q20', 'q21', 'q22']);
    expect(Object.keys(prior[0]!).sort()).toEqual(['jobIds', 'plan', 'question', 'talentIds']);
  });
});
