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
 * Tokens issued before the enums took the database's snake_case spelling (migration 20261207100000_snake_case_enums)
 * carry "TEACHER" or "STUDENT". They read as that role, so the upgrade signs no one out, and the session endpoint
 * re-issues them spelled anew (session-renewal.ts). No token carries any other spelling: a role added later is
 * issued in snake_case only. Every such token has ended 7 days (the longest idle limit) after the upgrade.
 */
const ROLE_SPELLED_BEFORE: Readonly<Record<string, Role>> = { TEACHER: "teacher", STUDENT: "student" };

/** The token's role claim as a role, whichever spelling issued it; null when it names none. */
function roleOf(claim: unknown): Role | null {
  if (typeof claim !== "string") return null;
  const role = Object.hasOwn(ROLE_SPELLED_BEFORE, claim) ? ROLE_SPELLED_BEFORE[claim]! : claim;
  return Object.hasOwn(IDLE_LIMIT_SECONDS, role) ? (role as Role) : null;
}

/**
 * The claims of a token whose session is live, else null. Every place that turns a token into a viewer
 * (get-viewer.ts, claimed-viewer.ts, next-auth's callbacks in options.ts) goes through here, so they agree.
 * Tokens issued before the last-seen claim existed have none and count as ended; the role claim is read in either
 * spelling (roleOf), and the claims returned carry today's.
 */
export function liveClaims(
  token: { uid?: unknown; sv?: unknown; role?: unknown; seen?: unknown } | null,
  now: number = nowSeconds(),
): SessionClaims | null {
  if (!token) return null;
  const { uid, sv, seen } = token;
  const role = roleOf(token.role);
  if (typeof uid !== "string" || typeof sv !== "number" || typeof seen !== "number") return null;
  if (!role) return null;
  if (seen > now + CLOCK_SKEW_SECONDS) return null;
  if (now - seen > IDLE_LIMIT_SECONDS[role]) return null;
  return { uid, sv, role, seen };
}
