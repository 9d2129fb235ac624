import "server-only";
import { regradeToCurrentVersions } from "../assignments/regrade";
import { withAnswerRules } from "../attempts/answer-rules";
import { lockLiveQuestion, writeQuestionVersion } from "../content/question-mutations";
import { questionInputOf } from "../content/question-data";
import { questionWithKeySelect } from "../attempts/question-select";
import { questionSchema, type QuestionInput } from "../content/schema";
import { db } from "../db";
import { AppError } from "../errors";
import { decisionComment, type AnswerDecisionResult, type DecisionContext } from "./answer-decision-context";
import type { AnswerDecision } from "./schema";

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Why the question cannot take the decision, in the teacher's words; the content rules decide. */
function refusal(question: QuestionInput, decision: AnswerDecision): AppError | null {
  const parsed = questionSchema.safeParse(question);
  if (parsed.success) return null;
  const [field] = parsed.error.issues[0]?.path ?? [];
  const message =
    field === "acceptedAnswers" && question.acceptedAnswers.length === 0
      ? "This is the question's only accepted answer. Edit the question to give it another one first."
      : field === "acceptedAnswers" || field === "rejectedAnswers"
        ? `This question already lists 20 ${decision.decision === "accept" ? "accepted" : "wrong"} answers, ` +
          "the most it can hold. Edit the question to make room."
        : `The question cannot take this answer: ${parsed.error.issues[0]?.message ?? "it breaks a content rule"}.`;
  return new AppError("invalid", message, { answer: [message] });
}

/**
 * The decision on the teacher's own lesson: the question gets a new version with the answer accepted (or moved
 * to the wrong answers), through the editor's versioning path, and this assignment alone is regraded to it;
 * answers the decision does not concern keep their grades. One transaction: the version and the regrade land
 * together or not at all.
 */
export async function decideInOwnLesson(
  context: DecisionContext,
  decision: AnswerDecision,
): Promise<AnswerDecisionResult> {
  const result = {
    decision: decision.decision,
    answer: decision.answer,
    recordedOn: "question" as const,
    lessonId: context.lessonId,
  };
  return db.$transaction(
    async (tx) => {
      const old = await lockLiveQuestion(tx, context.lessonId, context.questionId);
      const stored = questionInputOf(
        await tx.question.findUniqueOrThrow({ where: { id: old.id }, select: questionWithKeySelect }),
      );
      const lists = {
        acceptedAnswers: stored.acceptedAnswers,
        rejectedAnswers: stored.rejectedAnswers ?? [],
      };
      const next = withAnswerRules(lists, [
        { answer: decision.answer, accepted: decision.decision === "accept" },
      ]);
      // Already decided so (a second click, another tab): no new version for nothing.
      if (
        sameList(next.acceptedAnswers, lists.acceptedAnswers) &&
        sameList(next.rejectedAnswers, lists.rejectedAnswers)
      ) {
        return { ...result, questionId: old.id, responsesRegraded: 0, gradeChanges: 0 };
      }
      const question = { ...stored, ...next };
      const refused = refusal(question, decision);
      if (refused) throw refused;
      const created = await writeQuestionVersion(tx, context.lessonId, old, question);
      const regraded = await regradeToCurrentVersions(
        tx,
        { id: context.assignmentId, lessonId: context.lessonId, teacherId: context.teacherId },
        { lineages: [old.originId ?? old.id], comment: decisionComment(decision), keepUnchanged: true },
      );
      return {
        ...result,
        questionId: created.id,
        responsesRegraded: regraded.responsesRegraded,
        gradeChanges: regraded.gradeChanges,
      };
    },
    { timeout: 60_000 },
  );
}
