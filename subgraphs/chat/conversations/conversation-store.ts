import { randomUUID } from 'node:crypto';
import type { CacheStore } from '../../../data/ports.ts';
import { ErrorCode, LoomaError, notFound } from '../../../platform/errors.ts';
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

/** Writes of one conversation retried after another write to it came first (each retry reads it again). */
const MAX_WRITE_ATTEMPTS = 50;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Conversations in the cache store, keyed by organisation, user and id: another user's id (or
 * another organisation's) reads as absent. Each turn renews the TTL; the oldest turns drop past MAX_TURNS.
 *
 * Every write is a read-modify-write that holds only if the conversation did not change in between (the cache's
 * compareAndSet, atomic across processes on Redis), else it reads again and retries: two asks at once on one
 * conversation keep both turns, and a redaction (./erased-records.ts) never brings back, nor loses, a turn.
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
    return parse(await this.cache.get(this.key(owner, id)));
  }

  /**
   * Changes the stored conversation as `change` says, renewing its TTL; `change` gets the conversation as stored now
   * (null: absent or expired) and may run more than once; it returns null to leave the store as it is.
   * Resolves to the conversation as written (or as found, when nothing was written).
   */
  async update(
    owner: ConversationOwner,
    id: string,
    change: (current: StoredConversation | null) => StoredConversation | null,
  ): Promise<StoredConversation | null> {
    if (!isUuid(id)) return null;
    const key = this.key(owner, id);
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const raw = await this.cache.get(key);
      const current = parse(raw);
      const next = change(current);
      if (!next) return current;
      if (await this.cache.compareAndSet(key, raw, JSON.stringify(next), this.ttlMs)) return next;
      // Another write to this conversation came first: read it again, after a short jittered pause.
      await pause(Math.random() * Math.min(attempt, 10) * 2);
    }
    throw new LoomaError(ErrorCode.CONFLICT, 'The conversation is being changed by too many requests at once; try again', { id });
  }

  /** Appends a turn to the conversation as stored now (creating it), keeping the newest MAX_TURNS. */
  async append(owner: ConversationOwner, id: string, turn: StoredTurn): Promise<StoredConversation> {
    const written = await this.update(owner, id, (current) => ({ id, turns: [...(current?.turns ?? []), turn].slice(-MAX_TURNS) }));
    if (!written) throw notFound('Conversation', id); // not an id newId made
    return written;
  }
}

function parse(raw: string | null): StoredConversation | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StoredConversation;
  } catch {
    return null;
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
