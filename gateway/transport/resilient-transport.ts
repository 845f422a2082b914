import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../platform/errors.ts';
import { subgraphBreakerState, subgraphEjections, subgraphRetries } from '../../platform/metrics.ts';
import { CallMetrics, callOutcome } from './call-metrics.ts';
import { leastOutstanding } from './balancer.ts';
import { CircuitBreaker, type BreakerState } from './circuit-breaker.ts';
import type { InstanceSource } from './instance-source.ts';
import { RetryBudget } from './retry-budget.ts';
import type { SubgraphRequest, SubgraphResponse, SubgraphTransport } from './subgraph-transport.ts';

/** The time left to a request, in milliseconds, sent to the subgraph with every call. */
export const DEADLINE_HEADER = 'x-looma-deadline-ms';

/** A retry starts only with this much of the deadline left: less could not get an answer back in time. */
const MIN_RETRY_MS = 10;

export interface ResilientTransportOptions {
  /** The transport that carries each call to one instance (the undici pools). */
  transport: SubgraphTransport;
  instances: InstanceSource;
  /** Every call's timeout (SUBGRAPH_TIMEOUT_MS); a request without a deadline gets one this far away. */
  timeoutMs: number;
  /** Consecutive failures that eject an instance (default 5). */
  failureThreshold?: number;
  /** The first ejection's length (default 5 s), doubled by each failed trial up to maxEjectionMs (default 60 s). */
  baseEjectionMs?: number;
  maxEjectionMs?: number;
  /** Retries ≤ retryRatio × requests + retryMinPerWindow over 10 s (defaults 0.1 and 10). */
  retryRatio?: number;
  retryMinPerWindow?: number;
  now?: () => number;
  random?: () => number;
}

interface Instance {
  url: string;
  outstanding: number;
  breaker: CircuitBreaker;
  metrics: CallMetrics;
  /** It left the subgraph's list: its calls in flight finish, and leave no series or ejection behind. */
  isRemoved: boolean;
}

interface Group {
  name: string;
  instances: Instance[];
  budget: RetryBudget;
}

type Attempt = { isOk: true; response: SubgraphResponse } | { isOk: false; response?: SubgraphResponse };

const GAUGE_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/**
 * A SubgraphTransport over several instances a subgraph: each call goes to the available instance with
 * the fewest calls in flight; each instance has a circuit breaker that ejects it after repeated failures
 * (never the last healthy one); a failed query (never a mutation) is retried once on another instance
 * while the retry budget and the request's deadline allow; every call has a timeout. When no instance
 * answers, the caller gets SUBGRAPH_UNAVAILABLE, never the cause (an address, a socket error): the breaker
 * gauge, the ejection and retry counters tell the operators which instance fails.
 */
export class ResilientSubgraphTransport implements SubgraphTransport {
  private readonly inner: SubgraphTransport;
  private readonly source: InstanceSource;
  private readonly options: ResilientTransportOptions;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly groups = new Map<string, Group>();
  private readonly unsubscribe: () => void;

  constructor(options: ResilientTransportOptions) {
    this.inner = options.transport;
    this.source = options.instances;
    this.options = options;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.unsubscribe = this.source.onChange((subgraph) => this.refresh(subgraph));
  }

  async send(subgraph: string, request: SubgraphRequest): Promise<SubgraphResponse> {
    const group = this.groupOf(subgraph, request.url);
    group.budget.recordRequest();
    const deadline = request.deadline ?? this.now() + this.options.timeoutMs;
    const tried = new Set<Instance>();
    const first = this.pick(group, tried);
    if (!first) throw subgraphUnavailable();
    let attempt = await this.call(group, first, request, deadline);
    tried.add(first);
    if (!attempt.isOk && request.idempotent === true && deadline - this.now() >= MIN_RETRY_MS) {
      const second = this.pick(group, tried);
      if (second && group.budget.tryRetry()) {
        subgraphRetries.inc({ subgraph });
        const retried = await this.call(group, second, request, deadline);
        // A retry that got no answer at all leaves the first attempt's 5xx answer, if it had one.
        if (retried.isOk || retried.response || !attempt.response) attempt = retried;
      }
    }
    if (attempt.response) return attempt.response;
    throw subgraphUnavailable();
  }

  /** The breaker state of each instance of a subgraph, by URL (for tests and diagnostics). */
  breakerStates(subgraph: string): Record<string, BreakerState> {
    const group = this.groups.get(subgraph);
    return Object.fromEntries((group?.instances ?? []).map((instance) => [instance.url, instance.breaker.state()]));
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.inner.close();
  }

  private pick(group: Group, tried: ReadonlySet<Instance>): Instance | undefined {
    const available = group.instances.filter((instance) => !tried.has(instance) && instance.breaker.isAvailable());
    return leastOutstanding(available, this.random);
  }

  /** One call to one instance, within the call's timeout and the request's deadline; a 5xx answer is a failure kept for the caller. */
  private async call(group: Group, instance: Instance, request: SubgraphRequest, deadline: number): Promise<Attempt> {
    const budgetMs = Math.min(this.options.timeoutMs, deadline - this.now());
    if (budgetMs <= 0) return { isOk: false };
    instance.breaker.onCallStart();
    instance.outstanding++;
    const startedAt = performance.now();
    let outcome = 'error';
    try {
      const response = await this.inner.send(group.name, {
        ...request,
        url: instance.url,
        headers: { ...request.headers, [DEADLINE_HEADER]: String(Math.floor(budgetMs)) },
        timeoutMs: Math.max(1, Math.floor(budgetMs)),
      });
      outcome = callOutcome(response.status);
      if (response.status >= 500) {
        this.fail(group, instance);
        return { isOk: false, response };
      }
      instance.breaker.onSuccess();
      return { isOk: true, response };
    } catch (error) {
      // A refused or cut connection, or the timeout: the instance failed this call.
      outcome = callOutcome(error);
      this.fail(group, instance, outcome === 'refused');
      return { isOk: false };
    } finally {
      instance.outstanding--;
      if (!instance.isRemoved) instance.metrics.record(outcome, performance.now() - startedAt);
    }
  }

  private fail(group: Group, instance: Instance, isRefused = false): void {
    if (instance.isRemoved) return;
    // Never eject the last healthy instance: another one must be closed.
    const mayEject = group.instances.some((other) => other !== instance && other.breaker.state() === 'closed');
    if (instance.breaker.onFailure(mayEject, isRefused)) subgraphEjections.inc({ subgraph: group.name, instance: instance.url });
  }

  private groupOf(subgraph: string, fallbackUrl: string): Group {
    const known = this.groups.get(subgraph);
    if (known) return known;
    const group: Group = {
      name: subgraph,
      instances: [],
      budget: new RetryBudget({
        ratio: this.options.retryRatio ?? 0.1,
        minPerWindow: this.options.retryMinPerWindow ?? 10,
        windowMs: 10_000,
        now: this.now,
      }),
    };
    this.groups.set(subgraph, group);
    this.refresh(subgraph, fallbackUrl);
    return group;
  }

  /** Follows the source's instance list: instances kept keep their breaker, new ones start closed. */
  private refresh(subgraph: string, fallbackUrl?: string): void {
    const group = this.groups.get(subgraph);
    if (!group) return;
    const listed = this.source.instances(subgraph);
    const urls = listed.length > 0 ? listed : fallbackUrl ? [fallbackUrl] : group.instances.map((instance) => instance.url);
    const previous = new Map(group.instances.map((instance) => [instance.url, instance]));
    group.instances = [...new Set(urls)].map((url) => previous.get(url) ?? this.instance(subgraph, url));
    for (const [url, instance] of previous) {
      if (urls.includes(url)) continue;
      instance.isRemoved = true;
      subgraphBreakerState.remove({ subgraph, instance: url });
      // Its call series go with it, unless another instance of the list shares its origin.
      if (!group.instances.some((kept) => kept.metrics.instance === instance.metrics.instance)) instance.metrics.remove();
    }
  }

  private instance(subgraph: string, url: string): Instance {
    const labels = { subgraph, instance: url };
    subgraphBreakerState.set(labels, 0);
    const breaker = new CircuitBreaker({
      failureThreshold: this.options.failureThreshold ?? 5,
      baseEjectionMs: this.options.baseEjectionMs ?? 5_000,
      maxEjectionMs: this.options.maxEjectionMs ?? 60_000,
      now: this.now,
      onStateChange: (state) => {
        if (!instance.isRemoved) subgraphBreakerState.set(labels, GAUGE_VALUE[state]);
      },
    });
    const instance: Instance = { url, outstanding: 0, breaker, metrics: new CallMetrics(subgraph, url), isRemoved: false };
    return instance;
  }
}

/** What the client sees when no instance of a subgraph answered: a stable code, no address, no stack. */
export function subgraphUnavailable(): GraphQLError {
  return new GraphQLError('A service this operation needs is unavailable; retry later', {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE },
  });
}
