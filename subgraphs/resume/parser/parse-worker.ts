/**
 * The parse worker (run by parse-pool.ts through piscina): a PDF or DOCX in, its text or a refusal
 * out, as plain data (a LoomaError does not cross threads). Its thread has a capped heap
 * (`resourceLimits`) and is terminated past the time limit; on top, an allocation guard refuses any
 * single typed array over the inflate budget: pdf.js and jszip grow one buffer per decoded stream,
 * outside the capped heap, so without it a lying stream could still take gigabytes of the process.
 */
import type { MessagePort } from 'node:worker_threads';
import { docxText, pdfText, type TextBudget } from './document-text.ts';
import { ResumeRefusal, formatBytes, type ResumeErrorReason } from './resume-refusal.ts';

export interface ParseTask extends TextBudget {
  format: 'pdf' | 'docx';
  bytes: Uint8Array;
  maxInflatedBytes: number;
  /** Told when the parse starts, so the time limit leaves the wait in the queue out. */
  started: MessagePort;
}

export type ParseOutcome = { text: string } | { refused: { reason: ResumeErrorReason; message: string; details: Record<string, unknown> } };

let allocationLimit = Number.POSITIVE_INFINITY;
let allocationRefused = false;

function guardAllocations(): void {
  for (const name of ['Uint8Array', 'ArrayBuffer'] as const) {
    const original = globalThis[name];
    globalThis[name] = new Proxy(original, {
      construct(target, args: unknown[], newTarget) {
        if (typeof args[0] === 'number' && args[0] > allocationLimit) {
          allocationRefused = true;
          throw new RangeError(`parse budget: refused a ${args[0]}-byte buffer`);
        }
        return Reflect.construct(target, args, newTarget) as object;
      },
    }) as never;
  }
}
guardAllocations();

export default async function parse(task: ParseTask): Promise<ParseOutcome> {
  task.started.postMessage('started');
  task.started.close();
  // The parsers may catch the guard's error and go on with less (pdf.js skips a broken stream), so
  // the flag, not the error, decides.
  allocationLimit = task.maxInflatedBytes;
  allocationRefused = false;
  try {
    const text = task.format === 'pdf' ? await pdfText(task.bytes, task) : await docxText(task.bytes, task);
    if (allocationRefused) throw overBudget(task.maxInflatedBytes);
    return { text };
  } catch (error) {
    const refusal = allocationRefused ? overBudget(task.maxInflatedBytes) : error;
    if (refusal instanceof ResumeRefusal)
      return { refused: { reason: refusal.reason, message: refusal.message, details: refusal.details } };
    throw error;
  } finally {
    allocationLimit = Number.POSITIVE_INFINITY;
  }
}

const overBudget = (maxInflatedBytes: number) =>
  new ResumeRefusal('TOO_LARGE', `The file decompresses to more than ${formatBytes(maxInflatedBytes)}; that is not a resume`, {
    maxInflatedBytes,
  });
