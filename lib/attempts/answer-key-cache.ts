import "server-only";
import { sql } from "kysely";
import { jsonBuildObject } from "kysely/helpers/postgres";
import type { ClientBase } from "pg";
import type { AnswerKey } from "../grading/grade";
import { answerKeyOf, type KeyedQuestion } from "./answer-key";
import { withAnswerRules, type AnswerRule } from "./answer-rules";
import { onConnection } from "../sql";

type Keyed = { key: AnswerKey; maxPoints: number };

// A question row never changes once an assignment uses it (edits write a new version), so its key can be
// kept per process by id; a key with an assignment's answer rules is kept by id and rules, so a new decision
// is a new entry and no process can grade with a stale one. Bounded: cleared when full, which only costs a re-read.
const MAX_ENTRIES = 5000;
const cache = new Map<string, Keyed>();

type KeyRow = KeyedQuestion & { id: string; articleText: string | null };
type AssignedRow = { questionId: string; rules: AnswerRule[] | null };

const cacheKey = ({ questionId, rules }: AssignedRow) =>
  rules ? `${questionId}\n${JSON.stringify(rules)}` : questionId;

/**
 * The answer keys of an assignment's questions, in order, with the teacher's accept/reject-for-everyone
 * decisions on a shared lesson's short answers applied: one query (the rules ride along, usually none), plus one
 * on a cache miss.
 */
export async function assignmentKeys(client: ClientBase, assignmentId: string) {
  const tx = onConnection(client);
  const rows: AssignedRow[] = await tx
    .selectFrom("AssignmentQuestion as aq")
    .select((eb) => [
      "aq.questionId",
      eb
        .selectFrom("AssignmentAnswerRule as r")
        .select((r) =>
          r.fn
            .jsonAgg(jsonBuildObject({ answer: r.ref("r.answer"), accepted: r.ref("r.accepted") }))
            .orderBy("r.answer")
            .as("rules"),
        )
        .whereRef("r.assignmentId", "=", "aq.assignmentId")
        .whereRef("r.questionId", "=", "aq.questionId")
        .$asScalar()
        // json_agg over no rows is null: an assignment without rules for the question.
        .$castTo<AnswerRule[] | null>()
        .as("rules"),
    ])
    .where("aq.assignmentId", "=", assignmentId)
    .orderBy("aq.position")
    .execute();
  let missing = rows.filter((r) => !cache.has(cacheKey(r)));
  if (missing.length > 0) {
    // Clearing drops this assignment's cached keys too: all of them are read again.
    if (cache.size + missing.length > MAX_ENTRIES) {
      cache.clear();
      missing = rows;
    }
    const ids = [...new Set(missing.map((r) => r.questionId))];
    const questions: KeyRow[] = await tx
      .selectFrom("Question as q")
      .innerJoin("Lesson as l", "l.id", "q.lessonId")
      .innerJoin("Article as a", "a.id", "l.articleId")
      .select((eb) => [
        "q.id",
        "q.type",
        "q.points",
        "q.citationStart",
        "q.citationEnd",
        "q.acceptedAnswers",
        "q.rejectedAnswers",
        eb.case().when("q.type", "=", sql.lit("short_answer")).then(eb.ref("a.text")).end().as("articleText"),
        eb.fn
          .coalesce(
            eb
              .selectFrom("Choice as c")
              .select((c) =>
                c.fn
                  .jsonAgg(jsonBuildObject({ id: c.ref("c.id"), correct: c.ref("c.correct") }))
                  .orderBy("c.position")
                  .as("agg"),
              )
              .whereRef("c.questionId", "=", "q.id")
              .$asScalar(),
            sql.lit("[]"),
          )
          .as("choices"),
        eb.fn
          .coalesce(
            eb
              .selectFrom("EvidenceOption as e")
              .select((e) =>
                e.fn
                  .jsonAgg(
                    jsonBuildObject({ id: e.ref("e.id"), start: e.ref("e.start"), end: e.ref("e.end") }),
                  )
                  .orderBy("e.position")
                  .as("agg"),
              )
              .whereRef("e.questionId", "=", "q.id")
              .$asScalar(),
            sql.lit("[]"),
          )
          .as("evidenceOptions"),
      ])
      .where((eb) => eb("q.id", "=", eb.fn.any(eb.val(ids))))
      .execute();
    const byId = new Map(questions.map((q) => [q.id, q]));
    for (const row of missing) {
      const q = byId.get(row.questionId)!;
      // Rules only ever concern short answers; the article still tells the key its acronyms and look-alikes.
      const keyed = q.type === "short_answer" && row.rules ? withAnswerRules(q, row.rules) : q;
      cache.set(cacheKey(row), { key: answerKeyOf(keyed, q.articleText), maxPoints: q.points });
    }
  }
  return rows.map((r) => ({ questionId: r.questionId, ...cache.get(cacheKey(r))! }));
}
