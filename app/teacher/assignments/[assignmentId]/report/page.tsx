import Link from "next/link";
import { QueryProvider } from "@/components/query-provider";
import { ItemAnalysis } from "@/components/results/item-analysis";
import { LiveProgressTable } from "@/components/results/live-progress-table";
import { LiveDistribution, LiveGradeLink, LiveSummary } from "@/components/results/live-report-parts";
import { buttonClass } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getAssignmentReport } from "@/lib/results/assignment-report";
import { getLiveReport } from "@/lib/results/live-report";

export const metadata = { title: "Assignment report" };

type Props = { params: Promise<{ assignmentId: string }> };

export default async function AssignmentReportPage({ params }: Props) {
  const { assignmentId } = await params;
  const viewer = await viewerForPage("teacher");
  const [report, live] = await notFoundOnAppError(
    Promise.all([getAssignmentReport(viewer, assignmentId), getLiveReport(viewer, assignmentId)]),
  );
  const { assignment } = report;
  // Every part that changes while students work reads the same polled source, so they never disagree.
  const liveProps = { assignmentId: assignment.id, initial: live, closed: assignment.closed };
  // Questions come most missed first: the review opens where the most answers wait for a decision.
  const mostMissedShortAnswer = report.questions.find((q) => q.type === "short_answer");
  // The query client is this page's alone: no other page polls, so no other page ships react-query.
  return (
    <QueryProvider>
      <PageHeader title={`Report: ${assignment.lesson.title}`}>
        <p className="flex flex-wrap gap-3">
          <LiveGradeLink {...liveProps} />
          {mostMissedShortAnswer && (
            <Link
              href={`/teacher/assignments/${assignment.id}/grading?question=${mostMissedShortAnswer.id}`}
              className={buttonClass("secondary")}
            >
              Review short answers
            </Link>
          )}
          <a
            href={`/teacher/assignments/${assignment.id}/export`}
            className={buttonClass("secondary")}
            download
          >
            Export item analysis (CSV)
          </a>
          <Link
            href={`/teacher/assignments/${assignment.id}/report/reading`}
            className={buttonClass("secondary")}
          >
            Class reading
          </Link>
          <Link href={`/teacher/assignments/${assignment.id}/settings`} className={buttonClass("secondary")}>
            Settings
          </Link>
        </p>
      </PageHeader>
      <p className="-mt-4 mb-6">
        <Link href={`/teacher/classes/${assignment.class.id}`}>Back to {assignment.class.name}</Link> · Due{" "}
        <LocalTime date={assignment.dueAt} />
        {assignment.closed && " · closed"}
      </p>
      <section aria-labelledby="summary-heading" className="mb-8">
        <h2 id="summary-heading" className="mb-3 text-xl font-semibold">
          Summary
        </h2>
        <LiveSummary {...liveProps} />
      </section>
      <div className="grid gap-8 lg:grid-cols-2">
        {/* min-w-0: a grid column may shrink below its content, so the chart fits a phone's width. */}
        <section aria-labelledby="distribution-heading" className="min-w-0">
          <h2 id="distribution-heading" className="mb-3 text-xl font-semibold">
            Score distribution
          </h2>
          <LiveDistribution {...liveProps} />
        </section>
        <section aria-labelledby="live-heading" className="min-w-0">
          <h2 id="live-heading" className="mb-3 text-xl font-semibold">
            Live progress
          </h2>
          <LiveProgressTable {...liveProps} />
        </section>
      </div>
      <section aria-labelledby="items-heading" className="mt-8">
        <h2 id="items-heading" className="mb-1 text-xl font-semibold">
          Questions, most missed first
        </h2>
        <p className="mb-3 text-stone-700">
          Discrimination shows how well a question separates students who did well overall from those who did
          not (point-biserial correlation, −1 to 1). Time on a question is estimated from when each answer was
          last saved after the student&apos;s previous answer.
        </p>
        <ItemAnalysis questions={report.questions} lessonId={assignment.lesson.id} />
      </section>
    </QueryProvider>
  );
}
