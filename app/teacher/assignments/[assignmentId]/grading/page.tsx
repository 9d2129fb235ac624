import Link from "next/link";
import { AnswerReview } from "@/components/results/answer-review";
import { GradedResponseList } from "@/components/results/graded-response-list";
import { QuestionLinks } from "@/components/results/grading-question-links";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getResponsesToGrade } from "@/lib/results/grading-queries";

export const metadata = { title: "Grade answers" };

type Props = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ question?: string; show?: string }>;
};

export default async function GradingPage({ params, searchParams }: Props) {
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const data = await notFoundOnAppError(
    getResponsesToGrade(await viewerForPage("teacher"), assignmentId, {
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
        <p>
          This lesson has no open-response or short-answer questions: everything was graded automatically.
        </p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
          <div className="flex flex-col gap-6">
            <QuestionLinks
              label="Open-response questions"
              base={base}
              chosenId={chosen.id}
              items={data.questions.map((q) => ({ ...q, detail: `${q.ungraded} to grade of ${q.total}` }))}
            />
            <QuestionLinks
              label="Short-answer questions"
              base={base}
              chosenId={chosen.id}
              items={data.shortAnswers.map((q) => ({
                ...q,
                detail: `${q.near} near, ${q.wrong} wrong of ${q.total}`,
              }))}
            />
          </div>
          <section aria-labelledby="question-heading">
            <h2 id="question-heading" className="text-xl font-semibold">
              Question {chosen.number}: {chosen.prompt}
            </h2>
            {chosen.type === "open_response" ? (
              <>
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
                    <Link href={`${base}?question=${chosen.id}&show=ungraded`}>
                      Show only answers to grade
                    </Link>
                  )}
                </p>
              </>
            ) : (
              <AnswerReview
                // Keyed by place, not version: accepting on the teacher's own lesson gives the question a new id,
                // and the status of that decision must stay on screen.
                key={chosen.number}
                assignmentId={data.assignment.id}
                questionId={chosen.id}
                questionNumber={chosen.number}
                ownLesson={data.ownLesson}
                groups={data.answerGroups}
              />
            )}
            {data.responses.length === 0 ? (
              <p className="mt-4">
                {chosen.type === "open_response"
                  ? "Nothing to grade for this question."
                  : "No answers submitted yet."}
              </p>
            ) : (
              <>
                {chosen.type === "short_answer" && (
                  <h3 className="mt-6 text-lg font-semibold">
                    Each student&apos;s answer ({chosen.points} points)
                  </h3>
                )}
                <GradedResponseList
                  // A new question starts a new list: its order is kept from when it was first shown.
                  key={chosen.id}
                  assignmentId={data.assignment.id}
                  responses={data.responses}
                  maxPoints={chosen.points}
                />
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
