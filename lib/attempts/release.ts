import type { ReleasePolicy } from "../generated/prisma/enums";

/** Whether a student may now see right answers and explanations for one of their submitted attempts. */
export function answersReleased(policy: ReleasePolicy, dueAt: Date, now: Date): boolean {
  switch (policy) {
    case "AFTER_SUBMIT":
      return true;
    case "AFTER_DUE":
      return now.getTime() >= dueAt.getTime();
    case "NEVER":
      return false;
  }
}
