import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import { saveHighlight } from "../../lib/reading/highlights-mutations";
import { getAttemptReviewOrThrow } from "../../lib/attempts/queries";
import { startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { expectAppError } from "../support/expect-app-error";
import { twoClassrooms } from "../support/scenario";

async function submitted(releasePolicy: "after_submit" | "after_due" | "never") {
  const world = await twoClassrooms(2, { releasePolicy });
  const student = world.students[0]!;
  const { id: attemptId } = await startAttempt(student, world.assignment.id);
  const result = await submitAttempt(student, attemptId);
  return { ...world, student, attemptId, result };
}

describe("getAttemptReviewOrThrow", () => {
  it("shows the score but no items when the release policy is never", async () => {
    const { student, attemptId, result } = await submitted("never");
    const review = await getAttemptReviewOrThrow(student, attemptId);
    expect(review).toMatchObject({ released: false, items: null, passage: null });
    expect(review.attempt).toMatchObject({ id: attemptId, percent: result.percent, status: "submitted" });
    expect(JSON.stringify(review)).not.toMatch(/"(correct|explanation|feedback|rubric|citationText)"\s*:/);
  });

  it("shows items with keys, explanations and citations right after submission under after_submit", async () => {
    const { student, attemptId } = await submitted("after_submit");
    const review = await getAttemptReviewOrThrow(student, attemptId);
    expect(review.released).toBe(true);
    expect(review.items!.length).toBeGreaterThan(0);
    for (const item of review.items!) {
      expect(item.question.explanation.length).toBeGreaterThan(0);
      expect(item.question.citationText.length).toBeGreaterThan(0);
    }
    const single = review.items!.find((i) => i.question.type === "single_choice")!;
    expect(single.question.choices.filter((c) => c.correct)).toHaveLength(1);
  });

  it("gives the passage each released citation points into, at its offsets", async () => {
    const { student, attemptId } = await submitted("after_submit");
    const { passage, items } = await getAttemptReviewOrThrow(student, attemptId);
    for (const { question: q } of items!) {
      const at = q.citationStart - passage!.start;
      expect(passage!.text.slice(at, at + q.citationText.length)).toBe(q.citationText);
    }
  });

  it("lists the student's own highlights of the lesson once released, and none before", async () => {
    const { student, students, attemptId, assignment } = await submitted("after_submit");
    const lesson = await db.assignment.findUniqueOrThrow({
      where: { id: assignment.id },
      select: { lesson: { select: { id: true, passage: true } } },
    });
    const save = (viewer: typeof student, color: "green" | "pink", note: string) =>
      saveHighlight(viewer, {
        id: randomUUID(),
        lessonId: lesson.lesson.id,
        assignmentId: assignment.id,
        start: 0,
        end: 20,
        color,
        note,
        version: 1,
        deleted: false,
      });
    await save(student, "green", "Mine");
    await save(students[1]!, "pink", "Someone else's");
    const review = await getAttemptReviewOrThrow(student, attemptId);
    expect(review.highlights).toEqual([
      expect.objectContaining({ color: "green", note: "Mine", quote: lesson.lesson.passage.slice(0, 20) }),
    ]);

    const withheld = await submitted("never");
    await saveHighlight(withheld.student, {
      id: randomUUID(),
      lessonId: lesson.lesson.id,
      assignmentId: withheld.assignment.id,
      start: 0,
      end: 20,
      color: "green",
      note: "",
      version: 1,
      deleted: false,
    });
    expect((await getAttemptReviewOrThrow(withheld.student, withheld.attemptId)).highlights).toEqual([]);
  });

  it("withholds items under after_due until the due time has passed", async () => {
    const { student, attemptId } = await submitted("after_due");
    expect((await getAttemptReviewOrThrow(student, attemptId)).items).toBeNull();
    const afterDue = new Date(Date.now() + 2 * 86_400_000);
    expect((await getAttemptReviewOrThrow(student, attemptId, afterDue)).items).not.toBeNull();
  });

  it("withholds the key while the student can still make another attempt, or has one open", async () => {
    const world = await twoClassrooms(1, { releasePolicy: "after_submit", attemptsAllowed: 2 });
    const student = world.students[0]!;
    const first = await startAttempt(student, world.assignment.id);
    await submitAttempt(student, first.id);
    expect(await getAttemptReviewOrThrow(student, first.id)).toMatchObject({
      released: false,
      withheldFor: "attempts_left",
      items: null,
      passage: null,
    });
    const second = await startAttempt(student, world.assignment.id);
    expect((await getAttemptReviewOrThrow(student, first.id)).items, "attempt 2 is open").toBeNull();
    await submitAttempt(student, second.id);
    const review = await getAttemptReviewOrThrow(student, first.id);
    expect(review).toMatchObject({ released: true, withheldFor: null });
    expect(review.items!.length).toBeGreaterThan(0);
  });

  it("releases the key to a student with attempts left once the teacher closes the assignment", async () => {
    const world = await twoClassrooms(1, { releasePolicy: "after_submit", attemptsAllowed: null });
    const student = world.students[0]!;
    const { id } = await startAttempt(student, world.assignment.id);
    await submitAttempt(student, id);
    expect((await getAttemptReviewOrThrow(student, id)).withheldFor).toBe("attempts_left");
    await db.assignment.update({ where: { id: world.assignment.id }, data: { closedAt: new Date() } });
    expect((await getAttemptReviewOrThrow(student, id)).released).toBe(true);
  });

  it("says the policy, not the attempts, holds the key back under never", async () => {
    const { student, attemptId } = await submitted("never");
    expect((await getAttemptReviewOrThrow(student, attemptId)).withheldFor).toBe("release_policy");
  });

  it("answers not_found for an attempt still in progress", async () => {
    const { students, assignment } = await twoClassrooms(1);
    const { id } = await startAttempt(students[0]!, assignment.id);
    await expectAppError(getAttemptReviewOrThrow(students[0]!, id), "not_found");
  });

  it("answers not_found for another student's attempt, in the same class or another", async () => {
    const { students, outsider, attemptId } = await submitted("after_submit");
    await expectAppError(getAttemptReviewOrThrow(students[1]!, attemptId), "not_found");
    await expectAppError(getAttemptReviewOrThrow(outsider, attemptId), "not_found");
  });

  it("refuses teachers (forbidden) and anonymous callers (unauthorized)", async () => {
    const { teacher, otherTeacher, attemptId } = await submitted("after_submit");
    await expectAppError(getAttemptReviewOrThrow(teacher, attemptId), "forbidden");
    await expectAppError(getAttemptReviewOrThrow(otherTeacher, attemptId), "forbidden");
    await expectAppError(getAttemptReviewOrThrow(null, attemptId), "unauthorized");
  });
});
