import "server-only";
import { sql, type Expression } from "kysely";
import type { Viewer } from "../auth/viewer-types";
import { TRIMMED_CHARACTERS } from "../grading/answered";
import { countOf, expr, jsonText, pagesDb } from "../sql";
import { getTeacherAssignmentScope } from "./assignment-scope";

/**
 * isAnswered() of lib/grading/answered.ts as a condition on a stored answer: a saved draft with a cleared selection
 * or blank text is not an answer (tests/integration/is-answered-parity.test.ts holds the two together).
 */
export function isAnswered(answer: Expression<unknown>) {
  return expr.or([
    expr(expr.fn.coalesce(jsonText(answer, "choiceId"), sql.lit("")), "<>", sql.lit("")),
    expr(sql`jsonb_array_length(COALESCE(${answer} -> 'choiceIds', '[]'))`, ">", expr.lit(0)),
    expr(sql`btrim(COALESCE(${answer} ->> 'text', ''), ${sql.lit(TRIMMED_CHARACTERS)})`, "<>", sql.lit("")),
  ]);
}

/** Each student of the class with their latest attempt on the assignment and how many questions it answers. */
export function progressQuery(assignmentId: string, classId: string) {
  return pagesDb
    .with("latest", (db) =>
      db
        .selectFrom("Attempt")
        .distinctOn("studentId")
        .select(["id", "studentId", "status", "startedAt", "submittedAt"])
        .where("assignmentId", "=", assignmentId)
        .orderBy("studentId")
        .orderBy("number", "desc"),
    )
    .selectFrom("Enrollment as e")
    .innerJoin("User as u", "u.id", "e.studentId")
    .leftJoin("latest as l", "l.studentId", "e.studentId")
    .select((eb) => [
      "u.id",
      "u.displayName",
      "e.endedAt as leftAt",
      "l.status",
      "l.startedAt",
      "l.submittedAt",
      countOf(
        eb
          .selectFrom("Response as r")
          .whereRef("r.attemptId", "=", "l.id")
          .where((w) => isAnswered(w.ref("r.answer"))),
      ).as("answered"),
    ])
    .where("e.classId", "=", classId)
    .orderBy("u.displayName")
    .orderBy("u.username")
    .orderBy("u.id");
}

export type LiveProgressRow = {
  id: string;
  displayName: string;
  /** When the student left the class, as ISO text; null while in it. */
  leftAt: string | null;
  status: "in_progress" | "submitted" | null;
  startedAt: string | null;
  submittedAt: string | null;
  answered: number;
};

/** Who has started the assignment, how many questions each has answered in their latest attempt, who has submitted. */
export async function getLiveProgress(viewer: Viewer | null, assignmentId: string) {
  const assignment = await getTeacherAssignmentScope(viewer, assignmentId);
  const rows = await progressQuery(assignment.id, assignment.classId).execute();
  return {
    questionCount: assignment.questionCount,
    students: rows.map((r): LiveProgressRow => ({
      ...r,
      leftAt: r.leftAt?.toISOString() ?? null,
      startedAt: r.startedAt?.toISOString() ?? null,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
  };
}

export type LiveProgress = Awaited<ReturnType<typeof getLiveProgress>>;
