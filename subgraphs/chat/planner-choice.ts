import type { Config } from '../../platform/config.ts';
import { ErrorCode, LoomaError } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Planner } from './planning/types.ts';

/**
 * The planner CHAT_PLANNER names: `offline` (deterministic, subgraphs/chat/planning/offline/) or
 * `openai` (an OpenAI-compatible endpoint, subgraphs/chat/planning/openai/). One per process.
 */
export function chatPlanner(_config: Config, _logger: Logger): Planner {
  return UNAVAILABLE_PLANNER;
}

const UNAVAILABLE_PLANNER: Planner = {
  name: 'offline',
  plan: async () => {
    throw new LoomaError(ErrorCode.UNAVAILABLE, 'No question planner is configured');
  },
};
