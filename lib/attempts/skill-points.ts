import { sql, type Expression, type Kysely } from "kysely";
import type { DB } from "../generated/kysely/types";
import { Skill } from "../generated/prisma/enums";
import { expr, sqlText } from "../sql-expr";

/**
 * An attempt's points per skill tag, summed from its responses: an array with one element per value of the "Skill"
 * enum, in the enum's order (0 for a skill the attempt has no points in).
 *
 * It is stored on the attempt ("skillPoints") by every statement that writes a submitted attempt's score, so a skill
 * view sums one array per counted attempt instead of reading every response: a class's view would otherwise read
 * ~16,000 responses through an index scan per attempt. Questions are immutable once assigned, so the skill a stored
 * sum was made under cannot change afterwards. Answers still waiting for the teacher have no points yet; the skill
 * views find those through the attempt's `provisional` flag.
 *
 * Positions follow the enum's order, so a new skill must be added at the end of the enum; one placed before others
 * needs a migration that recomputes every stored array (as 20261129030000_attempt_skill_points does).
 *
 * `attemptId` is the attempt's id: a bound value, or a column of the attempt being updated.
 */
export function attemptSkillPoints(attemptId: Expression<string>) {
  const perSkill = expr
    .selectFrom("Response as r")
    .innerJoin("Question as q", "q.id", "r.questionId")
    .select((eb) => ["q.skill", sql<number>`sum(${eb.ref("r.points")})::float8`.as("points")])
    .where("r.attemptId", "=", attemptId)
    .groupBy("q.skill");
  return sql<number[]>`(
    SELECT array_agg(COALESCE(t.points, 0) ORDER BY s.n)
    FROM unnest(enum_range(NULL::"Skill")) WITH ORDINALITY AS s(skill, n)
    LEFT JOIN ${perSkill} t ON t.skill = s.skill)`;
}

/** attemptSkillPoints as text, for statements written as strings; `attemptId` is an SQL expression ("$1", "a.id"). */
export function skillPointsOf(attemptId: string) {
  return sqlText(attemptSkillPoints(sql.raw(attemptId)));
}

/** For code that writes attempts directly (test data, scripts): refresh the stored points of the submitted ones. */
export function refreshSkillPoints(db: Kysely<DB>, attemptIds: string[]) {
  return db
    .updateTable("Attempt as a")
    .set((eb) => ({ skillPoints: attemptSkillPoints(eb.ref("a.id")) }))
    .where((eb) => eb("a.id", "=", eb.fn.any(eb.val(attemptIds))))
    .where("a.status", "=", sql.lit("submitted"));
}

/**
 * The element-wise sum of "skillPoints" over the rows it is aggregated over, as an array in the enum's order:
 * one aggregate per skill, which costs a tenth of unnesting every attempt's array.
 */
export function summedSkillPoints(skillPoints: Expression<number[]>) {
  const sums = Object.keys(Skill).map((_, i) => sql`COALESCE(sum(${skillPoints}[${sql.lit(i + 1)}]), 0)`);
  return sql<number[]>`ARRAY[${sql.join(sums)}]`;
}

/** The element of a summed array (see summedSkillPoints) for `skill`. */
export function pointsOfSkill(summed: Expression<number[]>, skill: Expression<string>) {
  return sql<number>`${summed}[array_position(enum_range(NULL::"Skill"), ${skill})]`;
}
