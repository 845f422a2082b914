const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `read` until `check` passes, then answers the value; at the deadline answers the last value (the
 * caller's assertion then says what was wrong). A read that throws (a loaded machine, a request cut short)
 * is tried again until the deadline, then thrown. The deadline is generous for a loaded CI machine:
 * nothing here asserts a duration.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 60_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await read();
      if (check(value) || Date.now() > deadline) return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await sleep(intervalMs);
  }
}
