import type { Config } from '../../platform/config.ts';
import type { Logger } from '../../platform/logger.ts';
import { offlinePlanner } from './planning/offline/offline-planner.ts';
import { openaiPlanner } from './planning/openai/openai-planner.ts';
import type { Planner } from './planning/types.ts';

/**
 * The planner CHAT_PLANNER names: `offline` (deterministic, Chinese and English,
 * subgraphs/chat/planning/offline/) or `openai` (any OpenAI-compatible endpoint with tool calling,
 * subgraphs/chat/planning/openai/: OPENAI_BASE_URL, OPENAI_API_KEY, CHAT_OPENAI_MODEL). One a process.
 */
export function chatPlanner(config: Config, logger: Logger): Planner {
  if (config.chat.planner === 'openai') return openaiPlanner({ ...config.chat.openai, logger });
  return offlinePlanner();
}
