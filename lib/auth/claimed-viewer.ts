import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { env } from "../env";
import { AppError } from "../errors";
import { viewerFromToken } from "./session";
import { liveClaims } from "./session-claims";
import type { ClaimedViewer, Viewer } from "./viewer-types";

/** The signed-in person's token claims, decoded without a database query (see ClaimedViewer). */
export async function claimedViewerFrom(request: Request): Promise<ClaimedViewer | null> {
  const token = await getToken({ req: request as NextRequest, secret: env.NEXTAUTH_SECRET });
  // Idle and malformed tokens end here, as in getViewer; the session version is left to the caller's SQL.
  const claims = liveClaims(token);
  if (!claims) return null;
  return { kind: "claim", id: claims.uid, role: claims.role, sessionVersion: claims.sv };
}

/** Role check for paths that accept a claim; the session version is then checked by their SQL. */
export function requireStudentClaim(viewer: Viewer | ClaimedViewer | null) {
  if (!viewer) throw new AppError("unauthorized");
  if (viewer.role !== "STUDENT") throw new AppError("forbidden", "Only students can do this.");
  return { id: viewer.id, sessionVersion: "kind" in viewer ? viewer.sessionVersion : null };
}

/** After a claim-checked statement matched nothing: a revoked session answers unauthorized. */
export async function assertClaimStillValid(viewer: { id: string; sessionVersion: number | null }) {
  if (viewer.sessionVersion === null) return;
  if (!(await viewerFromToken({ uid: viewer.id, sv: viewer.sessionVersion }))) {
    throw new AppError("unauthorized", "Your session has ended. Please sign in again.");
  }
}
