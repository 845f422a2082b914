/**
 * The PDF and DOCX parses of this process, in a pool of worker threads (piscina): at most
 * `concurrency` at once, at most `queue` waiting (one more is RESOURCE_EXHAUSTED with a retry hint),
 * each worker's heap capped (`resourceLimits`; a worker killed by it is a TOO_LARGE refusal and is
 * replaced), each parse stopped after `timeoutMs` of running (its worker terminated: TIMEOUT). The
 * service's own thread only waits, so it keeps answering while a hostile file is being parsed.
 *
 * A worker thread runs parse-worker.ts itself: Node 24 strips its types (the code is erasable
 * TypeScript only, `erasableSyntaxOnly`), so nothing is bundled or written to a temporary directory.
 */
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ErrorCode, LoomaError } from '../../../platform/errors.ts';
import type { TextBudget } from './document-text.ts';
import type { ParseOutcome, ParseTask } from './parse-worker.ts';
import { ResumeRefusal, formatBytes } from './resume-refusal.ts';
import type { ResumeParsePoolLimits } from '../../../platform/resume-limits.ts';

export interface DocumentBudget extends TextBudget {
  maxInflatedBytes: number;
}

export class ParsePool {
  private readonly pool: Promise<Piscina<ParseTask, ParseOutcome>>;
  /** Parses running or waiting. Counted here: piscina's own queue bound also counts workers still starting. */
  private inFlight = 0;
  readonly limits: ResumeParsePoolLimits;

  constructor(limits: ResumeParsePoolLimits) {
    this.limits = limits;
    this.pool = workerFile().then(
      (filename) =>
        new Piscina<ParseTask, ParseOutcome>({
          filename,
          minThreads: 0,
          maxThreads: limits.concurrency,
          maxQueue: Math.max(1, limits.concurrency + limits.queue),
          idleTimeout: 30_000,
          // The worker needs none of the parent's flags (tsx's loader, vitest's): its code is plain JavaScript.
          execArgv: [],
          resourceLimits: {
            maxOldGenerationSizeMb: limits.heapMb,
            maxYoungGenerationSizeMb: Math.min(16, Math.max(4, Math.floor(limits.heapMb / 4))),
          },
        }),
    );
  }

  /** The document's text; rejects with a ResumeRefusal, or a RESOURCE_EXHAUSTED LoomaError when the queue is full. */
  async text(format: 'pdf' | 'docx', bytes: Buffer, budget: DocumentBudget): Promise<string> {
    if (this.inFlight >= this.limits.concurrency + this.limits.queue) throw this.busy();
    this.inFlight++;
    try {
      return await this.run(format, bytes, budget);
    } finally {
      this.inFlight--;
    }
  }

  private async run(format: 'pdf' | 'docx', bytes: Buffer, budget: DocumentBudget): Promise<string> {
    const pool = await this.pool;
    const { port1: started, port2: startedInWorker } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    started.once('message', () => {
      timer = setTimeout(() => abort.abort(), this.limits.timeoutMs);
    });
    try {
      const outcome = await pool.run(
        { format, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), ...budget, started: startedInWorker },
        { transferList: [startedInWorker], signal: abort.signal },
      );
      if ('refused' in outcome) throw new ResumeRefusal(outcome.refused.reason, outcome.refused.message, outcome.refused.details);
      return outcome.text;
    } catch (error) {
      if (error instanceof ResumeRefusal) throw error;
      if (abort.signal.aborted) {
        throw new ResumeRefusal(
          'TIMEOUT',
          `Reading the ${format.toUpperCase()} took longer than ${this.limits.timeoutMs / 1000} s; send a simpler file`,
          {
            timeoutMs: this.limits.timeoutMs,
          },
        );
      }
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        throw new ResumeRefusal(
          'TOO_LARGE',
          `Reading the ${format.toUpperCase()} needs more than ${formatBytes(this.limits.heapMb * 1024 * 1024)} of memory; send a simpler file`,
          {
            heapMb: this.limits.heapMb,
          },
        );
      }
      if ((error as Error).message === 'Task queue is at limit') throw this.busy();
      throw new ResumeRefusal('CORRUPT_FILE', `The ${format.toUpperCase()} could not be read; it may be damaged`);
    } finally {
      clearTimeout(timer);
      started.close();
    }
  }

  async close(): Promise<void> {
    await (await this.pool).close({ force: true });
  }

  private busy(): LoomaError {
    // A slot frees within one parse time limit at worst.
    const retryAfterSeconds = Math.ceil(this.limits.timeoutMs / 1000);
    return new LoomaError(ErrorCode.RESOURCE_EXHAUSTED, `Too many resumes are being read right now; retry in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}

const pools = new Map<string, ParsePool>();

/** This process's pool for these limits (one per distinct configuration; in practice one). */
export function parsePool(limits: ResumeParsePoolLimits): ParsePool {
  const key = JSON.stringify([limits.concurrency, limits.queue, limits.timeoutMs, limits.heapMb]);
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = new ParsePool(limits)));
  return pool;
}

/** Stops every pool's workers (tests, commands that end). */
export async function closeParsePools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close()));
}

/** The worker runs its TypeScript as plain node does: types stripped, nothing bundled or written anywhere. */
function workerFile(): Promise<string> {
  return Promise.resolve(fileURLToPath(new URL('./parse-worker.ts', import.meta.url)));
}
