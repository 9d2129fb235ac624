import {
  APPROVED,
  everyone,
  except,
  redirects,
  signedIn,
  STUDENTS,
  studentPage,
  TEACHERS,
  teacherPage,
} from "./policies";
import type { PageEntry, PageExample } from "./types";

const OWNER = ["ownerTeacher"] as const;
/** The two teachers of a class the other teacher owns and the owner co-teaches. */
const CO_TAUGHT = ["ownerTeacher", "otherTeacher"] as const;

/** A class of the other teacher's that the owner co-teaches, with a student. */
const coTaughtClass: PageExample["prepare"] = async (_world, fresh) => {
  const cls = await fresh.emptyClass("otherTeacher", "ownerTeacher");
  await fresh.enrolledStudent(cls.id);
  return { class: cls.id };
};

function page(file: string, ...examples: PageExample[]): PageEntry {
  return { kind: "page", file, examples };
}

/** A page at a fixed path, with one policy. */
const at = (file: string, path: string, policy: PageExample["policy"]) =>
  page(file, { policy, path: () => path });

export const PAGES: PageEntry[] = [
  at("app/page.tsx", "/", everyone),
  at("app/(public)/join/page.tsx", "/join", everyone),
  at("app/(public)/sign-in/page.tsx", "/sign-in", everyone),
  at("app/(public)/sign-up/page.tsx", "/sign-up", everyone),
  at("app/account/page.tsx", "/account", signedIn),
  // Only for an account signed in with a one-time password or reset code: the world's accounts chose their own,
  // so the page sends every one of them on to their area.
  at("app/account/new-password/page.tsx", "/account/new-password", redirects),
  at("app/dashboard/page.tsx", "/dashboard", redirects),
  // Metadata files are routes too: the browser fetches them without a session.
  at("app/favicon.ico", "/favicon.ico", everyone),
  at("app/icon.svg", "/icon.svg", everyone),

  at("app/student/page.tsx", "/student", studentPage(STUDENTS)),
  at("app/student/progress/page.tsx", "/student/progress", studentPage(STUDENTS)),
  page("app/student/assignments/[assignmentId]/page.tsx", {
    policy: studentPage(["enrolledStudent", "classmate"]),
    path: ({ world }) => `/student/assignments/${world.assignment.id}`,
  }),
  page("app/student/attempts/[attemptId]/page.tsx", {
    policy: studentPage(["enrolledStudent"]),
    path: ({ world }) => `/student/attempts/${world.assignment.submittedAttempt}`,
  }),

  // The teacher area's root sends teachers on to their classes.
  at("app/teacher/page.tsx", "/teacher", except(teacherPage(TEACHERS), TEACHERS, "elsewhere")),
  at("app/teacher/classes/page.tsx", "/teacher/classes", teacherPage(TEACHERS)),
  at("app/teacher/lessons/page.tsx", "/teacher/lessons", teacherPage(TEACHERS)),
  at("app/teacher/import/page.tsx", "/teacher/import", teacherPage(TEACHERS)),
  at("app/teacher/admin/page.tsx", "/teacher/admin", teacherPage(["admin"])),
  at("app/teacher/admin/roster-import/page.tsx", "/teacher/admin/roster-import", teacherPage(["admin"])),
  page(
    "app/teacher/import-questions/page.tsx",
    { policy: teacherPage(TEACHERS), path: () => "/teacher/import-questions?q=the" },
    {
      note: "the questions step, on the owner's imported article",
      policy: teacherPage(OWNER),
      path: ({ world }) => `/teacher/import-questions?article=${world.import.articleId}`,
    },
  ),
  at(
    "app/teacher/import-questions/new-article/page.tsx",
    "/teacher/import-questions/new-article",
    teacherPage(TEACHERS),
  ),

  ...(
    [
      ["app/teacher/classes/[classId]/page.tsx", ""],
      ["app/teacher/classes/[classId]/assign/page.tsx", "/assign"],
      ["app/teacher/classes/[classId]/skills/page.tsx", "/skills"],
    ] as const
  ).map(([file, rest]) =>
    page(file, {
      policy: teacherPage(OWNER),
      path: ({ world }) => `/teacher/classes/${world.ownerClass.id}${rest}`,
    }),
  ),
  // The roster: the owner and the class's co-teachers (lib/classes/access.ts).
  page(
    "app/teacher/classes/[classId]/students/page.tsx",
    { policy: teacherPage(OWNER), path: ({ world }) => `/teacher/classes/${world.ownerClass.id}/students` },
    {
      note: "a class the owner co-teaches",
      policy: teacherPage(CO_TAUGHT),
      prepare: coTaughtClass,
      path: ({ params }) => `/teacher/classes/${params.class}/students`,
    },
  ),
  // The settings: the owner only; a co-teacher is sent back to the class's page.
  page(
    "app/teacher/classes/[classId]/settings/page.tsx",
    { policy: teacherPage(OWNER), path: ({ world }) => `/teacher/classes/${world.ownerClass.id}/settings` },
    {
      note: "a class the owner co-teaches",
      policy: except(teacherPage(["otherTeacher"]), OWNER, "elsewhere"),
      prepare: coTaughtClass,
      path: ({ params }) => `/teacher/classes/${params.class}/settings`,
    },
  ),
  page("app/teacher/classes/[classId]/students/[studentId]/page.tsx", {
    policy: teacherPage(OWNER),
    path: ({ world }) =>
      `/teacher/classes/${world.ownerClass.id}/students/${world.people.enrolledStudent.id}`,
  }),
  ...(["grading", "report", "settings"] as const).map((view) =>
    page(`app/teacher/assignments/[assignmentId]/${view}/page.tsx`, {
      policy: teacherPage(OWNER),
      path: ({ world }) => `/teacher/assignments/${world.assignment.id}/${view}`,
    }),
  ),
  page("app/teacher/attempts/[attemptId]/page.tsx", {
    policy: teacherPage(OWNER),
    path: ({ world }) => `/teacher/attempts/${world.assignment.submittedAttempt}`,
  }),
  page("app/teacher/import/[articleId]/page.tsx", {
    policy: teacherPage(OWNER),
    path: ({ world }) => `/teacher/import/${world.import.articleId}`,
  }),

  // Lessons: the owner's own copy, and the shared lesson only approved teachers may open.
  ...(["", "/preview", "/print"] as const).map((rest) =>
    page(
      `app/teacher/lessons/[lessonId]${rest}/page.tsx`,
      { policy: teacherPage(OWNER), path: ({ world }) => `/teacher/lessons/${world.ownLesson.id}${rest}` },
      {
        note: "a shared lesson",
        policy: teacherPage(APPROVED),
        path: ({ world }) => `/teacher/lessons/${world.sharedLesson}${rest}`,
      },
    ),
  ),
  page(
    "app/teacher/lessons/[lessonId]/edit/page.tsx",
    { policy: teacherPage(OWNER), path: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit` },
    {
      // Approved teachers may read a shared lesson, not edit it: the editor sends them to its page.
      note: "a shared lesson",
      policy: except(teacherPage([]), APPROVED, "elsewhere"),
      path: ({ world }) => `/teacher/lessons/${world.sharedLesson}/edit`,
    },
  ),
  page("app/teacher/lessons/[lessonId]/review/page.tsx", {
    policy: teacherPage(OWNER),
    prepare: async (_world, fresh) => ({ lesson: await fresh.undecidedDraftLesson() }),
    path: ({ params }) => `/teacher/lessons/${params.lesson}/review`,
  }),
  page("app/teacher/lessons/[lessonId]/edit/new/page.tsx", {
    policy: teacherPage(OWNER),
    path: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit/new?type=short_answer`,
  }),
  page("app/teacher/lessons/[lessonId]/edit/[questionId]/page.tsx", {
    policy: teacherPage(OWNER),
    path: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit/${world.ownLesson.questionId}`,
  }),
];
