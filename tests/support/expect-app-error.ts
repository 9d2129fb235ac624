import { expect } from "vitest";
import { AppError, type ErrorCode } from "../../lib/errors";

/** Awaits a call that must fail with one AppError code (and, optionally, more matching fields). */
export async function expectAppError(
  promise: Promise<unknown>,
  code: ErrorCode,
  match: Record<string, unknown> = {},
): Promise<AppError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`Expected AppError "${code}", but the call resolved with ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code, ...match });
  return error as AppError;
}
