"use client";

import type { StudentQuestion } from "@/lib/attempts/student-question";
import type { Answer } from "@/lib/grading/answer";
import { AnswerInput } from "./answer-input";

type Props = {
  index: number;
  question: StudentQuestion;
  answer: Answer | null;
  flagged: boolean;
  onAnswer: (answer: Answer) => void;
  onFlag: (flagged: boolean) => void;
  /** Why the server refused this question's latest answer, or null; absent where nothing is saved (a preview). */
  notSaved?: string | null;
};

export function QuestionCard({ index, question, answer, flagged, onAnswer, onFlag, notSaved }: Props) {
  const headingId = `q-${question.id}`;
  const saveId = notSaved === undefined ? undefined : `q-${question.id}-save`;
  return (
    <section
      aria-labelledby={headingId}
      aria-describedby={saveId}
      id={`question-${index + 1}`}
      className="scroll-mt-[calc(var(--switch-h,0px)+8rem)] rounded-lg border border-stone-300 bg-stone-50 p-4"
    >
      <h3 id={headingId} className="mb-3 font-semibold">
        <span className="text-stone-700">
          Question {index + 1} · {question.points} point{question.points === 1 ? "" : "s"}
        </span>
        <span className="mt-1 block text-lg text-stone-900">{question.prompt}</span>
      </h3>
      <AnswerInput question={question} value={answer} onChange={onAnswer} />
      {/* In the quiz always in the page, so a refusal written into it is announced (politely: answering goes on). */}
      {saveId && (
        <div id={saveId} role="status" aria-live="polite">
          {notSaved && <p className="mt-2 font-semibold text-red-800">Not saved: {notSaved}</p>}
        </div>
      )}
      <label className="mt-3 inline-flex min-h-11 cursor-pointer items-center gap-2 text-stone-800">
        <input
          type="checkbox"
          checked={flagged}
          onChange={(e) => onFlag(e.currentTarget.checked)}
          className="size-5"
        />
        Flag for review
      </label>
    </section>
  );
}
