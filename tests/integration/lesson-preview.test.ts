import { describe, expect, it } from "vitest";
import { getLessonPreviewOrThrow } from "../../lib/content/preview-queries";
import { getLessonForTeacherOrThrow } from "../../lib/content/queries";
import { createStudent, createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { createPrivateLesson, demoLessons } from "../support/scenario";

describe("getLessonPreviewOrThrow", () => {
  it("shows every live question as a student gets it, with nothing of the answer key", async () => {
    const teacher = await createTeacher();
    const lessons = await demoLessons();
    for (const { id } of lessons) {
      const preview = await getLessonPreviewOrThrow(teacher, id);
      const key = await getLessonForTeacherOrThrow(teacher, id);
      expect(preview.questions.map((q) => q.id)).toEqual(key.questions.map((q) => q.id));
      expect(preview.passage).toBe(key.passage);
      // The passage itself may contain an accepted answer (it is where the answer comes from): check the questions.
      const json = JSON.stringify(preview.questions);
      for (const field of ["correct", "explanation", "feedback", "rubric", "acceptedAnswers", "citation"]) {
        expect(json).not.toContain(`"${field}`);
      }
      // Accepted answers are words of the article that prompts may use too ("Afghanistan"): their field is
      // checked above; whole explanations, rubrics and wrong-choice notes must not appear anywhere.
      const secrets = key.questions.flatMap((q) => [
        q.explanation,
        ...(q.rubric ? [q.rubric] : []),
        ...q.choices.flatMap((c) => (c.feedback ? [c.feedback] : [])),
      ]);
      expect(secrets.length).toBeGreaterThan(0);
      for (const secret of secrets) expect(json).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
  });

  it("answers not_found for another teacher's lesson and refuses students", async () => {
    const lesson = await createPrivateLesson(await createTeacher());
    await expectAppError(getLessonPreviewOrThrow(await createTeacher(), lesson.id), "not_found");
    await expectAppError(getLessonPreviewOrThrow(await createStudent(), lesson.id), "forbidden");
  });
});
