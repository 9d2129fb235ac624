import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { closeAssignment, setAccommodation, updateAssignment } from "../../lib/assignments/edit-mutations";
import { getAssignmentSettingsOrThrow } from "../../lib/assignments/settings-queries";
import { getQuizForStudentOrThrow } from "../../lib/attempts/queries";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt } from "../../lib/attempts/mutations";
import { expectAppError } from "../support/expect-app-error";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { days, twoClassrooms } from "../support/scenario";

const settings = (over: Record<string, unknown> = {}) => ({
  dueAt: days(4).toISOString(),
  attemptsAllowed: null,
  timeLimitMinutes: "30",
  releasePolicy: "after_due",
  scoringRule: "latest",
  latePolicy: "close",
  shuffleQuestions: true,
  shuffleChoices: false,
  ...over,
});

describe("editing an assignment", () => {
  it("changes its settings for its teacher, and students see them at once", async () => {
    const { teacher, students, assignment } = await twoClassrooms(1);
    await updateAssignment(teacher, assignment.id, settings());
    const row = await getAssignmentSettingsOrThrow(teacher, assignment.id);
    expect(row).toMatchObject({
      attemptsAllowed: null,
      timeLimitMinutes: 30,
      releasePolicy: "after_due",
      scoringRule: "latest",
      latePolicy: "close",
      shuffleQuestions: true,
    });
    const quiz = await getQuizForStudentOrThrow(students[0]!, assignment.id);
    expect(quiz.assignment.attemptsAllowed).toBeNull();
    expect(quiz.assignment.timeLimitMinutes).toBe(30);
  });

  it("refuses other teachers (not found), students (forbidden), anonymous, and bad input; writes nothing", async () => {
    const { teacher, students, otherTeacher, assignment } = await twoClassrooms(1);
    await expectRefusedWithoutWrites(
      () => updateAssignment(otherTeacher, assignment.id, settings()),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () => updateAssignment(students[0]!, assignment.id, settings()),
      "forbidden",
    );
    await expectRefusedWithoutWrites(() => updateAssignment(null, assignment.id, settings()), "unauthorized");
    const error = await expectRefusedWithoutWrites(
      () =>
        updateAssignment(teacher, assignment.id, settings({ timeLimitMinutes: "0", attemptsAllowed: "x" })),
      "invalid",
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["attemptsAllowed", "timeLimitMinutes"]);
    await expectAppError(getAssignmentSettingsOrThrow(otherTeacher, assignment.id), "not_found");
  });

  it("closing refuses new attempts and saves; reopening allows them again", async () => {
    const { teacher, students, assignment } = await twoClassrooms(2);
    const [early, late] = students as [(typeof students)[0], (typeof students)[0]];
    const attempt = await startAttempt(early, assignment.id);
    const question = await db.assignmentQuestion.findFirstOrThrow({
      where: { assignmentId: assignment.id, question: { type: "single_choice" } },
      select: { question: { select: { id: true, choices: { select: { id: true }, take: 1 } } } },
    });
    const save = (version: number) =>
      saveAnswer(early, attempt.id, {
        questionId: question.question.id,
        answer: {
          type: "single_choice",
          choiceId: sealChoiceId(attempt.id, question.question.choices[0]!.id),
        },
        version,
      });

    await closeAssignment(teacher, assignment.id, true);
    await expectAppError(save(1), "conflict", { message: expect.stringMatching(/closed/) });
    await expectAppError(startAttempt(late, assignment.id), "conflict");

    await closeAssignment(teacher, assignment.id, false);
    expect(await save(2)).toEqual({ saved: true, version: 2 });
    expect(await startAttempt(late, assignment.id)).toHaveProperty("id");
  });

  it("gives one student extra attempts and extended time, and no one else", async () => {
    const { teacher, students, outsider, assignment } = await twoClassrooms(2);
    await updateAssignment(
      teacher,
      assignment.id,
      settings({ latePolicy: "accept_late", attemptsAllowed: "1" }),
    );
    await setAccommodation(teacher, assignment.id, {
      studentId: students[0]!.id,
      timeFactor: "1.5",
      extraAttempts: "1",
    });
    await expectRefusedWithoutWrites(
      () =>
        setAccommodation(teacher, assignment.id, {
          studentId: outsider.id,
          timeFactor: "2",
          extraAttempts: "0",
        }),
      "not_found",
    );

    const now = new Date();
    const helped = await startAttempt(students[0]!, assignment.id, now);
    const plain = await startAttempt(students[1]!, assignment.id, now);
    const deadline = async (id: string) =>
      (await db.attempt.findUniqueOrThrow({ where: { id } })).deadlineAt!.getTime() - now.getTime();
    expect(await deadline(helped.id)).toBe(45 * 60_000);
    expect(await deadline(plain.id)).toBe(30 * 60_000);

    const quiz = await getQuizForStudentOrThrow(students[0]!, assignment.id);
    expect(quiz.assignment.attemptsAllowed).toBe(2);
  });
});
