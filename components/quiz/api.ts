import type { Answer } from "@/lib/grading/answer";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
  /**
   * A session to renew (signed out, or signed in as someone else in another tab): an answer is never dropped for
   * it; once the student signs in again, the next retry sends it (outbox-drain.ts decides the rest).
   */
  get needsSignIn() {
    return this.status === 401 || this.status === 403;
  }
}

export async function callApi<T>(url: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { "Content-Type": "application/json" } });
  } catch {
    throw new ApiError(0, "You appear to be offline.");
  }
  const body = (await res.json().catch(() => null)) as ErrorBody | null;
  if (!res.ok) throw new ApiError(res.status, reasonOf(body) ?? `The server answered ${res.status}.`);
  return body as T;
}

type ErrorBody = { error?: { message?: string; fieldErrors?: Record<string, string[] | undefined> } };

/**
 * A refused input's own reason ("Remove the broken character…") is in its field errors; the message beside them
 * ("check the highlighted fields") means something only on a form, and the quiz has none to highlight.
 */
function reasonOf(body: ErrorBody | null): string | undefined {
  const fieldError = Object.values(body?.error?.fieldErrors ?? {}).find((messages) => messages?.[0])?.[0];
  return fieldError ?? body?.error?.message;
}

export type SaveRequest = { questionId: string; answer: Answer; version: number; flagged: boolean };

/** `keepalive` lets the request outlive the page (sent as the tab closes or reloads); its body must stay small. */
export const putAnswer = (attemptId: string, save: SaveRequest, keepalive = false) =>
  callApi<{ saved: boolean; version: number }>(`/api/attempts/${attemptId}/answers`, {
    method: "PUT",
    body: JSON.stringify(save),
    keepalive,
  });

export const postSubmit = (attemptId: string) =>
  callApi<{ id: string; percent: number | null }>(`/api/attempts/${attemptId}/submit`, { method: "POST" });
