import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { endAllSessions } from "../../lib/auth/session";
import type { ClaimedViewer } from "../../lib/auth/viewer-types";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { lookUpWord } from "../../lib/reading/lookup";
import { mostLookedUp } from "../../lib/reading/lookup-stats";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { twoClassrooms } from "../support/scenario";

// The autosave and submit endpoints pass the token's claims unchecked; the SQL itself checks the session.
describe("token claims on the autosave and submit paths", () => {
  async function claimedAttempt() {
    const world = await twoClassrooms(1);
    const student = world.students[0]!;
    const { id: attemptId } = await startAttempt(student, world.assignment.id);
    const claim: ClaimedViewer = { kind: "claim", id: student.id, role: "student", sessionVersion: 0 };
    const q = await db.assignmentQuestion.findFirstOrThrow({
      where: { assignmentId: world.assignment.id, question: { type: "single_choice" } },
      select: { question: { select: { id: true, choices: { select: { id: true }, take: 1 } } } },
    });
    const input = (version: number) => ({
      questionId: q.question.id,
      answer: { type: "single_choice", choiceId: sealChoiceId(attemptId, q.question.choices[0]!.id) },
      version,
    });
    return { ...world, student, attemptId, claim, input };
  }

  it("accepts a claim carrying the current session version", async () => {
    const { attemptId, claim, input } = await claimedAttempt();
    expect(await saveAnswer(claim, attemptId, input(1))).toEqual({ saved: true, version: 1 });
    expect((await submitAttempt(claim, attemptId)).id).toBe(attemptId);
  });

  it("refuses a claim whose sessions were ended, or of a disabled account, as unauthorized, writing nothing", async () => {
    const { student, attemptId, claim, input } = await claimedAttempt();
    await endAllSessions(student.id);
    await expectRefusedWithoutWrites(() => saveAnswer(claim, attemptId, input(1)), "unauthorized");
    await expectRefusedWithoutWrites(() => submitAttempt(claim, attemptId), "unauthorized");

    const fresh = { ...claim, sessionVersion: 1 };
    await db.user.update({ where: { id: student.id }, data: { disabledAt: new Date() } });
    await expectRefusedWithoutWrites(() => saveAnswer(fresh, attemptId, input(2)), "unauthorized");
  });

  it("a valid claim of another student reaches nothing (not found)", async () => {
    const { attemptId, outsider, input } = await claimedAttempt();
    const other: ClaimedViewer = { kind: "claim", id: outsider.id, role: "student", sessionVersion: 0 };
    await expectRefusedWithoutWrites(() => saveAnswer(other, attemptId, input(1)), "not_found");
    await expectRefusedWithoutWrites(() => submitAttempt(other, attemptId), "not_found");
  });

  it("a teacher's claim is refused as forbidden while its session lives, and as unauthorized once it ended", async () => {
    const { teacher, attemptId, input } = await claimedAttempt();
    const claim: ClaimedViewer = { kind: "claim", id: teacher.id, role: "teacher", sessionVersion: 0 };
    await expectRefusedWithoutWrites(() => saveAnswer(claim, attemptId, input(1)), "forbidden");
    await expectRefusedWithoutWrites(() => submitAttempt(claim, attemptId), "forbidden");
    await endAllSessions(teacher.id);
    await expectRefusedWithoutWrites(() => saveAnswer(claim, attemptId, input(1)), "unauthorized");
    await expectRefusedWithoutWrites(() => submitAttempt(claim, attemptId), "unauthorized");
  });

  it("the word lookup checks a claim in its own statement: counted while it lives, refused once it ended", async () => {
    const world = await twoClassrooms(1);
    const student = world.students[0]!;
    const claim: ClaimedViewer = { kind: "claim", id: student.id, role: "student", sessionVersion: 0 };
    const lookup = { assignmentId: world.assignment.id, word: "river", sentence: "The river rose." };
    expect(await lookUpWord(claim, lookup)).toMatchObject({ status: "found", lemma: "river" });
    expect(await mostLookedUp(world.teacher, world.assignment.id)).toEqual([{ word: "river", count: 1 }]);

    const teacherClaim: ClaimedViewer = {
      kind: "claim",
      id: world.teacher.id,
      role: "teacher",
      sessionVersion: 0,
    };
    expect(await lookUpWord(teacherClaim, lookup)).toMatchObject({ status: "found" });
    await endAllSessions(student.id);
    await endAllSessions(world.teacher.id);
    await expectRefusedWithoutWrites(() => lookUpWord(claim, lookup), "unauthorized");
    await expectRefusedWithoutWrites(() => lookUpWord(teacherClaim, lookup), "unauthorized");
    const outsider: ClaimedViewer = {
      kind: "claim",
      id: world.outsider.id,
      role: "student",
      sessionVersion: 0,
    };
    await expectRefusedWithoutWrites(() => lookUpWord(outsider, lookup), "not_found");
    expect(await mostLookedUp(world.teacher, world.assignment.id)).toEqual([{ word: "river", count: 1 }]);
  });
});
