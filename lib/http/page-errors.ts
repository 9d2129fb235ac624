import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors";

/** Pages show Next's not-found page for a resource the viewer cannot reach, like for one that does not exist. */
export async function notFoundOnAppError<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/**
 * Editing pages send a teacher who may read a resource but not change it (a shared demo lesson) to `href`,
 * where they can read it and see why, instead of an error page.
 */
export async function redirectOnForbidden<T>(promise: Promise<T>, href: string): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") redirect(href);
    throw error;
  }
}
