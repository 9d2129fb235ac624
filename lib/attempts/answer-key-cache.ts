import type { ClientBase } from "pg";
import type { AnswerKey } from "../grading/grade";
import { answerKeyOf, type KeyedQuestion } from "./answer-key";

type Keyed = { key: AnswerKey; maxPoints: number };

// A question row never changes once an assignment uses it (edits write a new version), so its key can be
// kept per process by id. Bounded: cleared when full, which only costs a re-read.
const MAX_ENTRIES = 5000;
const cache = new Map<string, Keyed>();

type KeyRow = KeyedQuestion & { id: string; articleText: string | null };

/** The answer keys of an assignment's questions, in order: one query, plus one on a cache miss. */
export async function assignmentKeys(client: ClientBase, assignmentId: string) {
  const { rows } = await client.query<{ questionId: string }>(
    `SELECT "questionId" FROM "AssignmentQuestion" WHERE "assignmentId" = $1 ORDER BY position`,
    [assignmentId],
  );
  const missing = rows.map((r) => r.questionId).filter((id) => !cache.has(id));
  if (missing.length > 0) {
    if (cache.size + missing.length > MAX_ENTRIES) cache.clear();
    const questions = await client.query<KeyRow>(
      `SELECT q.id, q.type::text AS type, q.points, q."citationStart", q."citationEnd", q."acceptedAnswers",
         q."rejectedAnswers", CASE WHEN q.type = 'SHORT_ANSWER' THEN a.text END AS "articleText",
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'correct', c.correct) ORDER BY c.position)
                   FROM "Choice" c WHERE c."questionId" = q.id), '[]') AS choices,
         COALESCE((SELECT json_agg(json_build_object('id', e.id, 'start', e.start, 'end', e."end") ORDER BY e.position)
                   FROM "EvidenceOption" e WHERE e."questionId" = q.id), '[]') AS "evidenceOptions"
       FROM "Question" q JOIN "Lesson" l ON l.id = q."lessonId" JOIN "Article" a ON a.id = l."articleId"
       WHERE q.id = ANY($1)`,
      [missing],
    );
    for (const q of questions.rows)
      cache.set(q.id, { key: answerKeyOf(q, q.articleText), maxPoints: q.points });
  }
  return rows.map((r) => ({ questionId: r.questionId, ...cache.get(r.questionId)! }));
}
