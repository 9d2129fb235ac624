import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { pickCountedAttempt } from "../../lib/grading/score";
import { attemptCells, countedAttemptsOf } from "../../lib/results/counted-attempts-sql";
import { pagesDb } from "../../lib/sql";
import { classroom } from "../support/factories";

const BASE = Date.UTC(2026, 0, 5, 9);

/** One student's attempts: submitted or not, a percent from a few values (ties happen), distinct submission times. */
const attempts = fc.uniqueArray(
  fc.record({
    submitted: fc.boolean(),
    percent: fc.option(fc.constantFrom(0, 25, 50, 87.5, 100), { nil: null }),
    minute: fc.integer({ min: 0, max: 10_000 }),
  }),
  { selector: (a) => a.minute, maxLength: 5 },
);

/**
 * pickCountedAttempt (lib/grading/score.ts) is the TypeScript twin of the results SQL's counted attempt: both
 * attemptCells' counted percent and countedAttemptsOf's attempt must be the one it picks, for either scoring rule.
 */
describe("counted attempt: SQL and pickCountedAttempt agree", () => {
  it("picks the same attempt and percent for random attempts under best and latest", async () => {
    const { assignment, students } = await classroom(1);
    const studentId = students[0]!.id;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("best" as const, "latest" as const),
        attempts,
        async (rule, generated) => {
          await db.attempt.deleteMany({ where: { assignmentId: assignment.id } });
          await db.assignment.update({ where: { id: assignment.id }, data: { scoringRule: rule } });
          const rows = generated.map((a, i) => ({
            id: `${assignment.id}-${i}`,
            assignmentId: assignment.id,
            studentId,
            number: i + 1,
            status: a.submitted ? ("submitted" as const) : ("in_progress" as const),
            submittedAt: a.submitted ? new Date(BASE + a.minute * 60_000) : null,
            percent: a.submitted ? a.percent : null,
          }));
          await db.attempt.createMany({ data: rows });

          const scored = rows.flatMap((r) =>
            r.submittedAt && r.percent !== null
              ? [{ id: r.id, percent: r.percent, submittedAt: r.submittedAt }]
              : [],
          );
          const expected = pickCountedAttempt(scored, rule);
          const cell = await pagesDb
            .with("cell", (q) =>
              attemptCells({
                students: studentId,
                assignments: q
                  .selectFrom("Assignment")
                  .select(["id", "scoringRule"])
                  .where("id", "=", assignment.id),
              }),
            )
            .selectFrom("cell")
            .select("counted")
            .executeTakeFirst();
          const counted = await pagesDb
            .with("counted", () => countedAttemptsOf(assignment.id))
            .selectFrom("counted")
            .select("id")
            .where("studentId", "=", studentId)
            .executeTakeFirst();
          expect(cell?.counted ?? null).toBe(expected?.percent ?? null);
          expect(counted?.id ?? null).toBe(expected?.id ?? null);
        },
      ),
      { numRuns: 40 },
    );
  });
});
