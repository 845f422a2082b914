import { z } from 'zod';

/** The shapes environment variables take (platform/config.ts reads them all). */

export const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A TCP port: what every `*_PORT` variable takes, and `npm run serve -- <service> --port N`. */
export const port = z.coerce.number().int().min(1).max(65535);

export const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    },
    { message: `must be a URL with scheme ${protocols.map((p) => `${p}://`).join(' or ')}` },
  );

/** One or more URLs, comma-separated: each must be a URL with one of `protocols`. */
export const urlList = (protocols: string[]) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((part) => part.trim()))
    .pipe(z.array(url(protocols)).min(1));

/** A comma-separated list, each item trimmed and lowercased, empties dropped. */
export const commaList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);

/** A JSON object whose values all match `value`, e.g. `{"acme": "<uuid>"}`. */
export function jsonRecord<T extends z.ZodType<string>>(value: T) {
  return z
    .string()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string(), value));
}

/** The subgraphs a deployment runs, each with its `<NAME>_PORT` and `<NAME>_URL`. */
export const SUBGRAPH_NAMES = ['talent', 'ops', 'identity', 'search', 'resume', 'matching', 'chat'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Each subgraph's port, from its `<NAME>_PORT`. */
export function subgraphPorts(e: Record<`${Uppercase<SubgraphName>}_PORT`, number>): Record<SubgraphName, number> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, e[`${name.toUpperCase() as Uppercase<SubgraphName>}_PORT`]])) as Record<
    SubgraphName,
    number
  >;
}

/**
 * The chat subgraph's settings (issue 15), here because platform/config.ts is at its size limit.
 * GATEWAY_URL: where chat runs its plan steps (the caller's own credential forwarded).
 */
export const CHAT_ENVIRONMENT = {
  GATEWAY_URL: url(['http', 'https']).default('http://127.0.0.1:8206/graphql'),
  /** How long a conversation's memory lives in the cache after its last turn. */
  CHAT_CONVERSATION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(24 * 3600),
  /** offline: the deterministic zh/en planner; openai: an OpenAI-compatible endpoint with tool calling. */
  CHAT_PLANNER: z.enum(['offline', 'openai']).default('offline'),
  /** CHAT_PLANNER=openai: the chat model at OPENAI_BASE_URL (with OPENAI_API_KEY). */
  CHAT_OPENAI_MODEL: z.string().trim().min(1).max(200).default('gpt-4o-mini'),
  /** CHAT_PLANNER=openai: how long planning one question may take (no retry: the user asks again). */
  CHAT_PLANNER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
};

export interface ChatConfig {
  gatewayUrl: string;
  conversationTtlSeconds: number;
  planner: 'offline' | 'openai';
  /** The OpenAI-compatible planner's endpoint (OPENAI_BASE_URL, OPENAI_API_KEY), model and time limit. */
  openai: { baseURL?: string; apiKey: string; model: string; timeoutMs: number };
}

type ChatEnvironment = { [K in keyof typeof CHAT_ENVIRONMENT]: z.output<(typeof CHAT_ENVIRONMENT)[K]> };

export function chatConfig(e: ChatEnvironment & { OPENAI_BASE_URL?: string; OPENAI_API_KEY?: string }): ChatConfig {
  return {
    gatewayUrl: e.GATEWAY_URL,
    conversationTtlSeconds: e.CHAT_CONVERSATION_TTL_SECONDS,
    planner: e.CHAT_PLANNER,
    openai: {
      baseURL: e.OPENAI_BASE_URL,
      apiKey: e.OPENAI_API_KEY || 'unused',
      model: e.CHAT_OPENAI_MODEL,
      timeoutMs: e.CHAT_PLANNER_TIMEOUT_MS,
    },
  };
}
