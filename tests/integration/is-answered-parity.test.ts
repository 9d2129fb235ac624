import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startAttempt } from "../../lib/attempts/mutations";
import { db } from "../../lib/db";
import type { Answer } from "../../lib/grading/answer";
import { isAnswered } from "../../lib/grading/answered";
import { isAnswered as answeredInSql } from "../../lib/results/live-progress";
import { pagesDb } from "../../lib/sql";
import { classroom } from "../support/factories";

/** Blank-looking characters (JavaScript's whitespace and some that are not, like the zero-width space) and letters. */
const text = fc.stringOf(
  fc
    .constantFrom(
      " ",
      "\t",
      "\n",
      "\r",
      "\v",
      "\f",
      "\u00a0",
      "\u1680",
      "\u2003",
      "\u2028",
      "\u202f",
      "\u3000",
    )
    .chain((c) => fc.constantFrom(c, "\ufeff", "\u200b", "\u0085", "a", "é")),
  { maxLength: 4 },
);
const choiceId = fc.option(fc.constantFrom("c1", "choice-2"), { nil: null });
const choiceIds = fc.uniqueArray(fc.constantFrom("c1", "c2", "c3"), { maxLength: 3 });

/** Answers of every type, cleared selections and blank text included. */
const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({ type: fc.constantFrom("single_choice" as const, "true_false" as const), choiceId }),
  fc.record({ type: fc.constantFrom("multiple_select" as const, "ordering" as const), choiceIds }),
  fc.record({ type: fc.constantFrom("short_answer" as const, "open_response" as const), text }),
  fc.record({ type: fc.constant("evidence" as const), choiceId, evidenceIds: choiceIds }),
);

describe("isAnswered: SQL and TypeScript agree", () => {
  it("on answers of every type stored as a response", async () => {
    const { assignment, students } = await classroom(1);
    const attempt = await startAttempt(students[0]!, assignment.id);
    const question = await db.assignmentQuestion.findFirstOrThrow({ where: { assignmentId: assignment.id } });
    const response = await db.response.create({
      data: {
        attemptId: attempt.id,
        questionId: question.questionId,
        answer: { type: "short_answer", text: "" },
        version: 1,
      },
    });
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        await db.response.update({ where: { id: response.id }, data: { answer: a } });
        const row = await pagesDb
          .selectFrom("Response as r")
          .select((eb) => answeredInSql(eb.ref("r.answer")).as("answered"))
          .where("r.id", "=", response.id)
          .executeTakeFirstOrThrow();
        expect(row.answered).toBe(isAnswered(a));
      }),
      { numRuns: 150 },
    );
  });
});
