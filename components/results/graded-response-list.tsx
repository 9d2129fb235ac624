import type { ResponseToGrade } from "@/lib/results/grading-queries";
import { GradeResponseForm } from "./grade-response-form";
import { NearBadge } from "./near-badge";

type Props = {
  assignmentId: string;
  responses: ResponseToGrade[];
  maxPoints: number;
};

/** Each student's submitted answer to one question, with its grade (near marked) and a form to grade or override it. */
export function GradedResponseList({ assignmentId, responses, maxPoints }: Props) {
  return (
    <ul className="mt-4 flex flex-col gap-4">
      {responses.map((r) => (
        <li key={r.id} className="rounded-lg border border-stone-300 bg-white p-4">
          <article aria-labelledby={`response-${r.id}`}>
            <h3 id={`response-${r.id}`} className="font-semibold">
              {r.displayName}
              <span className="ml-2 text-sm font-normal text-stone-700">
                {r.username} · attempt {r.attemptNumber}
                {r.points === null ? " · not graded yet" : ` · ${r.points} points`}
              </span>{" "}
              {r.near && r.correct && <NearBadge />}
            </h3>
            <p className="mt-2 whitespace-pre-line">{r.text || "(no answer)"}</p>
            <GradeResponseForm
              assignmentId={assignmentId}
              response={r}
              maxPoints={maxPoints}
              studentName={r.displayName}
            />
          </article>
        </li>
      ))}
    </ul>
  );
}
