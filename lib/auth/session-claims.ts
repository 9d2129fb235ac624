import type { Role } from "./viewer-types";

/**
 * How long a session survives without use. Students often sign in on shared classroom computers, so theirs ends
 * overnight; teachers sign in on their own devices and keep theirs for a week.
 */
export const IDLE_LIMIT_SECONDS: Record<Role, number> = {
  student: 12 * 60 * 60,
  teacher: 7 * 24 * 60 * 60,
};

/** next-auth's token and cookie lifetime: the longest idle limit, so the per-role check below decides. */
export const SESSION_MAX_AGE_SECONDS = Math.max(...Object.values(IDLE_LIMIT_SECONDS));

/**
 * Use renews the last-seen claim at most this often (components/auth/session-keep-alive.tsx), so an active
 * session costs one re-issued cookie per quarter hour, not one per request. A session therefore ends between
 * its idle limit minus this and its idle limit after its last use.
 */
export const RENEW_AFTER_SECONDS = 15 * 60;

/** Instances' clocks may disagree a little; a last-seen time further ahead than this is not trusted. */
const CLOCK_SKEW_SECONDS = 5 * 60;

/** A session token's claims once it is well-formed and within its role's idle limit (still unchecked against the database). */
export type SessionClaims = { uid: string; sv: number; role: Role; seen: number };

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * The claims of a token whose session is live, else null. Every place that turns a token into a viewer
 * (get-viewer.ts, claimed-viewer.ts, next-auth's callbacks in options.ts) goes through here, so they agree.
 * Tokens issued before the last-seen claim existed have none and count as ended.
 */
export function liveClaims(
  token: { uid?: unknown; sv?: unknown; role?: unknown; seen?: unknown } | null,
  now: number = nowSeconds(),
): SessionClaims | null {
  if (!token) return null;
  const { uid, sv, role, seen } = token;
  if (typeof uid !== "string" || typeof sv !== "number" || typeof seen !== "number") return null;
  if (role !== "teacher" && role !== "student") return null;
  if (seen > now + CLOCK_SKEW_SECONDS) return null;
  if (now - seen > IDLE_LIMIT_SECONDS[role]) return null;
  return { uid, sv, role, seen };
}
