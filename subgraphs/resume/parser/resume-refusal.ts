/**
 * Why a resume was refused: the stable `reason` beside `BAD_USER_INPUT`. Kept apart from
 * extract-text.ts (which builds the LoomaErrors) because the parse worker needs the reasons too, and
 * a worker thread neither loads the GraphQL platform nor can send a LoomaError back (a thread
 * boundary clones plain data): it throws a `ResumeRefusal`, which crosses as `{ reason, message }`.
 */
export const ResumeErrorReason = {
  UNSUPPORTED_TYPE: 'UNSUPPORTED_TYPE',
  /** Over a size budget: the upload, the archive's declared or real inflated size, the pages, the parse's memory. */
  TOO_LARGE: 'TOO_LARGE',
  /** The parse ran past RESUME_PARSE_TIMEOUT_MS (a file built to keep the parser busy). */
  TIMEOUT: 'TIMEOUT',
  EMPTY: 'EMPTY',
  CORRUPT_FILE: 'CORRUPT_FILE',
  NO_TEXT: 'NO_TEXT',
} as const;
export type ResumeErrorReason = (typeof ResumeErrorReason)[keyof typeof ResumeErrorReason];

export class ResumeRefusal extends Error {
  readonly reason: ResumeErrorReason;
  readonly details: Record<string, unknown>;

  constructor(reason: ResumeErrorReason, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ResumeRefusal';
    this.reason = reason;
    this.details = details;
  }
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
