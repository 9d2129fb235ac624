import type { Principal } from "../world";
import { everyone, only, SIGNED_IN, STUDENTS, TEACHERS } from "./policies";
import { action, form, uniqueOf } from "./action-helpers";
import type { ActionEntry, ActionExample, ClassTeacher, Ctx, Fresh, Params } from "./types";

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

/**
 * Who may change a class (lib/classes/access.ts): its owner only, or its teachers (the owner and co-teachers).
 */
type ClassRule = "owner" | "teachers";
type ClassSetup = (c: {
  cls: { id: string; name: string };
  fresh: Fresh;
  owner: ClassTeacher;
  coTeacher?: ClassTeacher;
}) => Promise<Params>;

/**
 * A class action's examples, each on a new class made for the call (they delete, archive, rename it or change its
 * roster, which the world's classes must keep): the owner's own class, where only the owner may (`shared`: the
 * other teacher co-teaches it, and is refused as co-teacher); and a class of the other teacher's that the owner
 * co-teaches, where its owner may, and the owner too when co-teachers may.
 */
function classAction(
  name: string,
  rule: ClassRule,
  view: "settings" | "students",
  fields: (c: Ctx) => Record<string, string>,
  opts: { setup?: ClassSetup; shared?: boolean; file?: string } = {},
): ActionEntry {
  const example = (
    owner: ClassTeacher,
    coTeacher: ClassTeacher | undefined,
    allowed: readonly Principal[],
    note?: string,
  ): ActionExample => ({
    note,
    policy: only(allowed),
    writes: true,
    prepare: async (_world, fresh) => {
      const cls = await fresh.emptyClass(owner, coTeacher);
      const more = opts.setup ? await opts.setup({ cls, fresh, owner, coTeacher }) : {};
      return { class: cls.id, name: cls.name, ...more };
    },
    page: ({ params }) => `/teacher/classes/${params.class}/${view}`,
    args: (c) => form({ classId: c.params.class!, ...fields(c) }),
  });
  return action(
    opts.file ?? "lib/classes/actions.ts",
    name,
    example("ownerTeacher", opts.shared ? "otherTeacher" : undefined, OWNER),
    rule === "owner"
      ? example(
          "otherTeacher",
          "ownerTeacher",
          ["otherTeacher"],
          "a class the owner co-teaches: its owner only",
        )
      : example(
          "otherTeacher",
          "ownerTeacher",
          ["otherTeacher", "ownerTeacher"],
          "a class the owner co-teaches",
        ),
  );
}

/** A new student in the class. */
const withStudent: ClassSetup = async ({ cls, fresh }) => ({ student: await fresh.enrolledStudent(cls.id) });

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
  action("lib/accounts/actions.ts", "chooseOwnPasswordAction", {
    // Only an account that signed in with a one-time password or reset code chooses its own without the old one;
    // the world's accounts chose theirs, so each is refused ("already your own") and nothing is written.
    note: "accounts that chose their own password",
    policy: only([]),
    page: () => "/account/new-password",
    args: ({ world }) => form({ newPassword: world.password, confirmPassword: world.password }),
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

  // Class settings: the owner only.
  classAction("renameClassAction", "owner", "settings", ({ world }) => ({
    name: `Renamed ${uniqueOf(world)}`,
  })),
  classAction("archiveClassAction", "owner", "settings", () => ({ archived: "on" })),
  classAction("joinCodeAction", "owner", "settings", () => ({})),
  classAction("deleteClassAction", "owner", "settings", ({ params }) => ({ confirmName: params.name! })),
  // The roster: removing and moving students and sharing the class are the owner's; every teacher of the class
  // adds students and makes reset codes.
  classAction("removeStudentAction", "owner", "students", ({ params }) => ({ studentId: params.student! }), {
    setup: withStudent,
  }),
  classAction(
    "moveStudentAction",
    "owner",
    "students",
    ({ params }) => ({ studentId: params.student!, toClassId: params.to! }),
    {
      setup: async (c) => ({ ...(await withStudent(c)), to: (await c.fresh.emptyClass(c.owner)).id }),
    },
  ),
  classAction("addCoTeacherAction", "owner", "students", ({ world }) => ({
    email: world.people.admin.login,
  })),
  classAction(
    "removeCoTeacherAction",
    "owner",
    "students",
    ({ world, params }) => ({ teacherId: world.people[params.coTeacher as ClassTeacher].id }),
    { shared: true, setup: async ({ coTeacher }) => ({ coTeacher: coTeacher! }) },
  ),
  classAction("bulkAddAction", "teachers", "students", () => ({ names: "Ada Lovelace\nAlan Turing" })),
  classAction("resetCodeAction", "teachers", "students", ({ params }) => ({ studentId: params.student! }), {
    setup: withStudent,
  }),
  // Reading (issue 20): a student's reading defaults in a class, set by any of its teachers on the roster.
  classAction(
    "setReadingDefaultAction",
    "teachers",
    "students",
    ({ params }) => ({ studentId: params.student!, readAloud: "on", dyslexicFont: "on" }),
    { setup: withStudent, file: "lib/reading/preferences-actions.ts" },
  ),
  // Anyone signed in keeps their own reading display settings.
  action("lib/reading/preferences-actions.ts", "saveReadingPreferencesAction", {
    policy: only(SIGNED_IN),
    writes: true,
    page: () => "/account",
    args: () => [{ textSize: 130, theme: "dark" }],
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
