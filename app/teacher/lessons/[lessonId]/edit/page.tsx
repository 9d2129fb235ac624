import Link from "next/link";
import { QuestionOrderList } from "@/components/editor/question-order-list";
import { TYPE_OPTIONS } from "@/components/lesson/type-options";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getLessonAuditOrThrow } from "@/lib/content/audit-queries";
import { getLessonForEditorOrThrow } from "@/lib/content/editor-queries";
import { notFoundOnAppError, redirectOnForbidden } from "@/lib/http/page-errors";

export const metadata = { title: "Edit questions" };

export default async function EditLessonPage({ params }: { params: Promise<{ lessonId: string }> }) {
  const { lessonId } = await params;
  const viewer = await viewerForPage("teacher");
  const lesson = await notFoundOnAppError(
    redirectOnForbidden(getLessonForEditorOrThrow(viewer, lessonId), `/teacher/lessons/${lessonId}`),
  );
  // Saving a question returns here, so the audit's notes on it show right after each save.
  const { warnings } = await getLessonAuditOrThrow(viewer, lessonId);
  return (
    <>
      <PageHeader title={`Edit questions: ${lesson.title}`}>
        <Link href={`/teacher/lessons/${lesson.id}`} className="underline">
          Back to the lesson
        </Link>
      </PageHeader>
      <form
        method="get"
        action={`/teacher/lessons/${lesson.id}/edit/new`}
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-300 bg-white p-4"
      >
        <SelectField id="new-type" name="type" label="New question type" options={TYPE_OPTIONS} />
        <button type="submit" className={buttonClass("primary")}>
          Add a question
        </button>
      </form>
      <h2 id="questions-heading" tabIndex={-1} className="mb-2 text-xl font-semibold">
        Questions ({lesson.questions.length})
      </h2>
      <QuestionOrderList
        lessonId={lesson.id}
        questions={lesson.questions.map((q) => ({ ...q, warnings: warnings[q.id] ?? [] }))}
      />
    </>
  );
}
