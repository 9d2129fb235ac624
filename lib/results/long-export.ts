import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { getTeacherClassOrThrow } from "../classes/queries";
import { STATUS_LABELS } from "../assignments/status";
import { slugify } from "../slugify";
import { sql } from "kysely";
import { pagesDb } from "../sql";
import { attemptCells, countedAttemptsOf, emptyCellStatus } from "./counted-attempts-sql";
import { toCsv } from "./csv";
import { pendingPointsOf } from "./pending-points-sql";
import { roundPercent } from "./export-format";

/**
 * One row per student of the class (those who left included, marked) and assignment, with the counted attempt's
 * points, maximum, points still to grade and percent (none while provisional, as on the gradebook page), the cell's status (as the gradebook computes it), when it was submitted and whether
 * late. Ordered by assignment due date, then student name.
 */
function longRowsQuery(classId: string, now: Date) {
  return pagesDb
    .with("roster", (db) =>
      db.selectFrom("Enrollment").select(["studentId", "endedAt"]).where("classId", "=", classId),
    )
    .with("asg", (db) =>
      db
        .selectFrom("Assignment")
        .select(["id", "dueAt", "scoringRule", "lessonId"])
        .where("classId", "=", classId),
    )
    .with("cell", (db) =>
      attemptCells({
        students: db.selectFrom("roster").select("studentId"),
        assignments: db.selectFrom("asg").select(["id", "scoringRule"]),
      }),
    )
    .with("counted", () => countedAttemptsOf(classId, "class"))
    .selectFrom("roster as r")
    .innerJoin("User as u", "u.id", "r.studentId")
    .crossJoin("asg")
    .innerJoin("Lesson as l", "l.id", "asg.lessonId")
    .leftJoin("cell as c", (join) =>
      join.onRef("c.assignmentId", "=", "asg.id").onRef("c.studentId", "=", "r.studentId"),
    )
    .leftJoin("counted as k", (join) =>
      join.onRef("k.assignmentId", "=", "asg.id").onRef("k.studentId", "=", "r.studentId"),
    )
    .select((eb) => [
      "u.displayName",
      "u.username",
      "r.endedAt as leftAt",
      "l.title",
      "asg.dueAt",
      eb.fn.coalesce("c.status", emptyCellStatus(eb.ref("asg.dueAt"), now)).as("status"),
      "k.points",
      "k.maxPoints",
      // A provisional attempt's open responses still to grade; 0 on a final one, null without an attempt.
      eb
        .case()
        .when("k.provisional", "=", sql.lit(true))
        .then(pendingPointsOf(eb.ref("k.id").$notNull()))
        .when("k.id", "is not", null)
        .then(sql.lit(0))
        .end()
        .as("pending"),
      "k.provisional",
      "k.percent",
      "k.submittedAt",
      "k.late",
    ])
    .orderBy("asg.dueAt")
    .orderBy("asg.id")
    .orderBy("u.displayName")
    .orderBy("u.id");
}

/** A time in UTC with its zone spelled out, so a spreadsheet reader never guesses it. */
const utc = (d: Date | null) => (d === null ? null : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`);

export const LONG_EXPORT_HEADER = [
  "Student",
  "Username",
  "Assignment",
  "Due",
  "Points",
  "Maximum",
  "Pending points",
  "Percent",
  "Status",
  "Submitted",
  "Late",
] as const;

/**
 * The class's results as a long CSV, one row per student and assignment, for pivot tables and other tools that
 * want tidy data (the gradebook export is the wide one). Teachers of the class only.
 */
export async function exportClassResultsLong(viewer: Viewer | null, classId: string, now = new Date()) {
  const cls = await getTeacherClassOrThrow(viewer, classId);
  const rows = await longRowsQuery(cls.id, now).execute();
  const lines = rows.map((r) => {
    const provisional = r.status === "needs_grading";
    return [
      r.leftAt ? `${r.displayName} (left the class)` : r.displayName,
      r.username,
      r.title,
      utc(r.dueAt),
      r.points,
      r.maxPoints,
      r.pending,
      // As on the gradebook page, a provisional score has no percent: its ungraded points are not 0.
      r.provisional ? null : roundPercent(r.percent),
      provisional ? `${STATUS_LABELS[r.status]} (score provisional)` : STATUS_LABELS[r.status],
      utc(r.submittedAt),
      r.submittedAt === null ? null : r.late ? "yes" : "no",
    ];
  });
  return {
    filename: `${slugify(cls.name, "class", 60)}-results-long.csv`,
    csv: toCsv(LONG_EXPORT_HEADER, lines),
  };
}
