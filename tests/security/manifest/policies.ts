import { PRINCIPALS, type Principal } from "../world";
import type { Expect, Policy } from "./types";

export const TEACHERS = ["ownerTeacher", "otherTeacher", "unverifiedTeacher", "admin"] as const;
export const STUDENTS = ["enrolledStudent", "classmate", "outsiderStudent"] as const;
/** Teachers a school administrator approved: the only ones who may use shared lessons. */
export const APPROVED = ["ownerTeacher", "otherTeacher", "admin"] as const;

const isTeacher = (p: Principal) => (TEACHERS as readonly Principal[]).includes(p);
const isStudent = (p: Principal) => (STUDENTS as readonly Principal[]).includes(p);

function policy(decide: (p: Principal) => Expect): Policy {
  return Object.fromEntries(PRINCIPALS.map((p) => [p, decide(p)])) as Policy;
}

export const everyone = policy(() => "ok");

/** Any signed-in account; anonymous callers are sent to sign in. */
export const signedIn = policy((p) => (p === "anonymous" ? "signIn" : "ok"));

/** A page that sends everyone somewhere (the dashboard's redirect). */
export const redirects = policy((p) => (p === "anonymous" ? "signIn" : "elsewhere"));

/**
 * A teacher-area page: anonymous to sign in, students to their own area, teachers not listed see "not found" (a
 * resource of another teacher's answers as if it did not exist).
 */
export function teacherPage(allowed: readonly Principal[]): Policy {
  return policy((p) =>
    p === "anonymous" ? "signIn" : isStudent(p) ? "elsewhere" : allowed.includes(p) ? "ok" : "notFound",
  );
}

/** A student-area page: the mirror of teacherPage. */
export function studentPage(allowed: readonly Principal[]): Policy {
  return policy((p) =>
    p === "anonymous" ? "signIn" : isTeacher(p) ? "elsewhere" : allowed.includes(p) ? "ok" : "notFound",
  );
}

/** A handler for teachers: 401 anonymous, 403 students, 404 teachers not listed. */
export function teacherApi(allowed: readonly Principal[]): Policy {
  return policy((p) =>
    p === "anonymous" ? "unauthorized" : isStudent(p) ? "forbidden" : allowed.includes(p) ? "ok" : "notFound",
  );
}

/** A handler for students: 401 anonymous, 403 teachers, 404 students not listed. */
export function studentApi(allowed: readonly Principal[]): Policy {
  return policy((p) =>
    p === "anonymous" ? "unauthorized" : isTeacher(p) ? "forbidden" : allowed.includes(p) ? "ok" : "notFound",
  );
}

/** A server action: the listed principals succeed, everyone else is refused. */
export function only(allowed: readonly Principal[]): Policy {
  return policy((p) => (allowed.includes(p) ? "ok" : "refused"));
}

export const ALL_TEACHERS = TEACHERS;
export const ALL_STUDENTS = STUDENTS;
export const SIGNED_IN = PRINCIPALS.filter((p) => p !== "anonymous");

/** A policy with some principals' answers replaced. */
export function except(base: Policy, who: readonly Principal[], expect: Expect): Policy {
  return policy((p) => (who.includes(p) ? expect : base[p]));
}
