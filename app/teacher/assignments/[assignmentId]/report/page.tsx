import Link from "next/link";
import { formatPercent } from "@/components/results/format";
import { ItemAnalysis } from "@/components/results/item-analysis";
import { LiveProgressTable } from "@/components/results/live-progress-table";
import { ScoreDistribution } from "@/components/results/score-distribution";
import { buttonClass } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getAssignmentReport } from "@/lib/results/assignment-report";
import { getLiveProgress } from "@/lib/results/live-progress";

export const metadata = { title: "Assignment report" };

type Props = { params: Promise<{ assignmentId: string }> };

export default async function AssignmentReportPage({ params }: Props) {
  const { assignmentId } = await params;
  const viewer = await viewerForPage("teacher");
  const [report, progress] = await notFoundOnAppError(
    Promise.all([getAssignmentReport(viewer, assignmentId), getLiveProgress(viewer, assignmentId)]),
  );
  const { assignment, completion, scores } = report;
  // Questions come most missed first: the review opens where the most answers wait for a decision.
  const mostMissedShortAnswer = report.questions.find((q) => q.type === "short_answer");
  const facts: [string, string | number][] = [
    ["Students", completion.enrolled],
    ["Submitted", completion.submitted],
    ["Working", completion.inProgress],
    ["Not started", completion.notStarted],
    ["Missing", completion.missing],
    ["Mean score", formatPercent(scores.mean)],
    ["Median score", formatPercent(scores.median)],
    [
      "Median time to submit",
      completion.medianMinutes === null ? "—" : `${Math.round(completion.medianMinutes)} min`,
    ],
  ];
  return (
    <>
      <PageHeader title={`Report: ${assignment.lesson.title}`}>
        <p className="flex flex-wrap gap-3">
          {completion.needsGrading > 0 && (
            <Link href={`/teacher/assignments/${assignment.id}/grading`} className={buttonClass()}>
              Grade open responses ({completion.needsGrading} to grade)
            </Link>
          )}
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
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {facts.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-stone-300 bg-white p-3">
              <dt className="text-sm text-stone-700">{label}</dt>
              <dd className="text-2xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="distribution-heading">
          <h2 id="distribution-heading" className="mb-3 text-xl font-semibold">
            Score distribution
          </h2>
          {completion.submitted === 0 ? (
            <p>No submissions yet.</p>
          ) : (
            <ScoreDistribution bins={scores.distribution} />
          )}
        </section>
        <section aria-labelledby="live-heading">
          <h2 id="live-heading" className="mb-3 text-xl font-semibold">
            Live progress
          </h2>
          <LiveProgressTable assignmentId={assignment.id} initial={progress} closed={assignment.closed} />
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
    </>
  );
}
