import type { Answer } from "@/lib/grading/answer";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
  /**
   * Worth keeping and retrying: the network or the server briefly unavailable, a rate limit to wait out, or a
   * session to renew (signed out, or signed in as someone else in another tab). An answer is never dropped for
   * these: once the student signs in again, the next retry sends it.
   */
  get transient() {
    return this.status === 0 || this.status >= 500 || this.status === 429 || this.needsSignIn;
  }

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
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `The server answered ${res.status}.`);
  return body as T;
}

export type SaveRequest = { questionId: string; answer: Answer; version: number; flagged: boolean };

export const putAnswer = (attemptId: string, save: SaveRequest) =>
  callApi<{ saved: boolean; version: number }>(`/api/attempts/${attemptId}/answers`, {
    method: "PUT",
    body: JSON.stringify(save),
  });

export const postSubmit = (attemptId: string) =>
  callApi<{ id: string; percent: number | null }>(`/api/attempts/${attemptId}/submit`, { method: "POST" });
