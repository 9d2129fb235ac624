import type { ReleasePolicy } from "../generated/prisma/enums";

/** Whether a student may now see right answers and explanations for a submitted attempt. */
export function answersReleased(policy: ReleasePolicy, dueAt: Date, submitted: boolean, now: Date): boolean {
  if (!submitted) return false;
  switch (policy) {
    case "AFTER_SUBMIT":
      return true;
    case "AFTER_DUE":
      return now.getTime() >= dueAt.getTime();
    case "NEVER":
      return false;
  }
}
