import Link from "next/link";
import { formatPercent } from "@/components/results/format";
import { ScoreOverTime } from "@/components/results/score-over-time";
import { SkillTable } from "@/components/results/skill-table";
import { GradedSoFarScore } from "@/components/results/graded-so-far";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getMyProgress } from "@/lib/results/student-report";

export const metadata = { title: "My progress" };

export default async function MyProgressPage() {
  const progress = await getMyProgress(await viewerForPage("student"));
  // A provisional score is not plotted: its ungraded points would draw as 0.
  const points = progress.scores.flatMap((s) => (s.gradedSoFar ? [] : [{ ...s, id: s.attemptId }]));
  return (
    <>
      <PageHeader title="My progress" />
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="scores-heading">
          <h2 id="scores-heading" className="mb-3 text-xl font-semibold">
            My scores over time
          </h2>
          <ScoreOverTime
            points={points}
            caption="The score that counts on each assignment once graded, oldest first"
          />
          {progress.scores.length > 0 && (
            <ul className="mt-4 flex flex-col gap-1">
              {progress.scores.map((s) => (
                <li key={s.attemptId}>
                  <Link href={`/student/attempts/${s.attemptId}`}>{s.title}</Link> ({s.className}):{" "}
                  {s.gradedSoFar ? (
                    <>
                      <GradedSoFarScore score={s.gradedSoFar} />: your teacher is still grading written
                      answers
                    </>
                  ) : (
                    formatPercent(s.percent)
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="skills-heading">
          <h2 id="skills-heading" className="mb-3 text-xl font-semibold">
            Strengths and weaknesses by skill
          </h2>
          <p className="mb-3 text-stone-700">From assignments whose answers your teacher has released.</p>
          <SkillTable skills={progress.skills} caption="My percent of points per skill" />
        </section>
      </div>
    </>
  );
}
