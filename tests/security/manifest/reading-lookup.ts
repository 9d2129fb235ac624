import { PRINCIPALS, type Principal } from "../world";
import { action, form, uniqueOf } from "./action-helpers";
import { only } from "./policies";
import type { ActionEntry, HandlerEntry, Policy } from "./types";

const OWNER = ["ownerTeacher"] as const;

/** A JSON handler's answers: `ok` for the listed principals, 401 anonymous, 404 for the rest (not found). */
function readers(allowed: readonly Principal[]): Policy {
  return Object.fromEntries(
    PRINCIPALS.map((p) => [p, p === "anonymous" ? "unauthorized" : allowed.includes(p) ? "ok" : "notFound"]),
  ) as Policy;
}

const SENTENCE = "Trump saw negotiation as a way to de-escalate tensions.";

/** The reading lookup (issue 20): the word lookup endpoint and the teacher glossary's actions. */
export const READING_LOOKUP_HANDLERS: HandlerEntry[] = [
  {
    kind: "handler",
    file: "app/api/reading/lookup/route.ts",
    method: "POST",
    examples: [
      {
        // The assignment's students and its teacher; a student's lookup is counted.
        policy: readers(["enrolledStudent", "classmate", "ownerTeacher"]),
        path: () => "/api/reading/lookup",
        body: ({ world }) => ({ assignmentId: world.assignment.id, word: "tensions", sentence: SENTENCE }),
      },
      {
        note: "a shared lesson: approved teachers only",
        policy: readers(["ownerTeacher", "otherTeacher", "admin"]),
        path: () => "/api/reading/lookup",
        body: ({ world }) => ({ lessonId: world.sharedLesson, word: "tensions", sentence: SENTENCE }),
      },
    ],
  },
];

export const READING_LOOKUP_ACTIONS: ActionEntry[] = [
  action("lib/reading/glossary-actions.ts", "saveLessonGlossaryEntryAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/lessons/${world.ownLesson.id}/edit`,
    args: ({ world }) =>
      form({ lessonId: world.ownLesson.id, word: "tensions", definition: `Strain ${uniqueOf(world)}` }),
  }),
  action("lib/reading/glossary-actions.ts", "saveAssignmentGlossaryEntryAction", {
    policy: only(OWNER),
    writes: true,
    page: ({ world }) => `/teacher/assignments/${world.spareAssignment}/settings`,
    args: ({ world }) =>
      form({
        assignmentId: world.spareAssignment,
        word: "tensions",
        definition: `Strain ${uniqueOf(world)}`,
      }),
  }),
  action("lib/reading/glossary-actions.ts", "deleteGlossaryEntryAction", {
    policy: only(OWNER),
    writes: true,
    prepare: async (world) => {
      const { db } = await import("@/lib/db");
      const entry = await db.glossaryEntry.create({
        data: {
          assignmentId: world.spareAssignment,
          word: `word${uniqueOf(world)}`,
          definition: "To delete",
        },
      });
      return { entry: entry.id };
    },
    page: ({ world }) => `/teacher/assignments/${world.spareAssignment}/settings`,
    args: ({ world, params }) =>
      form({ entryId: params.entry!, back: `/teacher/assignments/${world.spareAssignment}/settings` }),
  }),
];
