import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { manageTeacher } from "../../lib/admin/mutations";
import type { Viewer } from "../../lib/auth/viewer-types";
import { createAssignments } from "../../lib/assignments/mutations";
import { getAssignmentSettingsOrThrow } from "../../lib/assignments/settings-queries";
import { createClass } from "../../lib/classes/mutations";
import { getLessonAuditOrThrow } from "../../lib/content/audit-queries";
import { duplicateLesson } from "../../lib/content/duplicate-lesson";
import { mayUseSharedLessons, requireOwnLesson } from "../../lib/content/lesson-access";
import { getLessonPreviewOrThrow } from "../../lib/content/preview-queries";
import { getLessonForTeacherOrThrow, listLibraryLessons } from "../../lib/content/queries";
import { tryAnswer } from "../../lib/content/try-answer";
import { db } from "../../lib/db";
import { createDraftLessons } from "../../lib/import/mutations";
import { getImportReview } from "../../lib/import/queries";
import { getAssignmentReport } from "../../lib/results/assignment-report";
import { exportClassGradebook } from "../../lib/results/gradebook";
import { exportItemAnalysis } from "../../lib/results/item-analysis-export";
import { getLiveProgress } from "../../lib/results/live-progress";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { classroom, createClassFor, createTeacher } from "../support/factories";
import { createPrivateLesson, days, demoLessons } from "../support/scenario";

const gardens = readFileSync("tests/unit/fixtures/articles/school-gardens.txt", "utf8");

/** A shared demo lesson, one of its questions, and a teacher who signed up and waits for approval, with a class. */
async function newcomerAndSharedLesson() {
  const [shared] = await demoLessons();
  const question = await db.question.findFirstOrThrow({
    where: { lessonId: shared!.id, retiredAt: null, type: "single_choice" },
    select: { id: true },
  });
  const newcomer = await createTeacher({ approved: false });
  const cls = await createClassFor(newcomer);
  return { shared: shared!, questionId: question.id, newcomer, cls };
}

/** Every way a teacher reads or copies a lesson's key, or assigns it (which opens its reports and exports). */
function lessonUses(teacher: Viewer, lessonId: string, questionId: string, classId: string) {
  return {
    "lesson page": () => getLessonForTeacherOrThrow(teacher, lessonId),
    preview: () => getLessonPreviewOrThrow(teacher, lessonId),
    "item audit": () => getLessonAuditOrThrow(teacher, lessonId),
    "try an answer": () => tryAnswer(teacher, lessonId, questionId, { choices: [0] }),
    editor: () => requireOwnLesson(teacher, lessonId),
    duplicate: () => duplicateLesson(teacher, lessonId),
    assign: () => createAssignments(teacher, { lessonId, classIds: [classId], dueAt: days(2) }),
  };
}

async function approve(teacher: Viewer) {
  const admin = await createTeacher();
  await db.user.update({ where: { id: admin.id }, data: { isAdmin: true } });
  await manageTeacher(admin, { intent: "approve", teacherId: teacher.id });
}

describe("a teacher waiting for a school administrator's approval", () => {
  it("gets not_found for every use of a shared lesson, and nothing is written", async () => {
    const { shared, questionId, newcomer, cls } = await newcomerAndSharedLesson();
    for (const [use, call] of Object.entries(lessonUses(newcomer, shared.id, questionId, cls.id))) {
      await expectRefusedWithoutWrites(call, "not_found").catch((e: unknown) => {
        throw new Error(`${use}: ${String(e)}`);
      });
    }
    expect(await mayUseSharedLessons(newcomer)).toBe(false);
    const library = await listLibraryLessons(newcomer);
    expect(library.filter((l) => l.shared)).toEqual([]);
    expect(await listLibraryLessons(newcomer, { skill: "inference" })).toEqual([]);
  });

  it("gets not_found for the reports and exports of another teacher's assignment of a shared lesson", async () => {
    const { newcomer } = await newcomerAndSharedLesson();
    const other = await classroom(1);
    const reads = {
      report: () => getAssignmentReport(newcomer, other.assignment.id),
      "item analysis export": () => exportItemAnalysis(newcomer, other.assignment.id),
      "live progress": () => getLiveProgress(newcomer, other.assignment.id),
      settings: () => getAssignmentSettingsOrThrow(newcomer, other.assignment.id),
      "gradebook export": () => exportClassGradebook(newcomer, other.cls.id),
    };
    for (const [read, call] of Object.entries(reads)) {
      await expectRefusedWithoutWrites(call, "not_found").catch((e: unknown) => {
        throw new Error(`${read}: ${String(e)}`);
      });
    }
  });

  it("creates classes, imports articles and uses their own lessons, reports included", async () => {
    const newcomer = await createTeacher({ approved: false });
    const cls = await createClass(newcomer, { name: "Period 2" });
    const imported = await createDraftLessons(newcomer, { text: gardens, kind: "text" });
    expect((await getImportReview(newcomer, imported.articleId)).lessons.length).toBeGreaterThan(0);

    const own = await createPrivateLesson(newcomer);
    const question = await db.question.findFirstOrThrow({
      where: { lessonId: own.id },
      select: { id: true },
    });
    const uses = lessonUses(newcomer, own.id, question.id, cls.id);
    expect((await uses["lesson page"]()).editable).toBe(true);
    await uses.preview();
    await uses["item audit"]();
    await uses["try an answer"]();
    await uses.duplicate();
    const [assignment] = await uses.assign();
    expect((await getAssignmentReport(newcomer, assignment!.id)).assignment.lesson.id).toBe(own.id);
    await exportItemAnalysis(newcomer, assignment!.id);

    const library = await listLibraryLessons(newcomer);
    expect(library.length).toBeGreaterThanOrEqual(2);
    expect(library.every((l) => !l.shared)).toBe(true);
  });
});

describe("once an administrator approves them", () => {
  it("the teacher opens, previews, duplicates and assigns shared lessons, and reads the report and export", async () => {
    const { shared, questionId, newcomer, cls } = await newcomerAndSharedLesson();
    await approve(newcomer);
    expect(await mayUseSharedLessons(newcomer)).toBe(true);
    const uses = lessonUses(newcomer, shared.id, questionId, cls.id);
    const lesson = await uses["lesson page"]();
    expect(lesson.editable).toBe(false);
    expect(lesson.questions.length).toBeGreaterThan(0);
    await uses.preview();
    await uses["item audit"]();
    await uses["try an answer"]();
    await expectRefusedWithoutWrites(uses.editor, "forbidden");
    await uses.duplicate();
    const [assignment] = await uses.assign();
    expect((await getAssignmentReport(newcomer, assignment!.id)).assignment.lesson.id).toBe(shared.id);
    await exportItemAnalysis(newcomer, assignment!.id);
    expect((await listLibraryLessons(newcomer)).some((l) => l.id === shared.id)).toBe(true);
  });
});
