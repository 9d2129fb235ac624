import "server-only";
import { sql } from "kysely";
import { asInt, countAll, jsonText, pagesDb } from "../sql";
import { countedAttemptsOf } from "./counted-attempts-sql";

/** The statements of one assignment's report, with its counted attempts as the CTE `counted`. */
const withCounted = (assignmentId: string) => pagesDb.with("counted", () => countedAttemptsOf(assignmentId));

/**
 * Completion of one assignment by its class: who started, who submitted, the counted percents (one per student, for
 * the distribution) and the median time from start to submit.
 */
export function completionQuery(assignmentId: string, classId: string) {
  return withCounted(assignmentId)
    .with("roster", (db) => db.selectFrom("Enrollment").select("studentId").where("classId", "=", classId))
    .selectNoFrom((eb) => [
      eb.selectFrom("roster").select(countAll().as("n")).$asScalar().$notNull().as("enrolled"),
      eb
        .selectFrom("Attempt as at")
        .innerJoin("roster", "roster.studentId", "at.studentId")
        .select((s) => asInt(s.fn.count("at.studentId").distinct()).as("n"))
        .where("at.assignmentId", "=", assignmentId)
        .$asScalar()
        .$notNull()
        .as("started"),
      eb.selectFrom("counted").select(countAll().as("n")).$asScalar().$notNull().as("submitted"),
      eb
        .selectFrom("Attempt")
        .select(countAll().as("n"))
        .where("assignmentId", "=", assignmentId)
        .where("status", "=", sql.lit("submitted"))
        .where((w) => w.ref("provisional"))
        .$asScalar()
        .$notNull()
        .as("needsGrading"),
      eb.fn
        .coalesce(
          eb
            .selectFrom("counted")
            .select((s) => s.fn.agg<number[]>("array_agg", ["percent"]).orderBy("percent").as("p"))
            .$asScalar(),
          sql<number[]>`'{}'`,
        )
        .as("percents"),
      eb
        .selectFrom("counted")
        .select((s) =>
          s.fn
            .agg<number | null>("percentile_cont", [sql.lit(0.5)])
            .withinGroupOrderBy(sql`extract(epoch FROM ${s.ref("submittedAt")} - ${s.ref("startedAt")})`)
            .as("m"),
        )
        .$asScalar()
        .as("medianSeconds"),
    ]);
}

/**
 * Per question, over each student's counted attempt (a question left blank counts as wrong): how many were right,
 * the mean share of points, and the point-biserial discrimination, which is Pearson's r between being right (0/1)
 * and the student's total — exactly PostgreSQL's corr().
 */
export function itemsQuery(assignmentId: string) {
  return (
    withCounted(assignmentId)
      .with("obs", (db) =>
        db
          .selectFrom("AssignmentQuestion as aq")
          .innerJoin("Question as q", "q.id", "aq.questionId")
          .crossJoin("counted as c")
          .leftJoin("Response as r", (join) =>
            join.onRef("r.attemptId", "=", "c.id").onRef("r.questionId", "=", "aq.questionId"),
          )
          .select((eb) => [
            "aq.questionId",
            "c.percent as total",
            eb("r.id", "is not", null).$castTo<boolean>().as("answered"),
            "r.points",
            eb.fn.coalesce("r.correct", eb.lit(false)).as("correct"),
            "q.points as max",
          ])
          .where("aq.assignmentId", "=", assignmentId),
      )
      // Time on a question, estimated as the gap between its answer's last save and the student's previous save (or
      // the start): answers carry no stopwatch, and students mostly answer in order.
      .with("gaps", (db) =>
        db
          .selectFrom("counted as c")
          .innerJoin("Response as r", "r.attemptId", "c.id")
          .select((eb) => [
            "r.questionId",
            sql<number>`extract(epoch FROM ${eb.ref("r.updatedAt")} - ${eb.fn.coalesce(
              eb.fn
                .agg<Date | null>("lag", ["r.updatedAt"])
                .over((ob) => ob.partitionBy("r.attemptId").orderBy("r.updatedAt")),
              "c.startedAt",
            )})`.as("seconds"),
          ]),
      )
      .with("times", (db) =>
        db
          .selectFrom("gaps")
          .select((eb) => [
            "questionId",
            eb.fn
              .agg<number | null>("percentile_cont", [sql.lit(0.5)])
              .withinGroupOrderBy("seconds")
              .as("medianSeconds"),
          ])
          .groupBy("questionId"),
      )
      // Joined rather than looked up per question, which reran the window over every response for each question.
      .selectFrom("obs")
      .leftJoin("times", "times.questionId", "obs.questionId")
      .select((eb) => [
        "obs.questionId",
        eb.fn.min("times.medianSeconds").as("medianSeconds"),
        countAll().as("students"),
        asInt(eb.fn.countAll().filterWhere((f) => f.ref("correct"))).as("correct"),
        asInt(eb.fn.countAll().filterWhere((f) => f.and([f.ref("answered"), f("points", "is", null)]))).as(
          "ungraded",
        ),
        eb.fn
          .agg<number | null>("avg", [
            eb(eb.fn.coalesce("points", eb.lit(0)), "/", eb.fn<number | null>("nullif", ["max", eb.lit(0)])),
          ])
          .filterWhere((f) => f.or([f.not(f.ref("answered")), f("points", "is not", null)]))
          .as("meanShare"),
        eb.fn
          .agg<number | null>("corr", [
            eb.case().when(eb.ref("correct")).then(eb.lit(1)).else(eb.lit(0)).end(),
            "total",
          ])
          .as("discrimination"),
      ])
      .groupBy("obs.questionId")
  );
}

/** How often each choice was picked in the counted attempts: single choice, true/false, evidence part A, multiple select. */
export function picksQuery(assignmentId: string) {
  return withCounted(assignmentId)
    .selectFrom("counted as c")
    .innerJoin("Response as r", "r.attemptId", "c.id")
    .innerJoinLateral(
      (eb) => {
        const answer = eb.ref("r.answer");
        const type = jsonText(answer, "type");
        return pagesDb
          .selectNoFrom(jsonText(answer, "choiceId").as("choiceId"))
          .where(type, "in", [sql.lit("single_choice"), sql.lit("true_false"), sql.lit("evidence")])
          .unionAll(
            pagesDb
              .selectNoFrom(
                sql<string | null>`jsonb_array_elements_text(${answer} -> 'choiceIds')`.as("choiceId"),
              )
              .where(type, "=", sql.lit("multiple_select")),
          )
          .as("pick");
      },
      (join) => join.onTrue(),
    )
    .select(["r.questionId", "pick.choiceId", countAll().as("picks")])
    .where("pick.choiceId", "is not", null)
    .where("pick.choiceId", "<>", sql.lit(""))
    .$narrowType<{ choiceId: string }>()
    .groupBy(["r.questionId", "pick.choiceId"]);
}
