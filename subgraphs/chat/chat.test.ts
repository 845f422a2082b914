import { describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../../data/adapters/memory-cache.ts';
import { createLogger } from '../../platform/logger.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { Chat } from './chat.ts';
import { ConversationStore } from './conversations/conversation-store.ts';
import type { Planner } from './planning/types.ts';

const viewer = (userId: string, scopes: Viewer['scopes'] = ['talent:read', 'job:read', 'ai:use']): Viewer => ({
  userId,
  orgId: 'org-1',
  roles: ['RECRUITER'],
  scopes,
  via: 'token',
});

/** A planner stub: every question is UNSUPPORTED, nothing to run. */
const planner: Planner = { name: 'offline', plan: async () => ({ intent: 'UNSUPPORTED', steps: [], language: 'en' }) };

function chatOf(who: Viewer | null, conversations = new ConversationStore(new MemoryCacheStore(), 3600)) {
  const gateway = async () => {
    throw new Error('no step should run');
  };
  return new Chat(who, { planner, conversations, gateway, logger: createLogger('chat-test', 'silent') });
}

describe('Chat', () => {
  it('refuses bad input with BAD_USER_INPUT naming the field, and a viewer without ai:use', async () => {
    const chat = chatOf(viewer('u1'));
    await expect(chat.ask({ question: '   ' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'question' } });
    await expect(chat.ask({ question: 'x'.repeat(501) })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'question' } });
    await expect(chat.ask({ question: 'hi', language: 'fr' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'language' },
    });
    await expect(chatOf(viewer('u1', ['talent:read'])).ask({ question: 'hi' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(chatOf(null).ask({ question: 'hi' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it("answers UNSUPPORTED without running anything, remembers the turn, and keeps another user's conversation from them", async () => {
    const conversations = new ConversationStore(new MemoryCacheStore(), 3600);
    const answer = await chatOf(viewer('u1'), conversations).ask({ question: 'delete everyone' });
    expect(answer).toMatchObject({ intent: 'UNSUPPORTED', citations: [], plan: [], answer: 'I cannot answer that question yet.' });
    expect((await chatOf(viewer('u1'), conversations).conversation(answer.conversationId))?.turns).toHaveLength(1);
    expect(await chatOf(viewer('u2'), conversations).conversation(answer.conversationId)).toBeNull();
    await expect(
      chatOf(viewer('u2'), conversations).ask({ question: 'and?', conversationId: answer.conversationId }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
