import Link from "next/link";
import { AuditNote } from "@/components/lesson/audit-note";
import { ImportAuditSummary } from "@/components/teacher/import-audit-summary";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getImportAuditOrThrow } from "@/lib/content/audit-queries";
import { SKILL_LABELS } from "@/lib/content/schema";
import { PublishLessonForm } from "@/components/teacher/publish-lesson-form";
import { acceptDraftQuestionAction, rejectDraftQuestionAction } from "@/lib/import/actions";
import { getImportReview } from "@/lib/import/queries";
import { notFoundOnAppError } from "@/lib/http/page-errors";

export const metadata = { title: "Review draft lessons" };

export default async function ImportReviewPage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const viewer = await viewerForPage("teacher");
  const [article, audit] = await notFoundOnAppError(
    Promise.all([getImportReview(viewer, articleId), getImportAuditOrThrow(viewer, articleId)]),
  );
  return (
    <>
      <PageHeader title={`Review: ${article.title}`} />
      <p className="mb-6 max-w-prose text-stone-700">
        Accept or reject each generated question, then publish the lesson: it keeps the questions you
        accepted. Each question shows the sentence it was made from.
      </p>
      {article.lessons.map((lesson) => (
        <section
          key={lesson.id}
          aria-labelledby={`lesson-${lesson.id}`}
          className="mb-8 rounded-lg border border-stone-300 bg-white p-5"
        >
          <h2 id={`lesson-${lesson.id}`} className="text-xl font-semibold">
            {lesson.title}{" "}
            <span className="text-sm font-normal text-stone-600">
              ({lesson.status === "draft" ? "draft" : "published"})
            </span>
          </h2>
          <ImportAuditSummary
            lessonId={lesson.id}
            lessonTitle={lesson.title}
            audit={audit.lessons[lesson.id]}
          />
          <ol className="mt-3 flex flex-col gap-3">
            {lesson.questions.map((q, i) => (
              <li key={q.id} className="rounded border border-stone-200 p-3">
                <p className="text-sm text-stone-600">
                  Question {i + 1} · {SKILL_LABELS[q.skill]}
                </p>
                <p>{q.prompt}</p>
                <p className="mt-1 text-sm text-stone-700">Source: “{q.citationText}”</p>
                <AuditNote warnings={audit.warnings[q.id]} label={`Item audit of question ${i + 1}`} />
                {lesson.status === "draft" && (
                  <div className="mt-2 flex items-center gap-4">
                    <p className="text-sm font-medium">{q.acceptedAt ? "Accepted" : "Not decided yet"}</p>
                    <form action={acceptDraftQuestionAction}>
                      <input type="hidden" name="id" value={q.id} />
                      <input type="hidden" name="articleId" value={article.id} />
                      <input type="hidden" name="accepted" value={q.acceptedAt ? "false" : "true"} />
                      <button
                        type="submit"
                        className="underline"
                        aria-label={`${q.acceptedAt ? "Undo accept of" : "Accept"} question ${i + 1}`}
                      >
                        {q.acceptedAt ? "Undo accept" : "Accept"}
                      </button>
                    </form>
                    <Link
                      href={`/teacher/lessons/${lesson.id}/edit/${q.id}`}
                      aria-label={`Edit question ${i + 1}`}
                    >
                      Edit
                    </Link>
                    <form action={rejectDraftQuestionAction}>
                      <input type="hidden" name="id" value={q.id} />
                      <input type="hidden" name="articleId" value={article.id} />
                      <button type="submit" className="underline" aria-label={`Reject question ${i + 1}`}>
                        Reject
                      </button>
                    </form>
                  </div>
                )}
              </li>
            ))}
          </ol>
          {lesson.status === "draft" && (
            <PublishLessonForm
              lessonId={lesson.id}
              undecided={lesson.questions.filter((q) => q.acceptedAt === null).length}
            />
          )}
        </section>
      ))}
    </>
  );
}
