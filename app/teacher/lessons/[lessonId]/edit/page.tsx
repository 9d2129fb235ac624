import Link from "next/link";
import { NewQuestionForm } from "@/components/editor/new-question-form";
import { QuestionOrderList } from "@/components/editor/question-order-list";
import { LessonDetailsForm } from "@/components/teacher/lesson-details-form";
import { ArrivalNotice } from "@/components/ui/arrival-notice";
import { GlossaryEditor } from "@/components/reading/glossary-editor";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getLessonAuditOrThrow } from "@/lib/content/audit-queries";
import { getLessonForEditorOrThrow } from "@/lib/content/editor-queries";
import { notFoundOnAppError, redirectOnForbidden } from "@/lib/http/page-errors";
import { lessonGlossary } from "@/lib/reading/glossary-queries";

export const metadata = { title: "Edit questions" };

type Props = {
  params: Promise<{ lessonId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditLessonPage({ params, searchParams }: Props) {
  const [{ lessonId }, query] = await Promise.all([params, searchParams]);
  const viewer = await viewerForPage("teacher");
  const lesson = await notFoundOnAppError(
    redirectOnForbidden(getLessonForEditorOrThrow(viewer, lessonId), `/teacher/lessons/${lessonId}`),
  );
  // Saving a question returns here, so the audit's notes on it show right after each save.
  const [{ warnings }, glossary] = await Promise.all([
    getLessonAuditOrThrow(viewer, lessonId),
    lessonGlossary(viewer, lessonId),
  ]);
  return (
    <>
      <PageHeader title={`Edit questions: ${lesson.title}`}>
        <Link href={`/teacher/lessons/${lesson.id}`} className="underline">
          Back to the lesson
        </Link>
      </PageHeader>
      {/* Set by the question editor when a save brings the teacher back here. */}
      {query.saved === "question" && <ArrivalNotice param="saved">Question saved.</ArrivalNotice>}
      <LessonDetailsForm lesson={lesson} />
      <NewQuestionForm lessonId={lesson.id} />
      <h2 id="questions-heading" tabIndex={-1} className="mb-2 text-xl font-semibold">
        Questions ({lesson.questions.length})
      </h2>
      <QuestionOrderList
        lessonId={lesson.id}
        questions={lesson.questions.map((q) => ({ ...q, warnings: warnings[q.id] ?? [] }))}
      />
      <section aria-labelledby="glossary-heading" className="mt-8 max-w-prose">
        <h2 id="glossary-heading" className="mb-1 text-xl font-semibold">
          Glossary
        </h2>
        <p className="mb-3 text-stone-700">
          When a student looks up one of these words in the passage, they see your definition instead of the
          dictionary’s.
        </p>
        <GlossaryEditor
          owner={{ lessonId: lesson.id }}
          entries={glossary}
          back={`/teacher/lessons/${lesson.id}/edit`}
        />
      </section>
    </>
  );
}
