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

/** The LoomaError a rule throws (the test fails when it throws nothing or anything else). */
export function thrownRefusal(run: () => unknown): LoomaError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LoomaError);
    return error as LoomaError;
  }
  throw new Error('expected a refusal');
}

/** A rule's refusal as GraphQL shows it: its code, its message and the field it names (`extensions.field`). */
export function refusalOf(run: () => unknown): { code: string; field: unknown; message: string } {
  const looma = thrownRefusal(run);
  return { code: looma.code, field: looma.details.field, message: looma.message };
}
