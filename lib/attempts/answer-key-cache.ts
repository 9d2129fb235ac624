import type { Prisma } from "../generated/prisma/client";
import type { AnswerKey } from "../grading/grade";
import { answerKeyOf } from "./answer-key";

type Keyed = { key: AnswerKey; maxPoints: number };

// A question row never changes once an assignment uses it (edits write a new version), so its key can be
// kept per process by id. Bounded: cleared when full, which only costs a re-read.
const MAX_ENTRIES = 5000;
const cache = new Map<string, Keyed>();

const keySelect = {
  id: true,
  type: true,
  points: true,
  citationStart: true,
  citationEnd: true,
  acceptedAnswers: true,
  choices: { orderBy: { position: "asc" }, select: { id: true, correct: true } },
  evidenceOptions: { orderBy: { position: "asc" }, select: { id: true, start: true, end: true } },
} as const;

/** The answer keys of an assignment's questions, in order: one query, plus one on a cache miss. */
export async function assignmentKeys(tx: Prisma.TransactionClient, assignmentId: string) {
  const rows = await tx.$queryRaw<{ questionId: string }[]>`
    SELECT "questionId" FROM "AssignmentQuestion" WHERE "assignmentId" = ${assignmentId} ORDER BY position`;
  const missing = rows.map((r) => r.questionId).filter((id) => !cache.has(id));
  if (missing.length > 0) {
    if (cache.size + missing.length > MAX_ENTRIES) cache.clear();
    const questions = await tx.question.findMany({ where: { id: { in: missing } }, select: keySelect });
    for (const q of questions) cache.set(q.id, { key: answerKeyOf(q), maxPoints: q.points });
  }
  return rows.map((r) => ({ questionId: r.questionId, ...cache.get(r.questionId)! }));
}
