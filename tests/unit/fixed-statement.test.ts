import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import {
  lockAttemptForSubmit,
  saveAnswerStatement,
  submitWithScore,
  writeGrades,
} from "../../lib/attempts/quiz-sql";
import { fixedStatement } from "../../lib/sql-expr";

describe("fixedStatement", () => {
  it("places each call's values into the text compiled once, as compiling with them would", () => {
    const save = (version: number, sessionVersion: number | null) => ({
      id: `r${version}`,
      attemptId: "a1",
      studentId: "s1",
      sessionVersion,
      questionId: "q1",
      type: "short_answer" as const,
      answer: JSON.stringify({ type: "short_answer", text: `answer ${version}` }),
      version,
      flagged: version % 2 === 0,
    });
    const calls = [
      [saveAnswerStatement, save(1, null)],
      [saveAnswerStatement, save(2, 7)],
      [lockAttemptForSubmit, { attemptId: "a1", studentId: "s1", sessionVersion: 3 }],
      [writeGrades, { ids: ["r1", "r2"], points: [1, null], correct: [true, null], near: [false, false] }],
      [
        submitWithScore,
        {
          id: "a1",
          submittedAt: new Date(0),
          late: true,
          points: 1,
          maxPoints: 2,
          percent: 50,
          provisional: false,
        },
      ],
    ] as const;
    for (const [statement, values] of calls) {
      const placed = (statement as (v: typeof values) => { sql: string; parameters: readonly unknown[] })(
        values,
      );
      const fresh = (
        statement.fresh as (v: typeof values) => { sql: string; parameters: readonly unknown[] }
      )(values);
      expect(placed.sql).toBe(fresh.sql);
      expect(placed.parameters).toEqual(fresh.parameters);
    }
    // A value used twice (the session check) is bound twice, both times from the call.
    expect(saveAnswerStatement(save(2, 7)).parameters.filter((p) => p === 7)).toHaveLength(2);
  });

  it("refuses a bound value that is not one of the statement's values, which would never change", () => {
    const constant = fixedStatement((db, { id }: { id: string }) =>
      db.selectFrom("Attempt").select("id").where("id", "=", id).where("status", "=", "submitted"),
    );
    expect(() => constant({ id: "a1" })).toThrow(/not one of its values/);
    const literal = fixedStatement((db, { id }: { id: string }) =>
      db.selectFrom("Attempt").select("id").where("id", "=", id).where("status", "=", sql.lit("submitted")),
    );
    expect(literal({ id: "a1" }).parameters).toEqual(["a1"]);
  });
});
