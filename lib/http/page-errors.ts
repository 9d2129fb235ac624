import { notFound } from "next/navigation";
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
