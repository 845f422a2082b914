import { z } from 'zod';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { notFound } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { composeAnswer, type ComposedCitation } from './answer/composer.ts';
import type { ConversationOwner, ConversationStore, StoredConversation } from './conversations/conversation-store.ts';
import { priorTurns, type StoredCitation, type StoredTurn } from './conversations/conversation-store.ts';
import { citedTalentIds, goneTalentIds, withoutGoneTalents } from './conversations/erased-records.ts';
import { DEFAULT_PLAN_BOUNDS, executePlan, type GatewayCall, type PlanBounds } from './execution/plan-executor.ts';
import type { Plan, Planner } from './planning/types.ts';

export interface ChatOptions {
  planner: Planner;
  conversations: ConversationStore;
  /** Runs one plan step through the gateway with this request's credential. */
  gateway: GatewayCall;
  logger: Logger;
  bounds?: PlanBounds;
  now?: () => Date;
}

const askSchema = z.object({
  question: z.string().trim().min(1, 'question must not be empty').max(500, 'question is at most 500 characters'),
  conversationId: z.string().nullish(),
  language: z.enum(['zh', 'en']).nullish(),
});
export interface AskArgs {
  question: string;
  conversationId?: string | null;
  language?: string | null;
}

/** A citation as GraphQL returns it: entity references the gateway resolves through the talent subgraph. */
export interface CitationOut {
  talent: { id: string } | null;
  job: { id: string } | null;
  application: { id: string } | null;
  snippet: string;
}

export interface PlanStepOut {
  operation: string;
  variables: string;
  intent: string;
}

export interface AnswerOut {
  conversationId: string;
  answer: string;
  citations: CitationOut[];
  followUps: string[];
  plan: PlanStepOut[];
  intent: string;
}

const citationOut = (c: StoredCitation): CitationOut => ({
  talent: c.talentId ? { id: c.talentId } : null,
  job: c.jobId ? { id: c.jobId } : null,
  application: c.applicationId ? { id: c.applicationId } : null,
  snippet: c.snippet,
});

const planOut = (plan: Plan): PlanStepOut[] =>
  plan.steps.map((step) => ({ operation: step.operation, variables: JSON.stringify(step.variables), intent: plan.intent }));

const stored = (c: ComposedCitation): StoredCitation => ({ ...c });

/**
 * Questions answered from the organisation's data (issue 15): the planner sees the question and the
 * conversation's previous plans and cited ids; the plan runs through the gateway as the viewer;
 * the answer is composed from the results and checked claim by claim; the turn is remembered.
 */
export class Chat {
  private readonly viewerOrNull: Viewer | null;
  private readonly options: ChatOptions;

  constructor(viewer: Viewer | null, options: ChatOptions) {
    this.viewerOrNull = viewer;
    this.options = options;
  }

  private viewer(): Viewer {
    return requireScope(this.viewerOrNull, 'ai:use');
  }

  async ask(input: AskArgs): Promise<AnswerOut> {
    const viewer = this.viewer();
    const args = parseInput(askSchema, input);
    const owner = { orgId: viewer.orgId, userId: viewer.userId };
    const { conversations, planner, logger } = this.options;
    let conversationId = args.conversationId ?? null;
    const conversation = conversationId ? await this.remembered(owner, conversationId) : null;
    // Another user's conversation (or another organisation's, or an expired one) does not exist for this viewer.
    if (conversationId && !conversation) throw notFound('Conversation', conversationId);
    conversationId ??= conversations.newId();

    const now = this.options.now?.() ?? new Date();
    const plan = await planner.plan({ question: args.question, language: args.language ?? null, history: priorTurns(conversation), now });
    const language = args.language ?? plan.language;
    const results = await executePlan(plan, this.options.gateway, this.options.bounds ?? DEFAULT_PLAN_BOUNDS);
    const composed = composeAnswer(plan, results, language);
    if (composed.dropped) logger.warn({ intent: plan.intent, dropped: composed.dropped }, 'chat: the checker dropped unsupported claims');

    const turn: StoredTurn = {
      question: args.question,
      answer: composed.answer,
      citations: composed.citations.map(stored),
      plan,
      talentIds: composed.talentIds,
      jobIds: composed.jobIds,
      createdAt: now.toISOString(),
    };
    // Onto the conversation as stored now: another ask on it meanwhile may have added a turn, which stays.
    await conversations.append(owner, conversationId, turn);
    return {
      conversationId,
      answer: composed.answer,
      citations: turn.citations.map(citationOut),
      followUps: composed.followUps,
      plan: planOut(plan),
      intent: composed.intent,
    };
  }

  /**
   * A stored conversation without what it quoted of talents since erased, merged or hidden from the viewer
   * (./conversations/erased-records.ts); stored again when a turn lost something, so it is gone from the cache too.
   */
  private async remembered(owner: ConversationOwner, id: string): Promise<StoredConversation | null> {
    const { conversations, gateway, bounds } = this.options;
    const conversation = await conversations.get(owner, id);
    const ids = conversation ? citedTalentIds(conversation) : [];
    if (!conversation || !ids.length) return conversation;
    const gone = await goneTalentIds(ids, gateway, bounds ?? DEFAULT_PLAN_BOUNDS);
    if (!gone.size) return conversation;
    // Redacts the conversation as stored at the write (a turn appended since the read is kept, not overwritten).
    const stored = await conversations.update(owner, id, (current) => {
      const redacted = current && withoutGoneTalents(current, gone);
      return redacted?.changed ? redacted.conversation : null;
    });
    return stored ?? withoutGoneTalents(conversation, gone).conversation;
  }

  /** The viewer's own conversation, oldest turn first; anyone else's (or an expired one) is null. */
  async conversation(id: string) {
    const viewer = this.viewer();
    const conversation = await this.remembered({ orgId: viewer.orgId, userId: viewer.userId }, id);
    if (!conversation) return null;
    return {
      id: conversation.id,
      turns: conversation.turns.map((turn) => ({
        question: turn.question,
        answer: turn.answer,
        citations: turn.citations.map(citationOut),
        plan: planOut(turn.plan),
        createdAt: turn.createdAt,
      })),
    };
  }
}
