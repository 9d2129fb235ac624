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
  ...(["", "/preview"] as const).map((rest) =>
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
  page("app/teacher/lessons/[lessonId]/edit/new/page.tsx", {
    policy: teacherPage(OWNER),
    path: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit/new?type=short_answer`,
  }),
  page("app/teacher/lessons/[lessonId]/edit/[questionId]/page.tsx", {
    policy: teacherPage(OWNER),
    path: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit/${world.ownLesson.questionId}`,
  }),
];
