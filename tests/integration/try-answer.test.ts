import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import type { Viewer } from "../../lib/auth/viewer-types";
import { createAssignments } from "../../lib/assignments/mutations";
import { getQuestionForEditorOrThrow } from "../../lib/content/editor-queries";
import type { EditorQuestion } from "../../lib/content/question-editor-schema";
import { saveQuestion } from "../../lib/content/question-mutations";
import { getLessonForTeacherOrThrow } from "../../lib/content/queries";
import { tryAnswer } from "../../lib/content/try-answer";
import { singleChoiceInput } from "../support/editor-input";
import { expectAppError } from "../support/expect-app-error";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { createPrivateLesson, days, demoLessons } from "../support/scenario";

/** A short answer for the editor, citing what the single-choice input cites. */
async function shortAnswerInput(
  lessonId: string,
  more: Partial<EditorQuestion> = {},
): Promise<EditorQuestion> {
  return {
    ...(await singleChoiceInput(lessonId)),
    type: "short_answer",
    prompt: "According to the article, what might the talks do to Russia?",
    choices: [],
    acceptedAnswers: ["encourage", "make braver"],
    rejectedAnswers: ["provoke"],
    ...more,
  };
}

/** A teacher's own lesson with the short answer above added to it. */
async function ownShortAnswer() {
  const teacher = await createTeacher();
  const lesson = await createPrivateLesson(teacher);
  const { id } = await saveQuestion(teacher, lesson.id, null, await shortAnswerInput(lesson.id));
  const attempt = (answer: string, viewer: Viewer | null = teacher) =>
    tryAnswer(viewer, lesson.id, id, { answer });
  return { teacher, lesson, questionId: id, attempt };
}

const storedRejected = async (id: string) =>
  (await db.question.findUniqueOrThrow({ where: { id }, select: { rejectedAnswers: true } })).rejectedAnswers;

describe("tryAnswer", () => {
  it("grades an answer as a submitted one would be: correct, near through a tolerance, or wrong", async () => {
    const { attempt } = await ownShortAnswer();
    expect(await attempt("Encourage!")).toEqual({
      answer: "Encourage!",
      verdict: "correct",
      points: 2,
      maxPoints: 2,
      matched: "encourage",
      tolerances: [],
      refusedAs: null,
      heldButRefused: null,
    });
    expect(await attempt("encorage")).toMatchObject({
      verdict: "near",
      points: 2,
      matched: "encourage",
      tolerances: ["typo"],
    });
    expect(await attempt("encouraged")).toMatchObject({ verdict: "near", tolerances: ["other_form"] });
    expect(await attempt("to encourage Russia")).toMatchObject({
      verdict: "near",
      tolerances: ["longer_answer"],
    });
    expect(await attempt("not encourage")).toMatchObject({
      verdict: "wrong",
      points: 0,
      matched: null,
      heldButRefused: "encourage",
      refusedAs: null,
    });
  });

  it("refuses a listed wrong answer, alone or beside an accepted one, and names it", async () => {
    const { attempt } = await ownShortAnswer();
    expect(await attempt("provoke")).toMatchObject({ verdict: "wrong", points: 0, refusedAs: "provoke" });
    expect(await attempt("encourage and provoke")).toMatchObject({ verdict: "wrong", refusedAs: "provoke" });
  });

  it("grades choice questions by the picked positions, and refuses types it cannot try", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const { id } = await saveQuestion(teacher, lesson.id, null, await singleChoiceInput(lesson.id, 1));
    expect(await tryAnswer(teacher, lesson.id, id, { choices: ["1"] })).toMatchObject({
      answer: "A sports match",
      verdict: "correct",
      points: 2,
    });
    expect(await tryAnswer(teacher, lesson.id, id, { choices: ["0"] })).toMatchObject({ verdict: "wrong" });
    for (const choices of [[], ["0", "1"], ["7"], ["x"]]) {
      const error = await expectAppError(tryAnswer(teacher, lesson.id, id, { choices }), "invalid");
      expect(error.fieldErrors?.choices?.length).toBeGreaterThan(0);
    }
    const untriable = await db.question.findFirstOrThrow({
      where: { lessonId: lesson.id, type: { in: ["open_response", "ordering", "evidence"] } },
      select: { id: true },
    });
    await expectAppError(tryAnswer(teacher, lesson.id, untriable.id, { answer: "x" }), "invalid", {
      message: expect.stringContaining("Try an answer grades short answers"),
    });
  });

  it("answers bad input with field errors, never a crash", async () => {
    const { attempt } = await ownShortAnswer();
    for (const answer of ["", "   ", "x".repeat(201), "a\u0000b"]) {
      const error = await expectAppError(attempt(answer), "invalid");
      expect(error.fieldErrors?.answer?.length).toBeGreaterThan(0);
    }
  });

  it("lets any teacher try a shared lesson's question; hides private lessons; refuses students", async () => {
    const { lesson, questionId, attempt } = await ownShortAnswer();
    const stranger = await createTeacher();
    await expectAppError(attempt("encourage", stranger), "not_found");
    await expectAppError(attempt("encourage", await createStudent()), "forbidden");
    await expectAppError(attempt("encourage", null), "unauthorized");
    await expectAppError(tryAnswer(stranger, lesson.id, "not an id", { answer: "x" }), "not_found");

    const demoIds = (await demoLessons()).map((l) => l.id);
    const shared = await db.question.findFirstOrThrow({
      where: { lessonId: { in: demoIds }, type: "short_answer", retiredAt: null },
      select: { id: true, lessonId: true, acceptedAnswers: true, points: true },
    });
    expect(
      await tryAnswer(stranger, shared.lessonId, shared.id, { answer: shared.acceptedAnswers[0] }),
    ).toMatchObject({ verdict: "correct", points: shared.points, matched: shared.acceptedAnswers[0] });
    // A question of another lesson, asked for through a lesson the teacher may use, is not found.
    await expectAppError(
      tryAnswer(stranger, shared.lessonId, questionId, { answer: "encourage" }),
      "not_found",
    );
  });

  it("grades the saved question: a retired version is no longer found", async () => {
    const { teacher, lesson, questionId } = await ownShortAnswer();
    const cls = await createClassFor(teacher);
    await createAssignments(teacher, { lessonId: lesson.id, classIds: [cls.id], dueAt: days(1) });
    const input = await shortAnswerInput(lesson.id, { acceptedAnswers: ["embolden"] });
    const { id } = await saveQuestion(teacher, lesson.id, questionId, input);
    await expectAppError(tryAnswer(teacher, lesson.id, questionId, { answer: "embolden" }), "not_found");
    expect(await tryAnswer(teacher, lesson.id, id, { answer: "emboldened" })).toMatchObject({
      verdict: "near",
      matched: "embolden",
    });
  });
});

describe("wrong answers to refuse, in the editor", () => {
  it("saves them trimmed, gives them back to the editor and the answer key, and clears them when emptied", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const input = await shortAnswerInput(lesson.id, { rejectedAnswers: [" provoke ", "", "deter"] });
    const { id } = await saveQuestion(teacher, lesson.id, null, input);
    expect(await storedRejected(id)).toEqual(["provoke", "deter"]);
    const { question } = await getQuestionForEditorOrThrow(teacher, lesson.id, id);
    expect(question.rejectedAnswers).toEqual(["provoke", "deter"]);
    const key = await getLessonForTeacherOrThrow(teacher, lesson.id);
    expect(key.questions.find((q) => q.id === id)?.rejectedAnswers).toEqual(["provoke", "deter"]);

    // Input without the list (an older caller) keeps what is stored; an empty list clears it.
    const { rejectedAnswers: _, ...without } = question;
    await saveQuestion(teacher, lesson.id, id, without);
    expect(await storedRejected(id)).toEqual(["provoke", "deter"]);
    await saveQuestion(teacher, lesson.id, id, { ...question, rejectedAnswers: [] });
    expect(await storedRejected(id)).toEqual([]);
  });

  it("carries them into the new version of an assigned question, and refuses one that is also accepted", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const { id } = await saveQuestion(teacher, lesson.id, null, await shortAnswerInput(lesson.id));
    const cls = await createClassFor(teacher);
    await createAssignments(teacher, { lessonId: lesson.id, classIds: [cls.id], dueAt: days(1) });
    const input = await shortAnswerInput(lesson.id, { rejectedAnswers: ["provoke", "anger"] });
    const saved = await saveQuestion(teacher, lesson.id, id, input);
    expect(saved.id).not.toBe(id);
    expect(await storedRejected(id)).toEqual(["provoke"]);
    expect(await storedRejected(saved.id)).toEqual(["provoke", "anger"]);
    expect(await tryAnswer(teacher, lesson.id, saved.id, { answer: "anger" })).toMatchObject({
      verdict: "wrong",
      refusedAs: "anger",
    });

    const error = await expectAppError(
      saveQuestion(teacher, lesson.id, saved.id, { ...input, rejectedAnswers: ["Encourage"] }),
      "invalid",
    );
    expect(error.fieldErrors?.rejectedAnswers).toEqual(["An answer cannot be both accepted and rejected"]);
    // Other types list none, whatever the editor still holds from before a change of type.
    const single = await singleChoiceInput(lesson.id);
    const other = await saveQuestion(teacher, lesson.id, null, { ...single, rejectedAnswers: ["provoke"] });
    expect(await storedRejected(other.id)).toEqual([]);
  });
});
