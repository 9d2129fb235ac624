import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseOutage } from "./database-outage";

export type ErrorCode =
  "unauthorized" | "forbidden" | "not_found" | "conflict" | "invalid" | "rate_limited" | "unavailable";

export type FieldErrors = Record<string, string[] | undefined>;

const STATUS: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 400,
  rate_limited: 429,
  unavailable: 503,
};

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  unauthorized: "Please sign in to continue.",
  forbidden: "You do not have access to this.",
  not_found: "We could not find that. It may have been removed, or you may not have access.",
  conflict: "That conflicts with something that already exists.",
  invalid: "Please check the highlighted fields.",
  rate_limited: "Too many attempts. Please wait and try again.",
  unavailable: "Lectern cannot reach its database right now. Your work is safe; please try again shortly.",
};

/** The one error type of the domain: lib/ throws it, route handlers and actions map it once. */
export class AppError extends Error {
  /** Set on "unavailable", so a page that throws one shows the outage page (see DATABASE_UNAVAILABLE_DIGEST). */
  readonly digest?: string;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
    if (code === "unavailable") this.digest = DATABASE_UNAVAILABLE_DIGEST;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what = "That") =>
  new AppError("not_found", `${what} was not found, or you do not have access to it.`);

/**
 * Database outages surface as driver errors (connect, pool and read timeouts, dropped connections, a server
 * shutting down, statement timeouts): they become a 503 rather than a crash. lib/database-outage.ts decides which.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return (error instanceof AppError && error.code === "unavailable") || isDatabaseOutage(error);
}

const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);

/**
 * PostgreSQL refused the text itself (a NUL character, in text or inside jsonb). The schemas refuse it first
 * (storableText); this keeps any path they miss a 400 with a message instead of a crash. Prisma's driver adapter
 * carries the server's code as cause.originalCode, the pg driver as code.
 */
function isUnstorableText(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, cause } = error as { code?: unknown; cause?: { originalCode?: unknown } };
  const sqlState = typeof code === "string" ? code : cause?.originalCode;
  return typeof sqlState === "string" && UNSTORABLE_TEXT_CODES.has(sqlState);
}

/**
 * Prisma's P2025: a write needed a row that was not there, because a request racing this one deleted it after
 * it was read. Code that can race checks for it itself; this keeps a path that does not a 404, not a crash.
 * Matched by name and code: this file is also read by client components, which cannot import Prisma.
 */
function isRecordGone(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown } | null;
  return e?.name === "PrismaClientKnownRequestError" && e.code === "P2025";
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError("unavailable");
  if (isRecordGone(error)) return notFound();
  if (isUnstorableText(error)) {
    return new AppError(
      "invalid",
      "Some of the text contains an invisible NUL character, which cannot be saved.",
    );
  }
  throw error;
}
