import type { JWT } from "next-auth/jwt";
import { isDatabaseUnavailable } from "../errors";
import { liveClaims, nowSeconds } from "./session-claims";
import { viewerFromToken } from "./session";
import type { Viewer } from "./viewer-types";

/**
 * Thrown from next-auth's callbacks for a token whose session has ended (idle too long, revoked, account
 * disabled). next-auth's session endpoint catches it, answers `{}` as for no cookie at all and clears the
 * cookie instead of re-issuing it (next-auth/core/routes/session.js).
 */
export class SessionEnded extends Error {
  constructor(reason: string) {
    super(`Session ended: ${reason}`);
    this.name = "SessionEnded";
  }
}

/**
 * The token next-auth re-issues when the browser asks for its session: the last-seen claim renewed, once the
 * session is known to be live. While the database cannot be reached the token goes back unchanged, neither
 * renewed nor ended, so an outage signs no one out (a student's unsent answers wait for the same session).
 */
export async function renewedToken(token: JWT, now = nowSeconds()): Promise<JWT> {
  const claims = liveClaims(token, now);
  if (!claims) throw new SessionEnded("idle or malformed");
  let viewer;
  try {
    viewer = await viewerFromToken(claims);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return token;
    throw error;
  }
  if (!viewer) throw new SessionEnded("revoked");
  // The role as liveClaims read it: a token issued with the old spelling ("TEACHER") is re-issued with today's.
  return { ...token, role: claims.role, seen: now, name: viewer.displayName };
}

/** The viewer the session endpoint reports; none while the database cannot say (the cookie stays, unrenewed). */
export async function viewerForSession(token: JWT): Promise<Viewer | null> {
  const claims = liveClaims(token);
  if (!claims) return null;
  try {
    return await viewerFromToken(claims);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

/**
 * What next-auth logs when a session simply ended: ours, and jose's for a token past its expiry (a teacher back
 * after more than a week). Both are answered like no session; neither is worth an error in the log.
 */
export function isSessionEnd(error: unknown): boolean {
  return error instanceof Error && (error.name === "SessionEnded" || error.name === "JWTExpired");
}
