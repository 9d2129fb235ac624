import Link from "next/link";
import { formatPercent } from "@/components/results/format";
import { ScoreOverTime } from "@/components/results/score-over-time";
import { SkillTable } from "@/components/results/skill-table";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getStudentReport } from "@/lib/results/student-report";
import { gradedSoFarLabel, shortGradedSoFar } from "@/lib/results/provisional";
import { ColumnHeaders } from "@/components/ui/column-headers";

export const metadata = { title: "Student report" };

type Props = { params: Promise<{ classId: string; studentId: string }> };

export default async function StudentReportPage({ params }: Props) {
  const { classId, studentId } = await params;
  const report = await notFoundOnAppError(
    getStudentReport(await viewerForPage("teacher"), classId, studentId),
  );
  const scored = report.attempts.flatMap((a) =>
    // A provisional score is not plotted: its ungraded points would draw as 0.
    a.status === "submitted" && a.percent !== null && a.submittedAt && !a.gradedSoFar
      ? [{ id: a.id, title: a.title, percent: a.percent, submittedAt: a.submittedAt }]
      : [],
  );
  return (
    <>
      <PageHeader title={report.student.displayName} />
      <p className="-mt-4 mb-6">
        <Link href={`/teacher/classes/${report.class.id}`}>Back to {report.class.name}</Link> ·{" "}
        {report.student.username}
        {report.student.leftAt && <> · Left the class</>}
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="over-time-heading">
          <h2 id="over-time-heading" className="mb-3 text-xl font-semibold">
            Score over time
          </h2>
          <ScoreOverTime points={scored} caption="Each submitted attempt's score once graded, oldest first" />
        </section>
        <section aria-labelledby="skills-heading">
          <h2 id="skills-heading" className="mb-3 text-xl font-semibold">
            Results by skill
          </h2>
          <SkillTable
            skills={report.skills}
            caption={`Percent of points per skill for ${report.student.displayName}`}
          />
        </section>
      </div>
      <section aria-labelledby="attempts-heading" className="mt-8">
        <h2 id="attempts-heading" className="mb-3 text-xl font-semibold">
          Every attempt
        </h2>
        {report.attempts.length === 0 ? (
          <p>No attempts yet.</p>
        ) : (
          <table className="w-full text-left">
            <caption className="sr-only">Every attempt with its score and dates</caption>
            <ColumnHeaders labels={["Lesson", "Attempt", "Started", "Submitted", "Score"]} />
            <tbody>
              {report.attempts.map((a) => (
                <tr key={a.id} className="border-b border-stone-200">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    <Link href={`/teacher/assignments/${a.assignmentId}/report`}>{a.title}</Link>
                  </th>
                  <td className="py-1 pr-3">{a.number}</td>
                  <td className="py-1 pr-3">
                    <LocalTime date={a.startedAt} />
                  </td>
                  <td className="py-1 pr-3">
                    {a.submittedAt ? <LocalTime date={a.submittedAt} /> : "In progress"}
                    {a.late && " (late)"}
                  </td>
                  <td className="py-1">
                    {a.status === "submitted" ? (
                      <Link
                        href={`/teacher/attempts/${a.id}`}
                        aria-label={`${a.gradedSoFar ? `Provisional, ${gradedSoFarLabel(a.gradedSoFar)}` : formatPercent(a.percent)}: view and adjust attempt ${a.number} of ${a.title}`}
                      >
                        {a.gradedSoFar
                          ? `Provisional: ${shortGradedSoFar(a.gradedSoFar)}`
                          : formatPercent(a.percent)}
                      </Link>
                    ) : (
                      formatPercent(a.percent)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
