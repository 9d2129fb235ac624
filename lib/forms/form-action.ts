import { notFound, redirect } from "next/navigation";
import type { Viewer } from "../auth/viewer-types";
import { toAppError } from "../errors";

/**
 * Runs a plain form action (one posted by a form without state, so there is nowhere to show a message) and
 * answers its refusals as a page would: no session goes to sign-in, the wrong role to the caller's own area,
 * and what does not exist or cannot be reached (a junk or foreign id) to the not-found page. An outage and
 * anything unexpected still throw, to the error page; a redirect thrown by `fn` passes through untouched.
 */
export async function runFormAction<T>(viewer: Viewer | null, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "unauthorized") redirect("/sign-in");
    if (e.code === "forbidden")
      redirect(!viewer ? "/sign-in" : viewer.role === "teacher" ? "/teacher" : "/student");
    if (e.code === "not_found" || e.code === "invalid") notFound();
    throw e;
  }
}
