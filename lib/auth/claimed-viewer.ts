import "server-only";
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

/**
 * Role check for paths that accept a claim; a student's session version is then checked by their SQL. A claim of
 * another role is checked here first, so a revoked session is told "sign in" (401) like no session, not "only
 * students" (403); that costs a query only on the refused path.
 */
export async function requireStudentClaim(viewer: Viewer | ClaimedViewer | null) {
  if (!viewer) throw new AppError("unauthorized");
  const checked = { id: viewer.id, sessionVersion: "kind" in viewer ? viewer.sessionVersion : null };
  if (viewer.role !== "student") {
    await assertClaimStillValid(checked);
    throw new AppError("forbidden", "Only students can do this.");
  }
  return checked;
}

/** A claim checked against its account: the viewer it stands for, or unauthorized once its session ended. */
export async function viewerOfClaim(claim: { id: string; sessionVersion: number }): Promise<Viewer> {
  const viewer = await viewerFromToken({ uid: claim.id, sv: claim.sessionVersion });
  if (!viewer) throw new AppError("unauthorized", "Your session has ended. Please sign in again.");
  return viewer;
}

/** After a claim-checked statement matched nothing: a revoked session answers unauthorized. */
export async function assertClaimStillValid(viewer: { id: string; sessionVersion: number | null }) {
  if (viewer.sessionVersion !== null)
    await viewerOfClaim({ id: viewer.id, sessionVersion: viewer.sessionVersion });
}
