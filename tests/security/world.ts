import { readFileSync } from "node:fs";
import path from "node:path";
import type { ActionObject } from "./support/server-actions";

/** Everyone the matrix calls as; "anonymous" sends no cookie. */
export const PRINCIPALS = [
  "ownerTeacher",
  "otherTeacher",
  "unverifiedTeacher",
  "admin",
  "enrolledStudent",
  "classmate",
  "outsiderStudent",
  "anonymous",
] as const;
export type Principal = (typeof PRINCIPALS)[number];
export type Person = { id: string; login: string };
export type SignedIn = Exclude<Principal, "anonymous">;

/**
 * The people and data the security suite runs against, made by world.setup.ts in the e2e database: the owner
 * teacher's class (the enrolled student and a classmate), the other teacher's class (the outsider), and what each
 * page, handler and action of the manifest acts on.
 */
export type World = {
  password: string;
  people: Record<SignedIn, Person>;
  /** Accounts for tests that lock, revoke or guess, so the matrix's sessions stay valid. */
  spare: { signInVictim: Person; joinGuesser: Person; fuzzStudent: Person };
  ownerClass: { id: string; joinCode: string };
  otherClass: { id: string; joinCode: string };
  /** A class nobody in the matrix is in, joined by the join examples. */
  joinClass: { id: string; joinCode: string };
  sharedLesson: string;
  ownLesson: { id: string; questionId: string; shortAnswerQuestionId: string; newQuestion: ActionObject };
  /** The owner's class × the first shared lesson, unlimited attempts, answers released after submit. */
  assignment: {
    id: string;
    shortAnswerQuestionId: string;
    /** The enrolled student's graded attempt, and its open-response answer the teacher grades. */
    submittedAttempt: string;
    openResponseId: string;
    /** The enrolled student's attempt in progress, and a short-answer question on it. */
    openAttempt: string;
  };
  /** Assignments of the owner's class that examples may change: settings, closing, fresh attempts to submit. */
  spareAssignment: string;
  submitAssignment: string;
  import: { articleId: string; text: string };
};

export const WORLD_FILE = path.join(process.cwd(), "test-results", "security-world.json");

let loaded: World | undefined;

export function world(): World {
  loaded ??= JSON.parse(readFileSync(WORLD_FILE, "utf8")) as World;
  return loaded;
}
