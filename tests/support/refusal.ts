import { expect } from 'vitest';
import { LoomaError } from '../../platform/errors.ts';

/** The LoomaError a promise is refused with (the test fails when it resolves or throws anything else). */
export async function refusal(promise: Promise<unknown>): Promise<LoomaError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoomaError);
  return error as LoomaError;
}
