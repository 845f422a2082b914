import type { StorePort } from '../../platform/round-trips.ts';
import type { BaseContext } from '../../data/runtime/subgraph.ts';
import type { Chat } from './chat.ts';

/**
 * The stores this subgraph uses: the relational store (the key ring every service verifies tokens
 * with) and the cache (conversations). Everything it answers from it reads through the gateway.
 */
export const CHAT_STORES = ['relational', 'cache'] as const satisfies readonly StorePort[];
export type ChatStore = (typeof CHAT_STORES)[number];

export interface ChatContext extends BaseContext<ChatStore> {
  chat: Chat;
}
