import { randomUUID } from "node:crypto";
import { nextHighlightVersion } from "@/lib/reading/highlight-types";
import { studentApi, teacherPage } from "./policies";
import type { HandlerEntry, PageEntry } from "./types";

/** Highlights (issue 20): the students' save endpoint and the teacher's class reading view. */
export const READING_HIGHLIGHT_HANDLERS: HandlerEntry[] = [
  {
    kind: "handler",
    file: "app/api/reading/highlights/route.ts",
    method: "PUT",
    examples: [
      {
        // The assignment's students; each call a new highlight of its own.
        policy: studentApi(["enrolledStudent", "classmate"]),
        path: () => "/api/reading/highlights",
        body: ({ world }) => ({
          id: randomUUID(),
          lessonId: world.sharedLesson,
          assignmentId: world.assignment.id,
          start: 0,
          end: 12,
          color: "yellow",
          note: "The main claim",
          version: nextHighlightVersion(0),
          deleted: false,
        }),
      },
    ],
  },
];

export const READING_HIGHLIGHT_PAGES: PageEntry[] = [
  {
    kind: "page",
    file: "app/teacher/assignments/[assignmentId]/report/reading/page.tsx",
    examples: [
      {
        policy: teacherPage(["ownerTeacher"]),
        path: ({ world }) => `/teacher/assignments/${world.assignment.id}/report/reading`,
      },
    ],
  },
];
