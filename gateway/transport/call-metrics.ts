import { subgraphCallDuration, subgraphCalls } from '../../platform/metrics.ts';

/** How a call to a subgraph instance ended: its answer's status class, or why there was none. */
export type CallOutcome = 'ok' | '4xx' | '5xx' | 'timeout' | 'refused' | 'error';

/** The instance label of a subgraph call: `in-process` for a subgraph of the gateway's process. */
export const IN_PROCESS_INSTANCE = 'in-process';

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);

/** A status answered, or the error thrown instead (undici's codes tell a timeout and a refused connection). */
export function callOutcome(answer: number | unknown): CallOutcome {
  if (typeof answer === 'number') return answer >= 500 ? '5xx' : answer >= 400 ? '4xx' : 'ok';
  const code = (answer as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED') return 'refused';
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) return 'timeout';
  return 'error';
}

/**
 * The duration and outcome series of one subgraph instance (labelled by its URL's origin: one series per
 * process, whatever the path), their prom-client children looked up once and reused by every call.
 */
export class CallMetrics {
  readonly subgraph: string;
  readonly instance: string;
  private readonly duration: { observe(seconds: number): void };
  private readonly outcomes = new Map<string, { inc(): void }>();

  /** `url`: the instance's URL, or IN_PROCESS_INSTANCE. */
  constructor(subgraph: string, url: string) {
    this.subgraph = subgraph;
    this.instance = url === IN_PROCESS_INSTANCE ? url : originOf(url);
    this.duration = subgraphCallDuration.labels(subgraph, this.instance);
  }

  record(outcome: string, elapsedMs: number): void {
    this.duration.observe(elapsedMs / 1000);
    let counter = this.outcomes.get(outcome);
    if (!counter) {
      counter = subgraphCalls.labels(this.subgraph, this.instance, outcome);
      this.outcomes.set(outcome, counter);
    }
    counter.inc();
  }

  /** Drops this instance's series (it left the subgraph's list). */
  remove(): void {
    subgraphCallDuration.remove(this.subgraph, this.instance);
    for (const outcome of this.outcomes.keys()) subgraphCalls.remove(this.subgraph, this.instance, outcome);
    this.outcomes.clear();
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
}
