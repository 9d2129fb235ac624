import Link from "next/link";
import { StudentReading } from "@/components/lesson/student-reading";
import { ReadingTools } from "@/components/reading/display-settings-tools";
import { ReadingSurface } from "@/components/reading/display-settings-surface";
import { PassageBeside } from "@/components/quiz/passage-beside";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { TimeUpNotice } from "@/components/quiz/time-up-notice";
import { StartAttemptForm } from "@/components/student/start-attempt-form";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { expireAttemptIfPastDeadline } from "@/lib/attempts/expire";
import { getQuizForStudentOrThrow } from "@/lib/attempts/queries";
import { describeGradedSoFar } from "@/lib/results/provisional";
import { endedByTimeLimit, TIME_UP_MESSAGE, timeLimitNotice } from "@/lib/attempts/time-limit";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getOwnHighlights } from "@/lib/reading/highlights-queries";
import { getAssignmentReading } from "@/lib/reading/preferences-queries";
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
  const [quiz, reading, display] = await Promise.all([
    notFoundOnAppError(getQuizForStudentOrThrow(viewer, assignmentId)),
    notFoundOnAppError(getOwnHighlights(viewer, assignmentId)),
    notFoundOnAppError(getAssignmentReading(viewer, assignmentId)),
  ]);
  const { assignment, attempt, submitted } = quiz;
  const serverNow = new Date().toISOString();
  // The latest attempt ended because its time ran out (while the page was open, or since): say so once it shows.
  const latest = submitted.at(-1);
  const timeUp = !attempt && latest !== undefined && endedByTimeLimit(latest);
  return (
    <>
      <PageHeader title={assignment.title} />
      <p className="-mt-4 mb-6 text-stone-700">
        {assignment.className} · Due <LocalTime date={assignment.dueAt} /> · about {assignment.readingMinutes}{" "}
        min reading
        {assignment.attemptsAllowed !== null &&
          ` · ${assignment.attemptsAllowed} attempt${assignment.attemptsAllowed === 1 ? "" : "s"} allowed`}
        {assignment.timeLimitMinutes !== null && ` · ${assignment.timeLimitMinutes} min time limit`}
      </p>
      {assignment.description && (
        <p className="mb-6 max-w-prose whitespace-pre-line">{assignment.description}</p>
      )}
      {/* Above both columns, so a phone showing the passage when time ran out sees it too. */}
      {timeUp && <TimeUpNotice message={TIME_UP_MESSAGE} />}
      <PassageBeside
        passage={
          // The student's display settings are on the server's first paint, so nothing flashes.
          <ReadingSurface initial={display} persist>
            <StudentReading
              objectives={assignment.objectives}
              passage={assignment.passage}
              about={assignment.about}
              instructions={reading.instructions}
              highlights={reading.target}
              tools={<ReadingTools />}
            />
          </ReadingSurface>
        }
        questions={
          <section aria-labelledby="quiz-heading" id="quiz">
            <h2 id="quiz-heading" className="mb-2 text-xl font-semibold">
              Questions
            </h2>
            {submitted.length > 0 && (
              <ul className="mb-4 flex flex-col gap-2">
                {submitted.map((a) => (
                  <li key={a.id} className="rounded-lg border border-green-700 bg-green-50 p-3">
                    {a.gradedSoFar ? (
                      // Not yet a score: the percent of what is graded, and the points still to grade.
                      <>
                        Attempt {a.number}, provisional: {describeGradedSoFar(a.gradedSoFar)}{" "}
                      </>
                    ) : (
                      <>
                        Attempt {a.number}: <strong>{a.percent}%</strong> ({a.points} of {a.maxPoints}{" "}
                        points).{" "}
                      </>
                    )}
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
              <>
                {assignment.timeLimitMinutes !== null && (
                  <p className="mb-3 rounded-lg border border-stone-300 bg-white p-3">
                    {timeLimitNotice(assignment.timeLimitMinutes)}
                  </p>
                )}
                <StartAttemptForm
                  assignmentId={assignment.id}
                  label={submitted.length ? `Start attempt ${submitted.length + 1}` : "Start the questions"}
                />
              </>
            ) : (
              <p className="text-stone-700">
                {assignment.left
                  ? "You have left this class: your results stay here, and no new attempt can be started."
                  : assignment.closed
                    ? "This assignment is closed."
                    : "You have used all your attempts."}
              </p>
            )}
          </section>
        }
      />
    </>
  );
}
