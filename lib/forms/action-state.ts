import { AppError, toAppError, type FieldErrors } from "../errors";

/** What every server action returns to its form: field errors next to fields, one message on top. */
export type ActionState<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; message: string; fieldErrors?: FieldErrors } | null;

export function formDataObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") out[key] = value;
  return out;
}

/** Runs a mutation and turns domain errors into form state; anything unexpected still throws. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionState<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    const e = toAppError(error);
    return { ok: false, message: e.message, fieldErrors: e instanceof AppError ? e.fieldErrors : undefined };
  }
}
