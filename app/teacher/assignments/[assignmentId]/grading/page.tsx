import Link from "next/link";
import { GradeResponseForm } from "@/components/results/grade-response-form";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getResponsesToGrade } from "@/lib/results/grading-queries";

export const metadata = { title: "Grade open responses" };

type Props = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ question?: string; show?: string }>;
};

export default async function GradingPage({ params, searchParams }: Props) {
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const data = await notFoundOnAppError(
    getResponsesToGrade(await viewerForPage("TEACHER"), assignmentId, {
      questionId: query.question,
      ungradedOnly: query.show === "ungraded",
    }),
  );
  const base = `/teacher/assignments/${data.assignment.id}/grading`;
  const chosen = data.chosen;
  return (
    <>
      <PageHeader title={`Grade: ${data.assignment.lesson.title}`} />
      <p className="-mt-4 mb-6">
        <Link href={`/teacher/assignments/${data.assignment.id}/report`}>Back to the report</Link> ·{" "}
        {data.assignment.class.name}
      </p>
      {chosen === null ? (
        <p>This lesson has no open-response questions: everything was graded automatically.</p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
          <nav aria-label="Open-response questions">
            <ul className="flex flex-col gap-2">
              {data.questions.map((q) => (
                <li key={q.id}>
                  <Link
                    href={`${base}?question=${q.id}`}
                    aria-current={q.id === chosen.id ? "page" : undefined}
                    className="block rounded-md border border-stone-300 bg-white p-3 aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-50"
                  >
                    Question {q.number}
                    <span className="block text-sm text-stone-700">
                      {q.ungraded} to grade of {q.total}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="question-heading">
            <h2 id="question-heading" className="text-xl font-semibold">
              Question {chosen.number}: {chosen.prompt}
            </h2>
            <div className="mt-3 rounded-lg border border-amber-400 bg-amber-50 p-3">
              <h3 className="font-semibold">Rubric ({chosen.points} points)</h3>
              <p className="whitespace-pre-line">
                {chosen.rubric ?? "No rubric was written for this question."}
              </p>
            </div>
            <p className="mt-4">
              {data.ungradedOnly ? (
                <Link href={`${base}?question=${chosen.id}`}>Show graded answers too</Link>
              ) : (
                <Link href={`${base}?question=${chosen.id}&show=ungraded`}>Show only answers to grade</Link>
              )}
            </p>
            {data.responses.length === 0 ? (
              <p className="mt-4">Nothing to grade for this question.</p>
            ) : (
              <ul className="mt-4 flex flex-col gap-4">
                {data.responses.map((r) => (
                  <li key={r.id} className="rounded-lg border border-stone-300 bg-white p-4">
                    <article aria-labelledby={`response-${r.id}`}>
                      <h3 id={`response-${r.id}`} className="font-semibold">
                        {r.displayName}
                        <span className="ml-2 text-sm font-normal text-stone-700">
                          {r.username} · attempt {r.attemptNumber}
                          {r.points === null ? " · not graded yet" : ` · ${r.points} points`}
                        </span>
                      </h3>
                      <p className="mt-2 whitespace-pre-line">{r.text || "(no answer)"}</p>
                      <GradeResponseForm
                        assignmentId={data.assignment.id}
                        response={r}
                        maxPoints={chosen.points}
                        studentName={r.displayName}
                      />
                    </article>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}
