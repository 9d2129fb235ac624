import Link from "next/link";
import { describeGradedSoFar } from "@/lib/results/provisional";
import { formatPercent } from "@/components/results/format";
import { GradeResponseForm } from "@/components/results/grade-response-form";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getAttemptForTeacher } from "@/lib/results/teacher-attempt";

export const metadata = { title: "Attempt" };

export default async function TeacherAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const data = await notFoundOnAppError(getAttemptForTeacher(await viewerForPage("teacher"), attemptId));
  const { attempt, assignment } = data;
  return (
    <>
      <PageHeader title={`${attempt.student.displayName}: ${assignment.title}`} />
      <p className="-mt-4 mb-6">
        <Link href={`/teacher/classes/${assignment.class.id}/students/${attempt.student.id}`}>
          Back to {attempt.student.displayName}&apos;s report
        </Link>{" "}
        · attempt {attempt.number} · submitted{" "}
        {attempt.submittedAt && <LocalTime date={attempt.submittedAt} />}
        {attempt.late && " (late)"}
      </p>
      {data.gradedSoFar ? (
        // Not yet a score: the percent of what is graded, and the points still to grade.
        <p className="mb-6" data-testid="attempt-score">
          <span className="text-2xl font-semibold">Provisional</span> {describeGradedSoFar(data.gradedSoFar)}
        </p>
      ) : (
        <p className="mb-6 text-2xl font-semibold" data-testid="attempt-score">
          {formatPercent(attempt.percent)}{" "}
          <span className="text-base font-normal">
            ({attempt.points} of {attempt.maxPoints} points)
          </span>
        </p>
      )}
      <p className="mb-4 max-w-prose text-stone-700">
        Changing the points of an answer rescores the attempt and is recorded with your name, the time, and
        the old and new points.
      </p>
      <ol className="flex flex-col gap-4">
        {data.items.map((item) => (
          <li key={item.questionId} className="rounded-lg border border-stone-300 bg-white p-4">
            <article aria-labelledby={`q-${item.questionId}`}>
              <h2 id={`q-${item.questionId}`} className="font-semibold">
                Question {item.number}: {item.prompt}
              </h2>
              <dl className="mt-2 grid gap-1 sm:grid-cols-[10rem_minmax(0,1fr)]">
                <dt className="text-stone-700">Answer</dt>
                <dd className="whitespace-pre-line">
                  {item.answer.length > 0 ? item.answer.join("; ") : "(no answer)"}
                </dd>
                {item.key.length > 0 && (
                  <>
                    <dt className="text-stone-700">Key</dt>
                    <dd>{item.key.join("; ")}</dd>
                  </>
                )}
                <dt className="text-stone-700">Points</dt>
                <dd>
                  {item.response?.points ?? (item.response ? "not graded yet" : 0)} of {item.maxPoints}
                </dd>
              </dl>
              {item.response && (
                <GradeResponseForm
                  assignmentId={assignment.id}
                  response={item.response}
                  maxPoints={item.maxPoints}
                  studentName={attempt.student.displayName}
                />
              )}
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
