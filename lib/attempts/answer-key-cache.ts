import "server-only";
import type { ClientBase } from "pg";
import type { AnswerKey } from "../grading/grade";
import { answerKeyOf, type KeyedQuestion } from "./answer-key";
import { withAnswerRules, type AnswerRule } from "./answer-rules";

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
  const { rows } = await client.query<AssignedRow>(
    `SELECT aq."questionId",
       (SELECT json_agg(json_build_object('answer', r.answer, 'accepted', r.accepted) ORDER BY r.answer)
        FROM "AssignmentAnswerRule" r
        WHERE r."assignmentId" = aq."assignmentId" AND r."questionId" = aq."questionId") AS rules
     FROM "AssignmentQuestion" aq WHERE aq."assignmentId" = $1 ORDER BY aq.position`,
    [assignmentId],
  );
  let missing = rows.filter((r) => !cache.has(cacheKey(r)));
  if (missing.length > 0) {
    // Clearing drops this assignment's cached keys too: all of them are read again.
    if (cache.size + missing.length > MAX_ENTRIES) {
      cache.clear();
      missing = rows;
    }
    const questions = await client.query<KeyRow>(
      `SELECT q.id, q.type::text AS type, q.points, q."citationStart", q."citationEnd", q."acceptedAnswers",
         q."rejectedAnswers", CASE WHEN q.type = 'SHORT_ANSWER' THEN a.text END AS "articleText",
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'correct', c.correct) ORDER BY c.position)
                   FROM "Choice" c WHERE c."questionId" = q.id), '[]') AS choices,
         COALESCE((SELECT json_agg(json_build_object('id', e.id, 'start', e.start, 'end', e."end") ORDER BY e.position)
                   FROM "EvidenceOption" e WHERE e."questionId" = q.id), '[]') AS "evidenceOptions"
       FROM "Question" q JOIN "Lesson" l ON l.id = q."lessonId" JOIN "Article" a ON a.id = l."articleId"
       WHERE q.id = ANY($1)`,
      [[...new Set(missing.map((r) => r.questionId))]],
    );
    const byId = new Map(questions.rows.map((q) => [q.id, q]));
    for (const row of missing) {
      const q = byId.get(row.questionId)!;
      // Rules only ever concern short answers; the article still tells the key its acronyms and look-alikes.
      const keyed = q.type === "SHORT_ANSWER" && row.rules ? withAnswerRules(q, row.rules) : q;
      cache.set(cacheKey(row), { key: answerKeyOf(keyed, q.articleText), maxPoints: q.points });
    }
  }
  return rows.map((r) => ({ questionId: r.questionId, ...cache.get(cacheKey(r))! }));
}
