import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importQuestionUpload } from "../../lib/content/question-import";
import { listLibraryLessons } from "../../lib/content/queries";
import { db } from "../../lib/db";
import {
  confirmImportedCitation,
  getCitationReviewOrThrow,
  rejectImportedQuestion,
} from "../../lib/interchange/citation-review";
import { publishDraftLesson } from "../../lib/import/mutations";
import { createStudent, createTeacher, ensureDemoContent } from "../support/factories";
import { expectRefusedWithoutWrites } from "../support/db-state";

const aiken = {
  format: "aiken",
  data: readFileSync("tests/fixtures/interchange/aiken/every-construct.txt").toString("base64"),
};

/** A teacher's draft lesson on the first demo lesson's passage, with the Aiken fixture's 3 questions imported. */
async function importedDraft() {
  const teacher = await createTeacher();
  const shared = await ensureDemoContent();
  const {
    id: _,
    createdAt: __,
    updatedAt: ___,
    ...columns
  } = await db.lesson.findUniqueOrThrow({
    where: { id: shared.id },
  });
  const lesson = await db.lesson.create({ data: { ...columns, status: "draft", ownerId: teacher.id } });
  const result = await importQuestionUpload(teacher, lesson.id, aiken);
  if (!result.ok || result.added !== 3) throw new Error("the fixture did not import");
  return { teacher, lesson, review: await getCitationReviewOrThrow(teacher, lesson.id) };
}

describe("the imported questions' citation review", () => {
  it("proposes a passage sentence for each draft, and confirming another one stores it and accepts", async () => {
    const { teacher, lesson, review } = await importedDraft();
    expect(review.questions).toHaveLength(3);
    for (const q of review.questions) {
      expect(q.accepted).toBe(false);
      expect(review.sentences.some((s) => s.start === q.citation.start && s.end === q.citation.end)).toBe(
        true,
      );
    }
    const [first] = review.questions;
    const other = review.sentences.find((s) => s.start > 0 && s.start !== first!.citation.start)!;
    // A sloppy selection: the spaces around the sentence are trimmed away.
    await confirmImportedCitation(teacher, { id: first!.id, start: other.start - 1, end: other.end + 1 });
    const stored = await db.question.findUniqueOrThrow({ where: { id: first!.id } });
    expect(stored.acceptedAt).not.toBeNull();
    expect(stored.citationText).toBe(other.text);
    expect(stored.citationStart).toBe(other.start + lesson.passageStart);
    expect(stored.citationEnd).toBe(other.end + lesson.passageStart);
    const after = await getCitationReviewOrThrow(teacher, lesson.id);
    expect(after.questions.filter((q) => !q.accepted)).toHaveLength(2);
    // The library sends the teacher here, not to the import review of an article that is not theirs.
    const listed = (await listLibraryLessons(teacher)).find((l) => l.id === lesson.id);
    expect(listed).toMatchObject({ ownArticle: false, reviewCount: 2, status: "draft" });
  });

  it("refuses a span outside the passage, and the two identical calls at once both answer", async () => {
    const { teacher, review } = await importedDraft();
    const q = review.questions[0]!;
    await expectRefusedWithoutWrites(
      () => confirmImportedCitation(teacher, { id: q.id, start: 0, end: review.passage.length + 10 }),
      "invalid",
    );
    await expectRefusedWithoutWrites(
      () => confirmImportedCitation(teacher, { id: q.id, start: 3, end: 3 }),
      "invalid",
    );
    await expectRefusedWithoutWrites(
      () => confirmImportedCitation(teacher, { id: q.id, start: "x", end: [] }),
      "invalid",
    );
    const call = () => confirmImportedCitation(teacher, { id: q.id, ...q.citation });
    const results = await Promise.all([call(), call()]);
    expect(results.map((r) => r.id)).toEqual([q.id, q.id]);
  });

  it("is not found for another teacher and refused to a student, writing nothing", async () => {
    const { lesson, review } = await importedDraft();
    const stranger = await createTeacher();
    const student = await createStudent();
    const q = review.questions[0]!;
    await expectRefusedWithoutWrites(() => getCitationReviewOrThrow(stranger, lesson.id), "not_found");
    await expectRefusedWithoutWrites(
      () => confirmImportedCitation(stranger, { id: q.id, ...q.citation }),
      "not_found",
    );
    await expectRefusedWithoutWrites(() => rejectImportedQuestion(stranger, { id: q.id }), "not_found");
    await expectRefusedWithoutWrites(
      () => confirmImportedCitation(student, { id: q.id, ...q.citation }),
      "forbidden",
    );
  });

  it("publishes once every draft is accepted or rejected, keeping the accepted ones", async () => {
    const { teacher, lesson, review } = await importedDraft();
    const [a, b, c] = review.questions;
    await confirmImportedCitation(teacher, { id: a!.id, ...a!.citation });
    await rejectImportedQuestion(teacher, { id: b!.id });
    // A rejected draft stays in the review, so the questions after it keep their numbers.
    const midway = await getCitationReviewOrThrow(teacher, lesson.id);
    expect(midway.questions.map((q) => [q.id, q.accepted, q.rejected])).toEqual([
      [a!.id, true, false],
      [b!.id, false, true],
      [c!.id, false, false],
    ]);
    await expectRefusedWithoutWrites(() => publishDraftLesson(teacher, { id: lesson.id }), "invalid");
    await confirmImportedCitation(teacher, { id: c!.id, ...c!.citation });
    await publishDraftLesson(teacher, { id: lesson.id });
    const live = await db.question.findMany({ where: { lessonId: lesson.id, retiredAt: null } });
    expect(live.map((q) => q.id).sort()).toEqual([a!.id, c!.id].sort());
    // A published lesson has no review any more.
    await expectRefusedWithoutWrites(() => getCitationReviewOrThrow(teacher, lesson.id), "not_found");
  });
});
