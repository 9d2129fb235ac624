import "server-only";
import { sql, type SelectQueryBuilder } from "kysely";
import { pointsOfSkill, summedSkillPoints } from "../attempts/skill-points";
import { asInt, countAll, expr } from "../sql-expr";
import { pagesDb } from "../sql";
import { orderCountedFirst } from "./counted-attempts-sql";

type CountedRow = { id: string; assignmentId: string; provisional: boolean; skillPoints: number[] };

/**
 * Points earned per skill tag over a set of counted attempts (rows with id, assignmentId, provisional and
 * skillPoints). Every question of the assignment counts, so a blank answer counts as 0 of its points; answers still
 * waiting for the teacher are left out until graded.
 *
 * The possible points come from the assignments' questions times the number of counted attempts; the earned points
 * from each attempt's stored points per skill (lib/attempts/skill-points.ts), one row per attempt rather than every
 * response. Only provisional attempts hold ungraded answers, so only their responses are read, through LATERAL (an
 * index range scan on "attemptId", which OFFSET 0 keeps from being flattened into a hash of the whole table).
 */
export function skillBreakdownQuery<D, T extends keyof D>(counted: SelectQueryBuilder<D, T, CountedRow>) {
  const noFlattening = sql.lit(0);
  return pagesDb
    .with("counted", () => counted)
    .with("per_assignment", (db) =>
      db
        .selectFrom("counted")
        .select(["assignmentId", countAll().as("attempts")])
        .groupBy("assignmentId"),
    )
    .with("possible", (db) =>
      db
        .selectFrom("per_assignment as pa")
        .crossJoinLateral((eb) =>
          eb
            .selectFrom("AssignmentQuestion as aq")
            .innerJoin("Question as q", "q.id", "aq.questionId")
            .select(["q.skill", "q.points"])
            .whereRef("aq.assignmentId", "=", "pa.assignmentId")
            .offset(noFlattening)
            .as("q"),
        )
        .select((eb) => [
          "q.skill",
          asInt(eb.fn.sum("pa.attempts")).as("answers"),
          sql<number>`${eb.fn.sum(eb("pa.attempts", "*", eb.ref("q.points")))}::float8`.as("maxPoints"),
        ])
        .groupBy("q.skill"),
    )
    .with("earned", (db) =>
      db.selectFrom("counted as c").select((eb) => summedSkillPoints(eb.ref("c.skillPoints")).as("points")),
    )
    .with("pending", (db) =>
      db
        .selectFrom("counted as c")
        .crossJoinLateral((eb) =>
          eb
            .selectFrom("Response as r")
            .select("r.questionId")
            .whereRef("r.attemptId", "=", "c.id")
            .where("r.points", "is", null)
            .offset(noFlattening)
            .as("r"),
        )
        .innerJoin("Question as q", "q.id", "r.questionId")
        .select((eb) => [
          "q.skill",
          countAll().as("answers"),
          sql<number>`${eb.fn.sum("q.points")}::float8`.as("maxPoints"),
        ])
        .where((eb) => eb.ref("c.provisional"))
        .groupBy("q.skill"),
    )
    .selectFrom("possible as p")
    .crossJoin("earned as e")
    .leftJoin("pending as w", "w.skill", "p.skill")
    .select((eb) => [
      "p.skill",
      eb("p.answers", "-", eb.fn.coalesce("w.answers", eb.lit(0))).as("answers"),
      pointsOfSkill(eb.ref("e.points"), eb.ref("p.skill")).as("points"),
      eb("p.maxPoints", "-", eb.fn.coalesce("w.maxPoints", eb.lit(0))).as("maxPoints"),
    ]);
}

/**
 * Each student's counted attempt on every assignment of one class. Picked per assignment through LATERAL, so
 * each is an index range scan on "assignmentId" with a small sort: as one join over the class, the planner may
 * prefer reading the whole attempts table (it did on a freshly seeded district: 18 ms instead of 3).
 */
export function classCounted(classId: string) {
  return expr
    .selectFrom("Assignment as a")
    .crossJoinLateral((eb) =>
      eb
        .selectFrom("Attempt as at")
        .distinctOn("at.studentId")
        .select(["at.id", "at.assignmentId", "at.provisional", "at.skillPoints"])
        .whereRef("at.assignmentId", "=", "a.id")
        .where("at.status", "=", sql.lit("submitted"))
        .where("at.percent", "is not", null)
        .orderBy("at.studentId")
        .$call((q) =>
          orderCountedFirst(q, (o) => ({
            scoringRule: o.ref("a.scoringRule"),
            percent: o.ref("at.percent"),
            submittedAt: o.ref("at.submittedAt"),
          })),
        )
        .as("c"),
    )
    .selectAll("c")
    .where("a.classId", "=", classId);
}

/**
 * One student's counted attempt per assignment, limited to one class when `classId` is given and, for the student's
 * own view, to `assignmentIds` (bound as one array), the ones whose keys are released to them
 * (lib/attempts/release.ts's keyRelease, the rule of the attempt review too).
 */
export function studentCounted(studentId: string, only: { classId?: string; assignmentIds?: string[] } = {}) {
  return expr
    .selectFrom("Attempt as at")
    .innerJoin("Assignment as a", "a.id", "at.assignmentId")
    .distinctOn("at.assignmentId")
    .select(["at.id", "at.assignmentId", "at.percent", "at.provisional", "at.submittedAt", "at.skillPoints"])
    .where("at.studentId", "=", studentId)
    .where("at.status", "=", sql.lit("submitted"))
    .where("at.percent", "is not", null)
    .$if(only.classId !== undefined, (q) => q.where("a.classId", "=", only.classId!))
    .$if(only.assignmentIds !== undefined, (q) =>
      q.where((eb) => eb("a.id", "=", eb.fn.any(eb.val(only.assignmentIds!)))),
    )
    .$narrowType<{ percent: number; submittedAt: Date }>()
    .orderBy("at.assignmentId")
    .$call((q) =>
      orderCountedFirst(q, (o) => ({
        scoringRule: o.ref("a.scoringRule"),
        percent: o.ref("at.percent"),
        submittedAt: o.ref("at.submittedAt"),
      })),
    );
}
