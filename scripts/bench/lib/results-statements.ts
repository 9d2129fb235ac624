import type { Compilable } from "kysely";
import { gradebookQuery } from "../../../lib/results/gradebook";
import { completionQuery, itemsQuery, picksQuery } from "../../../lib/results/item-analysis-sql";
import { progressQuery } from "../../../lib/results/live-progress";
import { classCounted, skillBreakdownQuery, studentCounted } from "../../../lib/results/skills-sql";
import { countedScoresQuery, studentAttemptsQuery } from "../../../lib/results/student-report";

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
    compiled("skills", "class skills", skillBreakdownQuery(classCounted(t.classId))),
    compiled("student_progress", "counted scores", countedScoresQuery(t.studentId)),
    // Without the released list (the student view binds one): every assignment counted, the largest case.
    compiled("student_progress", "skills", skillBreakdownQuery(studentCounted(t.studentId))),
    compiled("student_report", "attempts", studentAttemptsQuery(t.studentId, t.classId)),
  ];
}
