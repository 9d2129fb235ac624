import Link from "next/link";
import { StudentReading } from "@/components/lesson/student-reading";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { StartAttemptForm } from "@/components/student/start-attempt-form";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { expireAttemptIfPastDeadline } from "@/lib/attempts/expire";
import { getQuizForStudentOrThrow } from "@/lib/attempts/queries";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";

export const metadata = { title: "Assignment" };

export default async function StudentAssignmentPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const viewer = await viewerForPage("student");
  // The server is the clock: an attempt whose time ran out is submitted before the quiz is read.
  await expireAttemptIfPastDeadline(viewer, assignmentId);
  const quiz = await notFoundOnAppError(getQuizForStudentOrThrow(viewer, assignmentId));
  const { assignment, attempt, submitted } = quiz;
  const serverNow = new Date().toISOString();
  return (
    <>
      <PageHeader title={assignment.title} />
      <p className="-mt-4 mb-6 text-stone-700">
        {assignment.className} · Due <LocalTime date={assignment.dueAt} /> · about {assignment.readingMinutes}{" "}
        min reading
        {assignment.attemptsAllowed !== null &&
          ` · ${assignment.attemptsAllowed} attempt${assignment.attemptsAllowed === 1 ? "" : "s"} allowed`}
      </p>
      <div className="grid gap-10 lg:grid-cols-2">
        <StudentReading
          objectives={assignment.objectives}
          passage={assignment.passage}
          about={assignment.about}
        />
        <section aria-labelledby="quiz-heading" id="quiz">
          <h2 id="quiz-heading" className="mb-2 text-xl font-semibold">
            Questions
          </h2>
          {submitted.length > 0 && (
            <ul className="mb-4 flex flex-col gap-2">
              {submitted.map((a) => (
                <li key={a.id} className="rounded-lg border border-green-700 bg-green-50 p-3">
                  Attempt {a.number}: <strong>{a.percent}%</strong> ({a.points} of {a.maxPoints} points)
                  {a.provisional && " so far; your teacher still grades written answers"}.{" "}
                  <Link href={`/student/attempts/${a.id}`}>See results</Link>
                </li>
              ))}
            </ul>
          )}
          {attempt ? (
            <QuizRunner
              // Each render starts from fresh state: a new attempt (started in another tab) with its own answers,
              // outbox and clock, or this attempt fetched again after Back (components/quiz/use-replayed-render.ts).
              key={`${attempt.id} ${serverNow}`}
              attemptId={attempt.id}
              startedAt={attempt.startedAt.toISOString()}
              deadlineAt={attempt.deadlineAt?.toISOString() ?? null}
              serverNow={serverNow}
              questions={attempt.questions}
              initialAnswers={attempt.answers}
            />
          ) : quiz.canStart ? (
            <StartAttemptForm
              assignmentId={assignment.id}
              label={submitted.length ? `Start attempt ${submitted.length + 1}` : "Start the questions"}
            />
          ) : (
            <p className="text-stone-700">
              {assignment.closed ? "This assignment is closed." : "You have used all your attempts."}
            </p>
          )}
        </section>
      </div>
    </>
  );
}
