import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "../env";
import { viewerFromToken } from "./session";
import { liveClaims, type SessionClaims } from "./session-claims";
import type { Viewer } from "./viewer-types";

/**
 * The session token's claims for this request when its session is live (session-claims.ts), decoded once.
 *
 * Reads the session cookie directly instead of through getServerSession, which runs next-auth's whole session
 * endpoint and encrypts a refreshed token that a server component cannot send anyway: every page and endpoint
 * pays for this, so it does only the decryption here and the session-version check in getViewer.
 */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const token = await getToken({
    req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: env.NEXTAUTH_SECRET,
  });
  return liveClaims(token);
});

/** The signed-in person for this request, checked against the database once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await getSessionClaims();
  return claims ? viewerFromToken(claims) : null;
});

/** For pages: send people who are not signed in, or in the wrong area, where they belong. */
export async function viewerForPage(role: Viewer["role"]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (viewer.role !== role) redirect(viewer.role === "teacher" ? "/teacher" : "/student");
  return viewer;
}
