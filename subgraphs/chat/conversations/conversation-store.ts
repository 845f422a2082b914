import { randomUUID } from 'node:crypto';
import type { CacheStore } from '../../../data/ports.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { Plan, PriorTurn } from '../planning/types.ts';

/** A citation as remembered: the record's id (one of the three) and the snippet. */
export interface StoredCitation {
  talentId?: string;
  jobId?: string;
  applicationId?: string;
  snippet: string;
}

export interface StoredTurn {
  question: string;
  answer: string;
  citations: StoredCitation[];
  plan: Plan;
  /** Ids the answer cited, in order: what the next question's "them" means. */
  talentIds: string[];
  jobIds: string[];
  createdAt: string;
}

export interface StoredConversation {
  id: string;
  turns: StoredTurn[];
}

export interface ConversationOwner {
  orgId: string;
  userId: string;
}

/** Turns kept per conversation: the newest; the planner sees fewer still. */
export const MAX_TURNS = 20;

/**
 * Conversations in the cache store, keyed by organisation, user and id: another user's id (or
 * another organisation's) reads as absent. Each turn renews the TTL; the oldest turns drop past MAX_TURNS.
 */
export class ConversationStore {
  private readonly cache: CacheStore;
  private readonly ttlMs: number;

  constructor(cache: CacheStore, ttlSeconds: number) {
    this.cache = cache;
    this.ttlMs = ttlSeconds * 1000;
  }

  private key(owner: ConversationOwner, id: string): string {
    return `chat:conversation:${owner.orgId}:${owner.userId}:${id}`;
  }

  newId(): string {
    return randomUUID();
  }

  async get(owner: ConversationOwner, id: string): Promise<StoredConversation | null> {
    if (!isUuid(id)) return null;
    const raw = await this.cache.get(this.key(owner, id));
    if (!raw) return null;
    try {
      return JSON.parse(raw) as StoredConversation;
    } catch {
      return null;
    }
  }

  /** Stores the conversation as given (a turn redacted: ./erased-records.ts), renewing its TTL. */
  async replace(owner: ConversationOwner, conversation: StoredConversation): Promise<void> {
    await this.cache.set(this.key(owner, conversation.id), JSON.stringify(conversation), this.ttlMs);
  }

  /**
   * Appends a turn (creating the conversation) and renews its TTL; `read` is the conversation as the caller
   * already read it (undefined: read it here).
   */
  async append(owner: ConversationOwner, id: string, turn: StoredTurn, read?: StoredConversation | null): Promise<StoredConversation> {
    const existing = (read === undefined ? await this.get(owner, id) : read) ?? { id, turns: [] };
    const conversation = { id, turns: [...existing.turns, turn].slice(-MAX_TURNS) };
    await this.cache.set(this.key(owner, id), JSON.stringify(conversation), this.ttlMs);
    return conversation;
  }
}

/** What a planner may see of the conversation so far: the questions, plans and cited ids, never record text. */
export function priorTurns(conversation: StoredConversation | null, limit = 5): PriorTurn[] {
  return (conversation?.turns ?? []).slice(-limit).map((turn) => ({
    question: turn.question,
    plan: turn.plan,
    talentIds: turn.talentIds,
    jobIds: turn.jobIds,
  }));
}
