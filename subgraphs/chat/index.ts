import { runStandalone } from '../../data/runtime/standalone.ts';
import type { SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import { DateTime } from '../../platform/scalars.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { Chat } from './chat.ts';
import { CHAT_STORES, type ChatContext, type ChatStore } from './context.ts';
import { ConversationStore } from './conversations/conversation-store.ts';
import { gatewayCall } from './execution/gateway-client.ts';
import { DEFAULT_PLAN_BOUNDS } from './execution/plan-executor.ts';
import { chatPlanner } from './planner-choice.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import type { Planner } from './planning/types.ts';

const resolvers: Resolvers = { DateTime, Query, Mutation };

/** One planner a process (the OpenAI client holds its connections). */
let planner: Planner | undefined;

/** Grounded, cited answers over the CRM (issue 15): `ask`, `conversation`. */
export const chatSubgraph: SubgraphDefinition<ChatContext, ChatStore> = {
  name: 'chat',
  port: (config) => config.ports.chat,
  stores: CHAT_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base, runtime) => {
    const { config } = runtime;
    const chat = new Chat(base.viewer, {
      planner: (planner ??= chatPlanner(config, runtime.logger)),
      conversations: new ConversationStore(base.data.stores.cache, config.chat.conversationTtlSeconds),
      gateway: gatewayCall({
        url: runtime.gatewayUrl?.() ?? config.chat.gatewayUrl,
        authorization: base.authorization,
        language: base.language,
      }),
      logger: base.logger,
      // The plan ends before the gateway stops waiting for this subgraph (SUBGRAPH_TIMEOUT_MS): an answer, or a coded error.
      bounds: { ...DEFAULT_PLAN_BOUNDS, deadlineMs: Math.min(DEFAULT_PLAN_BOUNDS.deadlineMs, Math.floor(config.subgraphTimeoutMs * 0.8)) },
    });
    return { ...base, chat };
  },
};

await runStandalone(import.meta.url, [chatSubgraph]);
