import { describe, expect, it } from "vitest";
import { startAttempt } from "../../lib/attempts/mutations";
import { db } from "../../lib/db";
import {
  deleteGlossaryEntry,
  saveAssignmentGlossaryEntry,
  saveLessonGlossaryEntry,
} from "../../lib/reading/glossary-mutations";
import { assignmentGlossary, lessonGlossary } from "../../lib/reading/glossary-queries";
import { lookUpWord, QUIZ_WORD_MESSAGE } from "../../lib/reading/lookup";
import { mostLookedUp, mostLookedUpInLesson } from "../../lib/reading/lookup-stats";
import { wordsAskedBy } from "../../lib/reading/quiz-words";
import { createAssignments } from "../../lib/assignments/mutations";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { createPrivateLesson, twoClassrooms } from "../support/scenario";

const RIVER = "They had a picnic on the bank of the river and watched the water flow.";

/** The first word one of the assignment's vocabulary questions asks about. */
async function quizWord(assignmentId: string): Promise<string> {
  const q = await db.question.findFirstOrThrow({
    where: { skill: "vocabulary", assignmentQuestions: { some: { assignmentId } } },
    select: { prompt: true },
  });
  return wordsAskedBy(q.prompt)[0]!;
}

describe("looking up a word", () => {
  it("gives WordNet's sense for the sentence, and counts a student's lookups per word for the teacher", async () => {
    const world = await twoClassrooms(2);
    const [ada, ben] = world.students as [(typeof world.students)[0], (typeof world.students)[0]];
    const at = { assignmentId: world.assignment.id };
    expect(await lookUpWord(ada, { ...at, word: "Banks", sentence: RIVER })).toEqual({
      status: "found",
      word: "banks",
      lemma: "bank",
      partOfSpeech: "noun",
      definition: "sloping land (especially the slope beside a body of water)",
      example: "they pulled the canoe up on the bank",
      fromGlossary: false,
    });
    await lookUpWord(ben, { ...at, word: "bank", sentence: "I took money to the bank." });
    await lookUpWord(ben, { ...at, word: "river", sentence: RIVER });
    expect(await lookUpWord(ben, { ...at, word: "xyzzy", sentence: "" })).toMatchObject({
      status: "not_found",
    });
    // The teacher's own lookups (a preview) are not the class's.
    await lookUpWord(world.teacher, { ...at, word: "river", sentence: RIVER });

    expect(await mostLookedUp(world.teacher, world.assignment.id)).toEqual([
      { word: "bank", count: 2 },
      { word: "river", count: 1 },
    ]);
    expect(await mostLookedUpInLesson(world.teacher, world.lesson.id)).toEqual([
      { word: "bank", count: 2 },
      { word: "river", count: 1 },
    ]);
    // Another teacher sees neither the assignment's counts nor theirs in the shared lesson's.
    await expectRefusedWithoutWrites(
      () => mostLookedUp(world.otherTeacher, world.assignment.id),
      "not_found",
    );
    expect(await mostLookedUpInLesson(world.otherTeacher, world.lesson.id)).toEqual([]);
  });

  it("counts two lookups of the same word at once as two", async () => {
    const world = await twoClassrooms(1);
    const at = { assignmentId: world.assignment.id, word: "river", sentence: RIVER };
    await Promise.all([lookUpWord(world.students[0]!, at), lookUpWord(world.students[0]!, at)]);
    expect(await mostLookedUp(world.teacher, world.assignment.id)).toEqual([{ word: "river", count: 2 }]);
  });

  it("refuses whoever may not read the assignment or lesson, and writes nothing", async () => {
    const world = await twoClassrooms(1);
    const at = { assignmentId: world.assignment.id, word: "river", sentence: RIVER };
    await expectRefusedWithoutWrites(() => lookUpWord(null, at), "unauthorized");
    await expectRefusedWithoutWrites(() => lookUpWord(world.outsider, at), "not_found");
    await expectRefusedWithoutWrites(() => lookUpWord(world.otherTeacher, at), "not_found");
    await expectRefusedWithoutWrites(
      () => lookUpWord(world.students[0]!, { word: "river", lessonId: world.lesson.id }),
      "not_found",
    );
    const unapproved = await createTeacher({ approved: false });
    await expectRefusedWithoutWrites(
      () => lookUpWord(unapproved, { word: "river", lessonId: world.lesson.id }),
      "not_found",
    );
    for (const bad of [
      { ...at, word: "two words" },
      { ...at, word: "" },
      { ...at, word: 42 },
      { word: "river" },
      { ...at, lessonId: world.lesson.id },
      { ...at, sentence: "x".repeat(5000) },
    ])
      await expectRefusedWithoutWrites(() => lookUpWord(world.students[0]!, bad), "invalid");
  });

  it("answers 'not available during this quiz' for a word a vocabulary question asks, only while an attempt is open", async () => {
    const world = await twoClassrooms(2);
    const [ada, ben] = world.students as [(typeof world.students)[0], (typeof world.students)[0]];
    const word = await quizWord(world.assignment.id);
    const at = { assignmentId: world.assignment.id, word, sentence: "" };
    // The teacher glossary must not leak it either.
    await saveAssignmentGlossaryEntry(world.teacher, world.assignment.id, { word, definition: "THE KEY" });

    await startAttempt(ada, world.assignment.id);
    expect(await lookUpWord(ada, at)).toEqual({ status: "unavailable", word, message: QUIZ_WORD_MESSAGE });
    // Its inflections too, as the lemma matches.
    expect(await lookUpWord(ada, { ...at, word: `${word}s` })).toMatchObject({ status: "unavailable" });
    // Other words still answer during the quiz; a classmate with no attempt open reads the glossary.
    expect(await lookUpWord(ada, { ...at, word: "river" })).toMatchObject({ status: "found" });
    expect(await lookUpWord(ben, at)).toMatchObject({ status: "found", definition: "THE KEY" });
  });
});

describe("the teacher glossary", () => {
  it("takes precedence over WordNet on the teacher's own lesson, for its assignments and its preview", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const cls = await createClassFor(teacher);
    const student = await createStudent(cls.id);
    const [assignment] = await createAssignments(teacher, {
      lessonId: lesson.id,
      classIds: [cls.id],
      dueAt: new Date(Date.now() + 86_400_000),
    });
    await saveLessonGlossaryEntry(teacher, lesson.id, {
      word: "Bank",
      definition: "The edge of the river in this story.",
      example: "The otters live on the bank.",
    });
    const expected = {
      status: "found",
      lemma: "bank",
      partOfSpeech: null,
      definition: "The edge of the river in this story.",
      example: "The otters live on the bank.",
      fromGlossary: true,
    };
    expect(
      await lookUpWord(student, { assignmentId: assignment!.id, word: "banks", sentence: RIVER }),
    ).toMatchObject(expected);
    expect(await lookUpWord(teacher, { lessonId: lesson.id, word: "bank" })).toMatchObject(expected);
    // Saving the word again replaces its entry.
    await saveLessonGlossaryEntry(teacher, lesson.id, { word: "bank", definition: "Riverside." });
    expect(await lessonGlossary(teacher, lesson.id)).toEqual([
      expect.objectContaining({ word: "bank", definition: "Riverside.", example: null }),
    ]);
  });

  it("is per assignment on a shared lesson, whose own glossary no teacher may edit", async () => {
    const world = await twoClassrooms(1);
    const student = world.students[0]!;
    await expectRefusedWithoutWrites(
      () => saveLessonGlossaryEntry(world.teacher, world.lesson.id, { word: "bank", definition: "x" }),
      "forbidden",
    );
    await saveAssignmentGlossaryEntry(world.teacher, world.assignment.id, {
      word: "river",
      definition: "Our class's river.",
    });
    const river = { word: "river", sentence: RIVER };
    expect(await lookUpWord(student, { assignmentId: world.assignment.id, ...river })).toMatchObject({
      definition: "Our class's river.",
      fromGlossary: true,
    });
    // The other class's assignment of the same lesson keeps WordNet's.
    expect(
      await lookUpWord(world.outsider, { assignmentId: world.otherAssignment.id, ...river }),
    ).toMatchObject({ fromGlossary: false });

    const [entry] = await assignmentGlossary(world.teacher, world.assignment.id);
    await expectRefusedWithoutWrites(
      () =>
        saveAssignmentGlossaryEntry(world.otherTeacher, world.assignment.id, { word: "x", definition: "y" }),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () => deleteGlossaryEntry(world.otherTeacher, { entryId: entry!.id }),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () =>
        saveAssignmentGlossaryEntry(world.teacher, world.assignment.id, { word: "river", definition: "" }),
      "invalid",
    );
    await expectRefusedWithoutWrites(() => deleteGlossaryEntry(student, { entryId: entry!.id }), "forbidden");
    await deleteGlossaryEntry(world.teacher, { entryId: entry!.id });
    expect(await assignmentGlossary(world.teacher, world.assignment.id)).toEqual([]);
  });

  it("saves the same word sent twice at once as one entry", async () => {
    const world = await twoClassrooms(1);
    const entry = { word: "river", definition: "Ours." };
    await Promise.all([
      saveAssignmentGlossaryEntry(world.teacher, world.assignment.id, entry),
      saveAssignmentGlossaryEntry(world.teacher, world.assignment.id, entry),
    ]);
    expect(await assignmentGlossary(world.teacher, world.assignment.id)).toHaveLength(1);
  });
});
