import { everyone, only, SIGNED_IN, STUDENTS, TEACHERS } from "./policies";
import { action, form, uniqueOf } from "./action-helpers";
import type { ActionEntry } from "./types";

const OWNER = ["ownerTeacher"] as const;
const DAY = 86_400_000;
/** An instant as the settings forms send it (toISOString). */
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

/** An assignment's settings as the settings form sends them. */
const settings = (extra: Record<string, string> = {}) => ({
  dueAt: inDays(5),
  attemptsAllowed: "2",
  releasePolicy: "after_submit",
  scoringRule: "best",
  latePolicy: "accept_late",
  ...extra,
});

/** Accounts, classes, assignments, attempts and results (content-actions.ts: lessons, questions, imports). */
export const ACTIONS: ActionEntry[] = [
  // Public forms: anyone may sign up or join with a right code, signed in or not.
  action("lib/accounts/actions.ts", "signUpTeacherAction", {
    policy: everyone,
    writes: true,
    page: () => "/sign-up",
    args: ({ world }) =>
      form({
        displayName: "New Teacher",
        email: `sec-${uniqueOf(world)}@school.test`,
        password: "long enough pw",
      }),
  }),
  action("lib/accounts/actions.ts", "joinAsNewStudentAction", {
    policy: everyone,
    writes: true,
    page: () => "/join",
    args: ({ world }) =>
      form({
        joinCode: world.joinClass.joinCode,
        displayName: "New Student",
        username: `sec-${uniqueOf(world)}`,
        password: "long enough pw",
      }),
  }),
  action("lib/accounts/actions.ts", "changePasswordAction", {
    // The same password again: the change still ends every session, which is what the runner handles.
    policy: only(SIGNED_IN),
    writes: true,
    endsSession: true,
    page: () => "/account",
    args: ({ world }) =>
      form({ currentPassword: world.password, newPassword: world.password, confirmPassword: world.password }),
  }),
  action("lib/admin/actions.ts", "manageTeacherAction", {
    policy: only(["admin"]),
    writes: true,
    prepare: async (_world, fresh) => ({ teacher: await fresh.pendingTeacher() }),
    page: () => "/teacher/admin",
    args: ({ params }) => form({ intent: "approve", teacherId: params.teacher! }),
  }),

  action("lib/classes/actions.ts", "createClassAction", {
    policy: only(TEACHERS),
    writes: true,
    page: () => "/teacher/classes",
    args: () => form({ name: "Security class" }),
  }),
  action("lib/classes/actions.ts", "joinClassAction", {
    policy: only(STUDENTS),
    writes: true,
    page: () => "/student",
    args: ({ world }) => form({ joinCode: world.joinClass.joinCode }),
  }),

  action("lib/assignments/actions.ts", "createAssignmentAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/classes/${world.ownerClass.id}/assign`,
    args: ({ world }) =>
      form({ lessonId: world.ownLesson.id, classIds: [world.ownerClass.id], ...settings() }),
  }),
  action("lib/assignments/actions.ts", "updateAssignmentAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/assignments/${world.spareAssignment}/settings`,
    args: ({ world }) =>
      form({ assignmentId: world.spareAssignment, ...settings({ dueAt: inDays(6 + Math.random()) }) }),
  }),
  action("lib/assignments/actions.ts", "closeAssignmentAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => ({ assignment: await fresh.assignment() }),
    page: ({ params }) => `/teacher/assignments/${params.assignment}/settings`,
    args: ({ params }) => form({ assignmentId: params.assignment! }),
  }),
  action("lib/assignments/actions.ts", "setAccommodationAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (_world, fresh) => ({ assignment: await fresh.assignment() }),
    page: ({ params }) => `/teacher/assignments/${params.assignment}/settings`,
    args: ({ world, params }) =>
      form({
        assignmentId: params.assignment!,
        studentId: world.people.enrolledStudent.id,
        timeFactor: "1.5",
        extraAttempts: "1",
      }),
  }),
  action("lib/assignments/actions.ts", "regradeAssignmentAction", {
    policy: only(OWNER),
    page: ({ world }) => `/teacher/assignments/${world.assignment.id}/settings`,
    args: ({ world }) => form({ assignmentId: world.assignment.id }),
  }),

  action("lib/attempts/actions.ts", "startAttemptAction", {
    policy: only(["enrolledStudent", "classmate"]),
    page: ({ world }) => `/student/assignments/${world.assignment.id}`,
    args: ({ world }) => form({ assignmentId: world.assignment.id }),
  }),

  action("lib/results/actions.ts", "gradeResponseAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/assignments/${world.assignment.id}/grading`,
    args: ({ world }) =>
      form({
        assignmentId: world.assignment.id,
        responseId: world.assignment.openResponseId,
        points: String(1 + Math.floor(Math.random() * 3)),
        comment: "Graded by the security suite",
      }),
  }),
  action("lib/results/actions.ts", "decideAnswerAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/assignments/${world.assignment.id}/grading`,
    args: ({ world }) =>
      form({
        assignmentId: world.assignment.id,
        questionId: world.assignment.shortAnswerQuestionId,
        answer: `zebra ${uniqueOf(world)}`,
        decision: "accept",
      }),
  }),
];
