import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { sealAnswer } from "../../lib/attempts/opaque-ids";
import type { Answer } from "../../lib/grading/answer";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import type { Viewer } from "../../lib/auth/viewer-types";
import type { QuestionType } from "../../lib/generated/prisma/enums";
import { twoClassrooms } from "../support/scenario";

/** One student's open attempt on the first demo lesson, and a way to reach its stored questions by type. */
async function gradingRig() {
  const { students, assignment } = await twoClassrooms(1);
  const student: Viewer = students[0]!;
  const { id: attemptId } = await startAttempt(student, assignment.id);
  const questions = (
    await db.assignmentQuestion.findMany({
      where: { assignmentId: assignment.id },
      orderBy: { position: "asc" },
      select: {
        question: {
          include: {
            choices: { orderBy: { position: "asc" } },
            evidenceOptions: { orderBy: { position: "asc" } },
          },
        },
      },
    })
  ).map((aq) => aq.question);
  const ofType = (type: QuestionType) => questions.filter((q) => q.type === type);
  let version = 0;
  const save = (questionId: string, answer: Answer) =>
    saveAnswer(student, attemptId, { questionId, answer: sealAnswer(attemptId, answer), version: ++version });
  const submit = async () => {
    const result = await submitAttempt(student, attemptId);
    const responses = await db.response.findMany({ where: { attemptId } });
    const graded = (questionId: string) => responses.find((r) => r.questionId === questionId)!;
    return { result, graded };
  };
  const maxPoints = questions.reduce((s, q) => s + q.points, 0);
  return { ofType, save, submit, maxPoints };
}

describe("grading stored demo questions on submit", () => {
  it("gives full points for the right single choice and none for a wrong one", async () => {
    const { ofType, save, submit, maxPoints } = await gradingRig();
    const [right, wrong] = ofType("single_choice");
    await save(right!.id, { type: "single_choice", choiceId: right!.choices.find((c) => c.correct)!.id });
    await save(wrong!.id, { type: "single_choice", choiceId: wrong!.choices.find((c) => !c.correct)!.id });
    const { result, graded } = await submit();
    expect(graded(right!.id)).toMatchObject({ points: right!.points, correct: true });
    expect(graded(wrong!.id)).toMatchObject({ points: 0, correct: false });
    expect(result).toMatchObject({ points: right!.points, maxPoints, provisional: false });
    expect(result.percent).toBe(Math.round((right!.points / maxPoints) * 1000) / 10);
  });

  it("grades true/false against its key", async () => {
    const { ofType, save, submit } = await gradingRig();
    const [q] = ofType("true_false");
    await save(q!.id, { type: "true_false", choiceId: q!.choices.find((c) => c.correct)!.id });
    expect((await submit()).graded(q!.id)).toMatchObject({ points: q!.points, correct: true });
  });

  it("gives partial credit for a multiple-select answer with some right picks and no wrong ones", async () => {
    const { ofType, save, submit } = await gradingRig();
    const [q] = ofType("multiple_select");
    const correct = q!.choices.filter((c) => c.correct);
    expect(correct.length).toBeGreaterThanOrEqual(2);
    await save(q!.id, { type: "multiple_select", choiceIds: [correct[0]!.id] });
    const expected = Math.round((q!.points / correct.length) * 100) / 100;
    expect((await submit()).graded(q!.id)).toMatchObject({ points: expected, correct: false });
  });

  it("accepts a short answer that differs from the key only in case, spacing and end punctuation", async () => {
    const { ofType, save, submit } = await gradingRig();
    const [q] = ofType("short_answer");
    const accepted = q!.acceptedAnswers[0]!;
    const typed = `  ${accepted.toUpperCase().split(" ").join("   ")}. `;
    await save(q!.id, { type: "short_answer", text: typed });
    expect((await submit()).graded(q!.id)).toMatchObject({ points: q!.points, correct: true });
  });

  it("gives full points for the stored order and none for the reverse", async () => {
    const right = await gradingRig();
    const [q] = right.ofType("ordering");
    await right.save(q!.id, { type: "ordering", choiceIds: q!.choices.map((c) => c.id) });
    expect((await right.submit()).graded(q!.id)).toMatchObject({ points: q!.points, correct: true });

    const wrong = await gradingRig();
    const [q2] = wrong.ofType("ordering");
    await wrong.save(q2!.id, { type: "ordering", choiceIds: q2!.choices.map((c) => c.id).reverse() });
    expect((await wrong.submit()).graded(q2!.id)).toMatchObject({ points: 0, correct: false });
  });

  it("gives half credit for the right evidence answer with the wrong supporting sentence, full with the right one", async () => {
    const { ofType, save, submit } = await gradingRig();
    const [q] = ofType("evidence");
    const inCitation = (o: { start: number; end: number }) =>
      o.start >= q!.citationStart && o.end <= q!.citationEnd;
    const supporting = q!.evidenceOptions.filter(inCitation);
    const off = q!.evidenceOptions.find((o) => !inCitation(o))!;
    const choiceId = q!.choices.find((c) => c.correct)!.id;
    expect(supporting.length).toBeGreaterThan(0);
    await save(q!.id, { type: "evidence", choiceId, evidenceIds: [off.id] });
    expect((await submit()).graded(q!.id)).toMatchObject({ points: q!.points / 2, correct: false });

    const full = await gradingRig();
    const [same] = full.ofType("evidence");
    await full.save(same!.id, { type: "evidence", choiceId, evidenceIds: supporting.map((o) => o.id) });
    expect((await full.submit()).graded(same!.id)).toMatchObject({ points: same!.points, correct: true });
  });

  it("leaves an open response for the teacher and marks the attempt provisional", async () => {
    const { ofType, save, submit } = await gradingRig();
    const [q] = ofType("open_response");
    await save(q!.id, { type: "open_response", text: "The article says critics worried about legitimacy." });
    const { result, graded } = await submit();
    expect(graded(q!.id)).toMatchObject({ points: null, correct: null });
    expect(result).toMatchObject({ provisional: true, points: 0 });
  });
});
