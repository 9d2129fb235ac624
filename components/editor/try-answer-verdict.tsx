import type { TryAnswerResult } from "@/lib/content/try-answer-result";
import type { Tolerance } from "@/lib/grading/short-answer/tolerance";

const TOLERANCE_LABELS: Record<Tolerance, string> = {
  typo: "a typo",
  other_form: "another form of the words (a plural, a tense, a number, an acronym)",
  longer_answer: "a longer answer that holds it whole",
};

const VERDICT_LABELS: Record<TryAnswerResult["verdict"], string> = {
  correct: "Correct",
  near: "Correct, but near",
  partial: "Partly correct",
  wrong: "Wrong",
};

// Each verdict is said in words first; the colour only repeats it.
const VERDICT_CLASS: Record<TryAnswerResult["verdict"], string> = {
  correct: "border-green-700 bg-green-50 text-green-900",
  near: "border-amber-600 bg-amber-50 text-stone-900",
  partial: "border-amber-600 bg-amber-50 text-stone-900",
  wrong: "border-red-700 bg-red-50 text-red-900",
};

const pts = (n: number) => `${n} point${n === 1 ? "" : "s"}`;

/** Why the answer was graded so, in the teacher's terms. */
function reasonOf(r: TryAnswerResult): string | null {
  if (r.verdict === "near" && r.matched) {
    const how = r.tolerances.map((t) => TOLERANCE_LABELS[t]).join(" and ");
    return `Accepted through tolerance: ${how}. It matched the accepted answer “${r.matched}”; the grading page marks such answers near for you to check.`;
  }
  if (r.verdict === "correct" && r.matched) return `It matched the accepted answer “${r.matched}”.`;
  if (r.refusedAs) return `It gives the listed wrong answer “${r.refusedAs}”.`;
  if (r.heldButRefused) {
    return `It holds the accepted answer “${r.heldButRefused}”, but the rest of it negates or hedges it, or adds another answer.`;
  }
  return null;
}

/** The grade a tried answer would get, with what it matched or why it was refused. */
export function TryAnswerVerdict({ result }: { result: TryAnswerResult }) {
  const reason = reasonOf(result);
  return (
    <div className={`rounded-md border p-3 ${VERDICT_CLASS[result.verdict]}`}>
      <p>
        <strong>{VERDICT_LABELS[result.verdict]}</strong>: “{result.answer}” would earn {result.points} of{" "}
        {pts(result.maxPoints)}.
      </p>
      {reason && <p className="mt-1">{reason}</p>}
    </div>
  );
}
