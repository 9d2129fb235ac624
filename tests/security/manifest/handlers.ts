import { APPROVED, everyone, except, studentApi, teacherApi } from "./policies";
import type { HandlerEntry, HandlerExample, Method } from "./types";

const OWNER = ["ownerTeacher"] as const;

function handler(file: string, method: Method, ...examples: HandlerExample[]): HandlerEntry {
  return { kind: "handler", file, method, examples };
}

export const HANDLERS: HandlerEntry[] = [
  handler("app/api/health/route.ts", "GET", { policy: everyone, path: () => "/api/health" }),
  handler("app/api/ready/route.ts", "GET", { policy: everyone, path: () => "/api/ready" }),
  handler("app/api/auth/[...nextauth]/route.ts", "GET", {
    policy: everyone,
    path: () => "/api/auth/session",
  }),
  // next-auth's own POSTs carry its CSRF token; signing out is one every caller may make.
  handler("app/api/auth/[...nextauth]/route.ts", "POST", {
    policy: everyone,
    path: () => "/api/auth/signout",
    form: () => ({ json: "true" }),
    endsSession: true,
  }),
  handler("app/api/assignments/[assignmentId]/progress/route.ts", "GET", {
    policy: teacherApi(OWNER),
    path: ({ world }) => `/api/assignments/${world.assignment.id}/progress`,
  }),
  handler("app/api/attempts/[attemptId]/answers/route.ts", "PUT", {
    policy: studentApi(["enrolledStudent"]),
    path: ({ world }) => `/api/attempts/${world.assignment.openAttempt}/answers`,
    body: ({ world }) => ({
      questionId: world.assignment.shortAnswerQuestionId,
      answer: { type: "short_answer", text: "negotiation" },
      // Newer than any save before it, so a permitted call stores it.
      version: Math.floor(Date.now() / 1000) - 1_700_000_000,
      flagged: false,
    }),
  }),
  handler("app/api/attempts/[attemptId]/submit/route.ts", "POST", {
    policy: studentApi(["enrolledStudent"]),
    prepare: async (world, fresh) => ({
      attempt: await fresh.attempt(world.submitAssignment, world.people.enrolledStudent.id),
    }),
    path: ({ params }) => `/api/attempts/${params.attempt}/submit`,
    body: () => ({}),
  }),
  handler("app/teacher/classes/[classId]/export/route.ts", "GET", {
    policy: teacherApi(OWNER),
    path: ({ world }) => `/teacher/classes/${world.ownerClass.id}/export`,
  }),
  handler("app/teacher/classes/[classId]/results-export/route.ts", "GET", {
    policy: teacherApi(OWNER),
    path: ({ world }) => `/teacher/classes/${world.ownerClass.id}/results-export`,
  }),
  handler("app/teacher/classes/[classId]/roster-export/route.ts", "GET", {
    policy: teacherApi(OWNER),
    path: ({ world }) => `/teacher/classes/${world.ownerClass.id}/roster-export`,
  }),
  handler("app/teacher/assignments/[assignmentId]/export/route.ts", "GET", {
    policy: teacherApi(OWNER),
    path: ({ world }) => `/teacher/assignments/${world.assignment.id}/export`,
  }),
  handler(
    "app/teacher/lessons/[lessonId]/export/[format]/route.ts",
    "GET",
    { policy: teacherApi(OWNER), path: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/export/gift` },
    {
      note: "a shared lesson, as a Kahoot spreadsheet",
      policy: teacherApi(APPROVED),
      path: ({ world }) => `/teacher/lessons/${world.sharedLesson}/export/xlsx-kahoot`,
    },
  ),
  handler("app/api/lessons/[lessonId]/question-import/route.ts", "POST", {
    policy: teacherApi(OWNER),
    prepare: async (_world, fresh) => ({ lesson: await fresh.undecidedDraftLesson() }),
    path: ({ params }) => `/api/lessons/${params.lesson}/question-import`,
    body: () => ({ format: "gift", data: Buffer.from("Is it so? {T}\n").toString("base64") }),
  }),
  // A dry run (apply false): an administrator is answered the plan, and nothing is written by anyone.
  handler("app/api/admin/oneroster/route.ts", "POST", {
    policy: except(teacherApi(["admin"]), ["ownerTeacher", "otherTeacher", "unverifiedTeacher"], "forbidden"),
    path: () => "/api/admin/oneroster",
    body: () => ({
      files: [
        [
          "users.csv",
          "sourcedId,role,username,givenName,familyName,email\nsec-t,teacher,,Tess,Ng,tess@school.test\n",
        ],
        ["classes.csv", "sourcedId,title\nsec-c,Security\n"],
        ["enrollments.csv", "sourcedId,classSourcedId,userSourcedId,role\nsec-e,sec-c,sec-t,teacher\n"],
      ].map(([name, text]) => ({ name, data: Buffer.from(text!).toString("base64") })),
      apply: false,
    }),
  }),
  // A new draft lesson on an article the teacher may build lessons from: the owner's imported one.
  handler("app/api/articles/[articleId]/question-import/route.ts", "POST", {
    policy: teacherApi(OWNER),
    path: ({ world }) => `/api/articles/${world.import.articleId}/question-import`,
    body: () => ({ format: "gift", data: Buffer.from("Is it so? {T}\n").toString("base64"), title: "Quiz" }),
  }),
];
