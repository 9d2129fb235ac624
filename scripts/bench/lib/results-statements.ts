import type { Compilable } from "kysely";
import { gradebookQuery } from "../../../lib/results/gradebook";
import { completionQuery, itemsQuery, picksQuery } from "../../../lib/results/item-analysis-sql";
import { progressQuery } from "../../../lib/results/live-progress";
import { CLASS_COUNTED_CTE, STUDENT_COUNTED_CTE, skillBreakdownSql } from "../../../lib/results/skills-sql";
import { ATTEMPTS_SQL, COUNTED_SCORES_SQL } from "../../../lib/results/student-report";

export type Statement = { page: string; name: string; text: string; values: unknown[] };

/** A statement built with Kysely, as the text and values it runs with. */
function compiled(page: string, name: string, query: Compilable): Statement {
  const { sql, parameters } = query.compile();
  return { page, name, text: sql, values: [...parameters] };
}

/** The results pages' own SQL with the benchmark target's parameters, for EXPLAIN. */
export function resultsStatements(t: {
  classId: string;
  assignmentId: string;
  studentId: string;
  now: Date;
}): Statement[] {
  return [
    compiled(
      "gradebook",
      "whole page",
      gradebookQuery({
        classId: t.classId,
        now: t.now,
        status: null,
        sortAssignment: null,
        order: "name",
        dir: "asc",
        like: "",
        offset: 0,
        limit: 50,
        colPage: 1,
      }),
    ),
    compiled("assignment_report", "completion", completionQuery(t.assignmentId, t.classId)),
    compiled("assignment_report", "items", itemsQuery(t.assignmentId)),
    compiled("assignment_report", "picks", picksQuery(t.assignmentId)),
    compiled("assignment_report", "live progress", progressQuery(t.assignmentId, t.classId)),
    { page: "skills", name: "class skills", text: skillBreakdownSql(CLASS_COUNTED_CTE), values: [t.classId] },
    {
      page: "student_progress",
      name: "counted scores",
      text: COUNTED_SCORES_SQL,
      values: [t.studentId, null, null],
    },
    {
      page: "student_progress",
      name: "skills",
      text: skillBreakdownSql(STUDENT_COUNTED_CTE),
      // Every assignment counted: the released ones are a subset, so this plans the statement's largest case.
      values: [t.studentId, null, null],
    },
    { page: "student_report", name: "attempts", text: ATTEMPTS_SQL, values: [t.studentId, t.classId] },
  ];
}
