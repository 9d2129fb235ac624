import Link from "next/link";
import { CitationReview } from "@/components/lesson/citation-review";
import { ImportAuditSummary } from "@/components/teacher/import-audit-summary";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getLessonAuditOrThrow } from "@/lib/content/audit-queries";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getCitationReviewOrThrow } from "@/lib/interchange/citation-review";

export const metadata = { title: "Review imported questions" };

export default async function CitationReviewPage({ params }: { params: Promise<{ lessonId: string }> }) {
  const { lessonId } = await params;
  const viewer = await viewerForPage("teacher");
  const [review, audit] = await notFoundOnAppError(
    Promise.all([getCitationReviewOrThrow(viewer, lessonId), getLessonAuditOrThrow(viewer, lessonId)]),
  );
  return (
    <>
      <p className="mb-2">
        <Link href={`/teacher/lessons/${review.id}`}>← {review.title}</Link>
      </p>
      <PageHeader title={`Review: ${review.title}`} />
      <p className="mb-6 max-w-prose text-stone-700">
        Every question cites the passage. Lectern proposed, for each imported question, the sentence sharing
        most words with it and its answer: keep it or choose another, then accept the question, or reject it.
        Questions stay drafts, seen by no student, until you accept them and publish the lesson.
      </p>
      <ImportAuditSummary lessonId={review.id} lessonTitle={review.title} audit={audit} />
      <CitationReview review={review} />
    </>
  );
}
