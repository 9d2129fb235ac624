import Link from "next/link";
import { ImportAuditSummary } from "@/components/teacher/import-audit-summary";
import { LessonDraftReview } from "@/components/teacher/lesson-draft-review";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getImportAuditOrThrow } from "@/lib/content/audit-queries";
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
        accepted. Each question shows its choices with the key marked, the feedback for each wrong choice and
        the sentence it was made from.
      </p>
      {article.lessons.map((lesson) => (
        <section
          key={lesson.id}
          id={`lesson-${lesson.id}`}
          aria-labelledby={`lesson-${lesson.id}-title`}
          className="mb-8 scroll-mt-4 rounded-lg border border-stone-300 bg-white p-3 sm:p-5"
        >
          <h2 id={`lesson-${lesson.id}-title`} className="text-xl font-semibold">
            {lesson.title}{" "}
            <span className="text-sm font-normal text-stone-600">
              ({lesson.status === "draft" ? "draft" : "published"})
            </span>
          </h2>
          {lesson.status === "published" && (
            <p className="mt-2">
              Published.{" "}
              <Link href={`/teacher/lessons/${lesson.id}#assign`} className="font-semibold">
                Assign {lesson.title}
              </Link>
            </p>
          )}
          <ImportAuditSummary
            lessonId={lesson.id}
            lessonTitle={lesson.title}
            audit={audit.lessons[lesson.id]}
          />
          <LessonDraftReview
            articleId={article.id}
            lesson={lesson}
            warnings={Object.fromEntries(
              lesson.questions.flatMap((q) => (audit.warnings[q.id] ? [[q.id, audit.warnings[q.id]!]] : [])),
            )}
          />
        </section>
      ))}
    </>
  );
}
