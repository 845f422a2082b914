import { describe, expect, it, vi } from 'vitest';
import { MemoryCacheStore } from '../../../data/adapters/memory-cache.ts';
import { ConversationStore, MAX_TURNS, priorTurns, type StoredTurn } from './conversation-store.ts';
import { withoutGoneTalents } from './erased-records.ts';

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
    const write = vi.spyOn(cache, 'compareAndSet');
    const store = new ConversationStore(cache, 60);
    const id = store.newId();
    await store.append(owner, id, turn('q1'));
    await store.append(owner, id, turn('q2'));
    // Every write sets the whole TTL again.
    expect(write.mock.calls.map((call) => call[3])).toEqual([60_000, 60_000]);

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

  it('loses no turn when asks append to one conversation at once, nor when a redaction runs among them', async () => {
    const store = new ConversationStore(new MemoryCacheStore(), 3600);
    const id = store.newId();
    await store.append(owner, id, turn('first', ['gone']));
    const redact = () =>
      store.update(owner, id, (current) => {
        if (!current) return null;
        const redacted = withoutGoneTalents(current, new Set(['gone']));
        return redacted.changed ? redacted.conversation : null;
      });
    await Promise.all([...Array.from({ length: 10 }, (_, i) => store.append(owner, id, turn(`q${i}`, [`t${i}`]))), redact()]);
    const conversation = await store.get(owner, id);
    expect(conversation?.turns.map((t) => t.question).sort()).toEqual(['first', ...Array.from({ length: 10 }, (_, i) => `q${i}`)].sort());
    expect(conversation?.turns[0]!.answer).toMatch(/no longer shown/);
    expect(conversation?.turns[0]!.talentIds).toEqual([]);
    expect(conversation?.turns.slice(1).every((t) => t.answer === 'a')).toBe(true);
  });

  it('retries a write another came before, and gives up with CONFLICT when it never holds', async () => {
    const cache = new MemoryCacheStore();
    const store = new ConversationStore(cache, 3600);
    const id = store.newId();
    await store.append(owner, id, turn('q1'));
    const compareAndSet = vi.spyOn(cache, 'compareAndSet');
    // A write of another process between this append's read and its write: the first compareAndSet fails.
    compareAndSet.mockImplementationOnce(async (key) => {
      await cache.set(key, JSON.stringify({ id, turns: [turn('q1'), turn('elsewhere')] }));
      return false;
    });
    await store.append(owner, id, turn('q2'));
    expect((await store.get(owner, id))?.turns.map((t) => t.question)).toEqual(['q1', 'elsewhere', 'q2']);

    compareAndSet.mockResolvedValue(false);
    await expect(store.append(owner, id, turn('q3'))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await store.append(owner, 'not-an-id', turn('q')).catch((error: { code: string }) => error.code)).toBe('NOT_FOUND');
  });
});
