/**
 * The budgets a resume upload is parsed under, in one place: platform/config.ts reads them from the
 * environment (RESUME_* variables, README "Configuration") with these as defaults, and callers
 * without a configuration (tests, benchmarks) get the same defaults.
 */
export interface ResumeParsePoolLimits {
  /** Parses running at once in this process (worker threads). */
  concurrency: number;
  /** Parses waiting beyond those; one more is refused RESOURCE_EXHAUSTED. */
  queue: number;
  /** A parse running longer is stopped (its worker terminated): BAD_USER_INPUT, reason TIMEOUT. */
  timeoutMs: number;
  /** Each worker's V8 heap (old generation); a parse that needs more is refused TOO_LARGE. */
  heapMb: number;
}

export interface ResumeLimits {
  /** The upload itself (decoded bytes, or the pasted text's UTF-8 bytes). */
  maxBytes: number;
  /** What a DOCX archive or a PDF's compressed streams may inflate to, declared and real. */
  maxInflatedBytes: number;
  /** A PDF with more pages is refused before any is read. */
  maxPages: number;
  /** Text extraction stops at this many characters. */
  maxTextChars: number;
  parse: ResumeParsePoolLimits;
}

export const DEFAULT_RESUME_LIMITS: ResumeLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxInflatedBytes: 64 * 1024 * 1024,
  maxPages: 50,
  maxTextChars: 200_000,
  parse: { concurrency: 2, queue: 8, timeoutMs: 20_000, heapMb: 96 },
};
