import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import type { Viewer } from "./viewer-types";

/** The signed-in person for this request, checked against the database once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  return session?.viewer ?? null;
});

/** For pages: send people who are not signed in, or in the wrong area, where they belong. */
export async function viewerForPage(role: Viewer["role"]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (viewer.role !== role) redirect(viewer.role === "TEACHER" ? "/teacher" : "/student");
  return viewer;
}
