import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import type { Viewer } from "../../lib/auth/viewer-types";
import { updateAssignment } from "../../lib/assignments/edit-mutations";
import { createAssignments } from "../../lib/assignments/mutations";
import { removeStudent } from "../../lib/classes/roster";
import { db } from "../../lib/db";
import { saveHighlight } from "../../lib/reading/highlights-mutations";
import { getClassReading, getOwnHighlights } from "../../lib/reading/highlights-queries";
import { passageSentences, sentenceList } from "../../lib/reading/passage-sentences";
import { getAssignmentReport } from "../../lib/results/assignment-report";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { expectAppError } from "../support/expect-app-error";
import { twoClassrooms } from "../support/scenario";

/** A class of three with the demo lesson assigned, its passage's sentences, and a way to save highlights. */
async function readingClass() {
  const world = await twoClassrooms(3);
  const { passage } = await db.lesson.findUniqueOrThrow({
    where: { id: world.lesson.id },
    select: { passage: true },
  });
  const sentences = sentenceList(passageSentences(passage));
  const save = (student: Viewer, over: Record<string, unknown> = {}) =>
    saveHighlight(student, {
      id: randomUUID(),
      lessonId: world.lesson.id,
      assignmentId: world.assignment.id,
      start: sentences[1]!.start,
      end: sentences[1]!.end,
      color: "yellow",
      note: "",
      version: 10,
      deleted: false,
      ...over,
    });
  return { ...world, passage, sentences, save };
}

const own = async (student: Viewer, assignmentId: string) =>
  (await getOwnHighlights(student, assignmentId)).target.initial;

describe("saveHighlight", () => {
  it("stores a highlight with its colour, note and the passage text it covers, for the student's own page", async () => {
    const { students, assignment, lesson, sentences, save } = await readingClass();
    const id = randomUUID();
    expect(await save(students[0]!, { id, color: "green", note: "The main claim" })).toEqual({
      saved: true,
      version: 10,
    });
    const row = await db.highlight.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      studentId: students[0]!.id,
      lessonId: lesson.id,
      assignmentId: assignment.id,
      quote: sentences[1]!.text,
      color: "green",
      note: "The main claim",
      deletedAt: null,
    });
    expect(await own(students[0]!, assignment.id)).toEqual([
      expect.objectContaining({
        id,
        start: sentences[1]!.start,
        end: sentences[1]!.end,
        note: "The main claim",
      }),
    ]);
  });

  it("is versioned like answers: a newer save replaces, an older or repeated one changes nothing", async () => {
    const { students, save } = await readingClass();
    const id = randomUUID();
    await save(students[0]!, { id, version: 20, note: "second" });
    expect(await save(students[0]!, { id, version: 10, note: "first, arriving late" })).toEqual({
      saved: false,
      version: 20,
    });
    expect(await save(students[0]!, { id, version: 20, note: "second" })).toEqual({
      saved: false,
      version: 20,
    });
    expect((await db.highlight.findUniqueOrThrow({ where: { id } })).note).toBe("second");
    expect(await save(students[0]!, { id, version: 30, color: "pink", note: "third" })).toEqual({
      saved: true,
      version: 30,
    });
    expect(await db.highlight.findUniqueOrThrow({ where: { id } })).toMatchObject({
      color: "pink",
      version: 30,
    });
  });

  it("keeps a deleted highlight deleted when an older save arrives after the delete", async () => {
    const { students, assignment, save } = await readingClass();
    const id = randomUUID();
    await save(students[0]!, { id, version: 10 });
    await save(students[0]!, { id, version: 30, deleted: true });
    expect(await save(students[0]!, { id, version: 20, note: "late edit" })).toEqual({
      saved: false,
      version: 30,
    });
    expect(await own(students[0]!, assignment.id)).toEqual([]);
  });

  it("keeps one student's highlights from every other student", async () => {
    const { students, outsider, assignment, otherAssignment, save } = await readingClass();
    const id = randomUUID();
    await save(students[0]!, { id, note: "mine" });
    // A classmate sending the same id cannot take it over or learn it exists.
    await expectRefusedWithoutWrites(
      () => save(students[1]!, { id, version: 99, note: "taken" }),
      "not_found",
    );
    expect(await own(students[1]!, assignment.id)).toEqual([]);
    // A student of another class cannot highlight this class's assignment, nor read it.
    await expectRefusedWithoutWrites(() => save(outsider), "not_found");
    await expectAppError(getOwnHighlights(outsider, assignment.id), "not_found");
    // ...and a lesson id paired with an assignment of another lesson or class is refused too.
    await expectRefusedWithoutWrites(
      () => save(students[0]!, { assignmentId: otherAssignment.id }),
      "not_found",
    );
  });

  it("refuses a student who has left the class, though they keep their earlier highlights", async () => {
    const { teacher, cls, students, assignment, save } = await readingClass();
    const id = randomUUID();
    await save(students[0]!, { id, note: "before leaving" });
    await removeStudent(teacher, cls.id, { studentId: students[0]!.id });
    await expectRefusedWithoutWrites(() => save(students[0]!), "not_found");
    await expectRefusedWithoutWrites(
      () => save(students[0]!, { id, version: 99, note: "after" }),
      "not_found",
    );
    expect(await db.highlight.findUniqueOrThrow({ where: { id } })).toMatchObject({ note: "before leaving" });
    expect((await own(students[0]!, assignment.id)).map((h) => h.note)).toEqual(["before leaving"]);
  });

  it("refuses teachers, text outside the passage and bad input, writing nothing", async () => {
    const { teacher, students, passage, save } = await readingClass();
    await expectRefusedWithoutWrites(() => save(teacher), "forbidden");
    await expectRefusedWithoutWrites(
      () => save(students[0]!, { start: passage.length + 1, end: passage.length + 5 }),
      "invalid",
    );
    await expectRefusedWithoutWrites(() => save(students[0]!, { start: 5, end: 5 }), "invalid");
    await expectRefusedWithoutWrites(() => save(students[0]!, { color: "red" }), "invalid");
    await expectRefusedWithoutWrites(() => save(students[0]!, { note: "x".repeat(5000) }), "invalid");
    await expectRefusedWithoutWrites(() => save(students[0]!, { id: "not-a-uuid" }), "invalid");
  });

  it("answers two identical saves at once with one row", async () => {
    const { students, save } = await readingClass();
    const id = randomUUID();
    const results = await Promise.all([save(students[0]!, { id }), save(students[0]!, { id })]);
    expect(results.map((r) => r.version)).toEqual([10, 10]);
    expect(await db.highlight.count({ where: { id } })).toBe(1);
  });
});

describe("getClassReading", () => {
  it("counts each student once per sentence and marks cited sentences with the report's percent correct", async () => {
    const { teacher, students, assignment, sentences, save } = await readingClass();
    const [a, b, c] = students as [Viewer, Viewer, Viewer];
    await save(a, { note: "Why?" });
    await save(a, { start: sentences[1]!.start, end: sentences[1]!.start + 5, color: "blue" });
    await save(b);
    await save(c, { start: sentences[2]!.start, end: sentences[2]!.end });
    const gone = randomUUID();
    await save(c, { id: gone, start: sentences[3]!.start, end: sentences[3]!.end });
    await save(c, { id: gone, version: 11, deleted: true });
    // One student answers, so the report has a percent correct to show.
    const { id: attemptId } = await startAttempt(a, assignment.id);
    await submitAttempt(a, attemptId);

    const reading = await getClassReading(teacher, assignment.id);
    expect(reading.heat).toEqual({ [sentences[1]!.sentence]: 2, [sentences[2]!.sentence]: 1 });
    expect(reading.enrolled).toBe(3);

    const report = await getAssignmentReport(teacher, assignment.id);
    const shown = Object.values(reading.cited).flat();
    expect(shown.length).toBeGreaterThan(0);
    for (const q of shown) {
      expect(q.percentCorrect).toBe(report.questions.find((r) => r.number === q.number)!.percentCorrect);
    }

    const byStudent = Object.fromEntries(reading.students.map((s) => [s.studentId, s.highlights]));
    expect(byStudent[a.id]).toEqual([
      expect.objectContaining({ note: "Why?", quote: sentences[1]!.text }),
      expect.objectContaining({ color: "blue" }),
    ]);
    expect(byStudent[c.id]).toHaveLength(1);
    expect(byStudent[b.id]).toHaveLength(1);
  });

  it("is for the class's teachers only", async () => {
    const { otherTeacher, students, assignment, save } = await readingClass();
    await save(students[0]!, { note: "private to my teacher" });
    await expectAppError(getClassReading(otherTeacher, assignment.id), "not_found");
    await expectAppError(getClassReading(students[0]!, assignment.id), "forbidden");
    await expectAppError(getClassReading(null, assignment.id), "unauthorized");
  });
});

describe("assignment instructions", () => {
  it("are set when assigning, shown to the students, changed or cleared when editing, and length-checked", async () => {
    const { teacher, cls, students, lesson } = await readingClass();
    const [made] = await createAssignments(teacher, {
      lessonId: lesson.id,
      classIds: [cls.id],
      dueAt: new Date(Date.now() + 86_400_000),
      instructions: "  Highlight the author's main claim.  ",
    });
    const shown = async () => (await getOwnHighlights(students[0]!, made!.id)).instructions;
    expect(await shown()).toBe("Highlight the author's main claim.");
    const settings = { dueAt: new Date(Date.now() + 86_400_000) };
    await updateAssignment(teacher, made!.id, { ...settings, instructions: "Underline each cause." });
    expect(await shown()).toBe("Underline each cause.");
    await updateAssignment(teacher, made!.id, settings);
    expect(await shown(), "absent leaves them as they are").toBe("Underline each cause.");
    await expectRefusedWithoutWrites(
      () => updateAssignment(teacher, made!.id, { ...settings, instructions: "x".repeat(1001) }),
      "invalid",
    );
    await updateAssignment(teacher, made!.id, { ...settings, instructions: "" });
    expect(await shown()).toBeNull();
  });
});
