/**
 * What the soak benchmark measures, minute by minute: requests, errors by code, latency
 * percentiles (Node's HDR histograms, microsecond resolution) overall and per operation, and the
 * resident memory of every Looma process. The driver records; this module keeps and prints.
 */
import fs from 'node:fs';
import { createHistogram, type RecordableHistogram } from 'node:perf_hooks';

/** One stretch of the run (a minute, or the whole run). */
export class SoakWindow {
  requests = 0;
  errors = 0;
  readonly errorsByCode = new Map<string, number>();
  readonly latency: RecordableHistogram = createHistogram();
  readonly byOperation = new Map<string, { requests: number; errors: number; latency: RecordableHistogram }>();

  readonly index: number;
  readonly startedAt: number;

  constructor(index: number, startedAt: number) {
    this.index = index;
    this.startedAt = startedAt;
  }

  record(operation: string, latencyMs: number, errorCode?: string): void {
    const micros = Math.max(1, Math.round(latencyMs * 1000));
    this.requests++;
    this.latency.record(micros);
    let op = this.byOperation.get(operation);
    if (!op) this.byOperation.set(operation, (op = { requests: 0, errors: 0, latency: createHistogram() }));
    op.requests++;
    op.latency.record(micros);
    if (errorCode !== undefined) {
      this.errors++;
      op.errors++;
      this.errorsByCode.set(errorCode, (this.errorsByCode.get(errorCode) ?? 0) + 1);
    }
  }

  /** The latency at percentile `p` (0–100) in milliseconds; 0 when nothing was recorded. */
  percentileMs(p: number, histogram: RecordableHistogram = this.latency): number {
    return histogram.count === 0 ? 0 : histogram.percentile(p) / 1000;
  }
}

/** RSS samples, in MiB, of named processes. */
export type RssSample = Record<string, number | undefined>;

export interface MinuteReport {
  window: SoakWindow;
  endedAt: number;
  rss: RssSample;
  /** V8 heap in use of every process at the end of the window (from its /metrics). */
  heap: RssSample;
  /** The machine's one-minute load average then: on a shared machine it explains slow minutes. */
  loadAverage: number;
}

/**
 * Keeps the current window, the closed ones and a running total. `rotate` closes the current
 * window (with the RSS read at that moment) and opens the next.
 */
export class SoakRecorder {
  readonly total: SoakWindow;
  readonly minutes: MinuteReport[] = [];
  private current: SoakWindow;

  constructor(startedAt: number) {
    this.total = new SoakWindow(0, startedAt);
    this.current = new SoakWindow(1, startedAt);
  }

  record(operation: string, latencyMs: number, errorCode?: string): void {
    this.current.record(operation, latencyMs, errorCode);
    this.total.record(operation, latencyMs, errorCode);
  }

  rotate(now: number, { rss, heap, loadAverage }: { rss: RssSample; heap: RssSample; loadAverage: number }): MinuteReport {
    const report = { window: this.current, endedAt: now, rss, heap, loadAverage };
    this.minutes.push(report);
    this.current = new SoakWindow(this.current.index + 1, now);
    return report;
  }
}

/** VmRSS of a process in MiB, from /proc (Linux); undefined once the process is gone. */
export function readRssMiB(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kib === undefined ? undefined : Number(kib) / 1024;
  } catch {
    return undefined;
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mib = (value: number | undefined) => (value === undefined ? 'gone' : `${value.toFixed(0)}`);

/** `CONFLICT 2, INTERNAL_SERVER_ERROR 1`, most frequent first. */
export function describeErrors(window: SoakWindow): string {
  if (window.errors === 0) return '0';
  const codes = [...window.errorsByCode].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return `${window.errors} (${codes.map(([code, n]) => `${code} ${n}`).join(', ')})`;
}

/** `m:ss` since the load started. */
function clock(elapsedMs: number): string {
  const seconds = Math.round(elapsedMs / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The line printed at the end of every minute (or report interval), stamped with the time since the load started (`origin`). */
export function formatMinute({ window, endedAt, rss, heap, loadAverage }: MinuteReport, origin: number): string {
  const seconds = Math.max(0.001, (endedAt - window.startedAt) / 1000);
  const list = (sample: RssSample) =>
    Object.entries(sample)
      .map(([name, value]) => `${name} ${mib(value)}`)
      .join(', ');
  return (
    `[${clock(endedAt - origin)}] ${window.requests} requests (${(window.requests / seconds).toFixed(1)}/s), ` +
    `errors ${describeErrors(window)}, p50 ${ms(window.percentileMs(50))}, p99 ${ms(window.percentileMs(99))}; RSS MiB: ${list(rss)}; heap MiB: ${list(heap)}; load ${loadAverage.toFixed(1)}`
  );
}

export interface SummaryInput {
  recorder: SoakRecorder;
  /** RSS when the load started and when it ended. */
  rssStart: RssSample;
  rssEnd: RssSample;
  /** V8 heap in use (the services' looma_nodejs_heap_size_used_bytes), when the load started and ended. */
  heapStart?: RssSample;
  heapEnd?: RssSample;
  elapsedMs: number;
  /** Requests the schedule asked for in the run's time; fewer were sent when every client was busy. */
  scheduled?: number;
}

/** The closing report: totals, error rate, first and last minute latency, per-operation figures, memory growth. */
export function formatSummary({ recorder, rssStart, rssEnd, heapStart, heapEnd, elapsedMs, scheduled }: SummaryInput): string[] {
  const { total, minutes } = recorder;
  const lines: string[] = [];
  const rate = total.requests === 0 ? 0 : (100 * total.errors) / total.requests;
  const behind =
    scheduled !== undefined && scheduled > total.requests ? `; the schedule asked for ${scheduled}: the clients fell behind` : '';
  lines.push(
    `requests ${total.requests} in ${(elapsedMs / 1000).toFixed(0)} s (${(total.requests / Math.max(0.001, elapsedMs / 1000)).toFixed(1)}/s)${behind}`,
  );
  lines.push(`errors   ${describeErrors(total)}; error rate ${rate.toFixed(3)} %  (goal 0)`);
  lines.push(`latency  whole run p50 ${ms(total.percentileMs(50))}, p99 ${ms(total.percentileMs(99))}`);
  const first = minutes[0]?.window;
  const last = minutes.at(-1)?.window;
  if (first && last) {
    lines.push(`         first minute p50 ${ms(first.percentileMs(50))}, p99 ${ms(first.percentileMs(99))}`);
    lines.push(`         last minute  p50 ${ms(last.percentileMs(50))}, p99 ${ms(last.percentileMs(99))}`);
  }
  lines.push('per operation:');
  const operations = [...total.byOperation].sort((a, b) => a[0].localeCompare(b[0]));
  const width = Math.max(...operations.map(([name]) => name.length), 9);
  for (const [name, op] of operations) {
    lines.push(
      `  ${name.padEnd(width)} ${String(op.requests).padStart(7)} requests, errors ${String(op.errors).padStart(4)}, ` +
        `p50 ${ms(total.percentileMs(50, op.latency)).padStart(9)}, p99 ${ms(total.percentileMs(99, op.latency)).padStart(9)}`,
    );
  }
  // Garbage collection makes any one reading a point on a sawtooth: the highest per-minute reading of
  // each half of the run says more about a trend than start and end alone.
  const halves = minutes.length >= 4;
  const peak = (samples: RssSample[], name: string) => Math.max(...samples.map((sample) => sample[name] ?? 0));
  const memory = (title: string, start: RssSample, end: RssSample, samples: RssSample[]) => {
    lines.push(`${title} (MiB):  start → end  (growth)${halves ? '; highest minute reading, first half → second half' : ''}`);
    for (const name of Object.keys(start)) {
      const from = start[name];
      const to = end[name];
      const growth =
        from === undefined || to === undefined
          ? 'n/a'
          : `${to - from >= 0 ? '+' : ''}${(to - from).toFixed(0)}, ${(((to - from) / from) * 100).toFixed(0)} %`;
      const half = Math.floor(samples.length / 2);
      const trend = halves
        ? `;  ${mib(peak(samples.slice(0, half), name)).padStart(6)} → ${mib(peak(samples.slice(half), name)).padStart(6)}`
        : '';
      lines.push(`  ${name.padEnd(width)} ${mib(from).padStart(6)} → ${mib(to).padStart(6)}  (${growth})${trend}`);
    }
  };
  memory(
    'resident memory',
    rssStart,
    rssEnd,
    minutes.map((m) => m.rss),
  );
  if (heapStart && heapEnd)
    memory(
      'V8 heap used',
      heapStart,
      heapEnd,
      minutes.map((m) => m.heap),
    );
  return lines;
}
