import { toAppError, type ErrorCode, type FieldErrors } from "../errors";

/**
 * What every server action returns to its form: field errors next to fields, one message on top, and the
 * error's code (unauthorized, forbidden, not_found, invalid…), which means what the same HTTP status would.
 */
export type ActionState<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; code?: ErrorCode; fieldErrors?: FieldErrors }
  | null;

/**
 * An action's form argument as it arrived. The types say FormData, but anyone can call an action with a
 * hand-made request carrying any value; anything else is read as an empty form, which the schemas refuse with
 * field errors, instead of a TypeError that would answer 500.
 */
export function formArgument(formData: unknown): FormData {
  return formData instanceof FormData ? formData : new FormData();
}

export function formDataObject(formData: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formArgument(formData).entries()) {
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/**
 * Runs a mutation and turns every domain error into form state, so an anonymous or wrong-role caller gets
 * "Please sign in" or "Only teachers can do this" in the form, never an error page; anything unexpected
 * (a bug, not a refusal) still throws. Plain form actions, which have no state, use runFormAction.
 */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionState<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    const e = toAppError(error);
    return { ok: false, message: e.message, code: e.code, fieldErrors: e.fieldErrors };
  }
}
