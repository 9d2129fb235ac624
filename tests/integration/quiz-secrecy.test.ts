import { openChoiceId } from "../../lib/attempts/opaque-ids";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getQuizForStudentOrThrow } from "../../lib/attempts/queries";
import { startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { createAssignments } from "../../lib/assignments/mutations";
import { expectAppError } from "../support/expect-app-error";
import { createAssignmentRow, days, demoLessons, twoClassrooms } from "../support/scenario";

const SECRET_KEYS = [
  "correct",
  "feedback",
  "explanation",
  "acceptedAnswers",
  "rejectedAnswers",
  "rubric",
  "citation",
  "citationText",
];

function allKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, out));
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      allKeys(v, out);
    }
  }
  return out;
}

/** Every demo lesson assigned to one class, and `n` of its students with an open attempt on each. */
async function openAttemptsOnAllLessons(n: number) {
  const world = await twoClassrooms(n);
  const lessons = await demoLessons();
  const assignments = await createAssignments(world.teacher, {
    lessonId: lessons[1]!.id,
    classIds: [world.cls.id],
    dueAt: days(2),
  });
  const rest = await Promise.all(
    lessons.slice(2).map((l) => createAssignmentRow(world.teacher, world.cls.id, l.id)),
  );
  const assignmentIds = [world.assignment.id, ...assignments.map((a) => a.id), ...rest.map((a) => a.id)];
  for (const s of world.students) for (const id of assignmentIds) await startAttempt(s, id);
  return { ...world, assignmentIds };
}

describe("getQuizForStudentOrThrow during an open attempt", () => {
  it("never sends answer keys, feedback, explanations, rubrics or citations", async () => {
    const { students, assignmentIds } = await openAttemptsOnAllLessons(1);
    const student = students[0]!;
    for (const id of assignmentIds) {
      const quiz = await getQuizForStudentOrThrow(student, id);
      expect(quiz.attempt?.questions.length).toBeGreaterThan(0);
      const keys = allKeys(quiz);
      for (const secret of SECRET_KEYS) expect(keys.has(secret), `key "${secret}" leaked`).toBe(false);
      const json = JSON.stringify(quiz);
      expect(json).not.toMatch(/"correct"\s*:/);
      expect(json).not.toMatch(/"(explanation|feedback|rubric|acceptedAnswers|citation\w*)"\s*:/);
      for (const q of quiz.attempt!.questions) {
        for (const c of q.choices) expect(Object.keys(c).sort()).toEqual(["id", "text"]);
      }
      // The secret texts themselves are absent too, whatever key they might hide under.
      const questionIds = quiz.attempt!.questions.map((q) => q.id);
      const stored = await db.question.findMany({
        where: { id: { in: questionIds } },
        select: { explanation: true, rubric: true, choices: { select: { feedback: true } } },
      });
      for (const q of stored) {
        for (const secret of [q.explanation, q.rubric, ...q.choices.map((c) => c.feedback)]) {
          if (secret) expect(json).not.toContain(secret);
        }
      }
    }
  });

  it("shuffles ordering items away from their stored (correct) order, stably per attempt", async () => {
    // Four students, so twelve or more ordering items are seen whether the lessons hold three or four of them.
    const { students, assignmentIds } = await openAttemptsOnAllLessons(4);
    let seen = 0;
    let shuffled = 0;
    for (const student of students) {
      for (const id of assignmentIds) {
        const quiz = await getQuizForStudentOrThrow(student, id);
        for (const q of quiz.attempt!.questions.filter((x) => x.type === "ordering")) {
          const stored = await db.choice.findMany({
            where: { questionId: q.id },
            orderBy: { position: "asc" },
          });
          // Shown ids are sealed for the attempt; opened, they are the stored ones in the order shown.
          const shown = q.choices.map((c) => openChoiceId(quiz.attempt!.id, c.id)!);
          expect([...shown].sort()).toEqual(stored.map((c) => c.id).sort());
          seen++;
          if (shown.join() !== stored.map((c) => c.id).join()) shuffled++;
          const again = await getQuizForStudentOrThrow(student, id);
          expect(again.attempt!.questions.find((x) => x.id === q.id)!.choices).toEqual(q.choices);
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(12);
    expect(shuffled).toBeGreaterThanOrEqual(Math.ceil(seen * 0.75));
  });

  it("keeps questions in assignment order when shuffling is off", async () => {
    const { students, assignment } = await twoClassrooms(1);
    await startAttempt(students[0]!, assignment.id);
    const quiz = await getQuizForStudentOrThrow(students[0]!, assignment.id);
    const order = await db.assignmentQuestion.findMany({
      where: { assignmentId: assignment.id },
      orderBy: { position: "asc" },
    });
    expect(quiz.attempt!.questions.map((q) => q.id)).toEqual(order.map((q) => q.questionId));
  });
});

describe("getQuizForStudentOrThrow outside an attempt", () => {
  it("offers a start before any attempt and lists a submission afterwards, without keys", async () => {
    const { students, assignment } = await twoClassrooms(1);
    const student = students[0]!;
    const before = await getQuizForStudentOrThrow(student, assignment.id);
    expect(before).toMatchObject({ canStart: true, attempt: null, submitted: [] });
    await submitAttempt(student, (await startAttempt(student, assignment.id)).id);
    const after = await getQuizForStudentOrThrow(student, assignment.id);
    expect(after).toMatchObject({ canStart: false, attempt: null });
    expect(after.submitted).toHaveLength(1);
    expect(JSON.stringify(after)).not.toMatch(/"(correct|explanation|feedback|rubric)"\s*:/);
  });

  it("answers not_found for another class's assignment and one not yet open", async () => {
    const { teacher, cls, lesson, students, outsider, assignment } = await twoClassrooms(1);
    const future = await createAssignmentRow(teacher, cls.id, lesson.id, { openAt: days(1), dueAt: days(2) });
    await expectAppError(getQuizForStudentOrThrow(outsider, assignment.id), "not_found");
    await expectAppError(getQuizForStudentOrThrow(students[0]!, future.id), "not_found");
    await expectAppError(getQuizForStudentOrThrow(students[0]!, "cmissing000000000000000000"), "not_found");
  });

  it("refuses teachers (forbidden) and anonymous callers (unauthorized)", async () => {
    const { teacher, otherTeacher, assignment } = await twoClassrooms(1);
    await expectAppError(getQuizForStudentOrThrow(teacher, assignment.id), "forbidden");
    await expectAppError(getQuizForStudentOrThrow(otherTeacher, assignment.id), "forbidden");
    await expectAppError(getQuizForStudentOrThrow(null, assignment.id), "unauthorized");
  });
});
