import Link from "next/link";
import { ReleasedReview } from "@/components/student/released-review";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { getAttemptReviewOrThrow } from "@/lib/attempts/queries";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { describeGradedSoFar } from "@/lib/results/provisional";

export const metadata = { title: "Results" };

export default async function AttemptResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const review = await notFoundOnAppError(getAttemptReviewOrThrow(await viewerForPage("student"), attemptId));
  const { attempt } = review;
  const graded = attempt.gradedSoFar;
  return (
    <>
      <PageHeader title={`Results: ${review.title}`} />
      <section
        aria-labelledby="score-heading"
        className="mb-8 rounded-lg border border-stone-300 bg-white p-5"
      >
        <h2 id="score-heading" className="text-xl font-semibold">
          Your score
        </h2>
        {/* A provisional score is shown over the points graded so far, never with ungraded answers as 0. */}
        <p className="mt-2 text-4xl font-semibold" data-testid="score">
          {graded
            ? graded.percent === null
              ? "Not graded yet"
              : `${graded.percent}% so far`
            : `${attempt.percent}%`}
        </p>
        <p className="mt-1 text-stone-700">
          {attempt.points} of {attempt.maxPoints} points · attempt {attempt.number} · submitted{" "}
          {attempt.submittedAt && <LocalTime date={attempt.submittedAt} />}
          {attempt.late && " · late"}
        </p>
        {graded && (
          <p className="mt-2">
            This score is provisional: your teacher has not graded your written answers yet.{" "}
            {describeGradedSoFar(graded)}
          </p>
        )}
        <p className="mt-4">
          <Link href={`/student/assignments/${review.assignmentId}`}>Back to the assignment</Link> ·{" "}
          <Link href="/student">My assignments</Link>
        </p>
      </section>
      {review.items && review.passage ? (
        <ReleasedReview passage={review.passage} items={review.items} highlights={review.highlights} />
      ) : (
        <p className="text-stone-700">
          {review.withheldFor === "attempts_left"
            ? "The correct answers are shown once you have no attempts left on this assignment, or it closes."
            : "Your teacher will release the correct answers later."}
        </p>
      )}
    </>
  );
}
