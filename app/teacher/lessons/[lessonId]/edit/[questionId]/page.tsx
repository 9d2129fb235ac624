import { QuestionEditor } from "@/components/editor/question-editor";
import { TryAnswerPanel } from "@/components/editor/try-answer-panel";
import { AuditNote } from "@/components/lesson/audit-note";
import { PageHeader } from "@/components/ui/page-header";
import { idSchema } from "@/lib/classes/schema";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getLessonAuditOrThrow } from "@/lib/content/audit-queries";
import { getQuestionForEditorOrThrow } from "@/lib/content/editor-queries";
import { notFoundOnAppError, redirectOnForbidden } from "@/lib/http/page-errors";

export const metadata = { title: "Edit question" };

export default async function EditQuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ lessonId: string; questionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lessonId, questionId } = await params;
  // Opened from an import's review (?review=<article id>): Save and Cancel lead back to the draft there.
  const review = idSchema.safeParse((await searchParams).review);
  const returnTo = review.success ? `/teacher/import/${review.data}#draft-${questionId}` : undefined;
  const viewer = await viewerForPage("teacher");
  const { lesson, question } = await notFoundOnAppError(
    redirectOnForbidden(
      getQuestionForEditorOrThrow(viewer, lessonId, questionId),
      `/teacher/lessons/${lessonId}`,
    ),
  );
  // After the editor's own check (ownership), so a shared lesson still redirects rather than showing its audit.
  const audit = await getLessonAuditOrThrow(viewer, lessonId);
  const { id, assigned, ...initial } = question;
  const position = lesson.questions.findIndex((q) => q.id === id) + 1;
  return (
    <>
      <PageHeader title={`Edit question ${position}: ${lesson.title}`} />
      {assigned && (
        <p role="note" className="mb-4 rounded-md border border-amber-600 bg-amber-50 p-3">
          This question is assigned. Saving makes a new version for future work; submitted work keeps its
          score until you regrade the assignment.
        </p>
      )}
      <div className="mb-4">
        <AuditNote
          warnings={audit.warnings[id]}
          label={`Item audit of question ${position}`}
          title="Item audit of the saved question"
        />
      </div>
      <QuestionEditor
        lessonId={lesson.id}
        questionId={id}
        passage={lesson.passage}
        sentences={lesson.sentences}
        initial={initial}
        returnTo={returnTo}
      />
      <TryAnswerPanel
        lessonId={lesson.id}
        questionId={id}
        type={initial.type}
        choices={initial.choices.map((c) => c.text)}
      />
    </>
  );
}
