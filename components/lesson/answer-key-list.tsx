import { SKILL_LABELS, type QuestionType, type Skill } from "@/lib/content/schema";
import { AuditNote } from "./audit-note";
import { keyCitationId, keyQuestionId } from "./key-anchors";
import { TryAnswerDisclosure } from "./try-answer-disclosure";
import { TYPE_LABELS } from "./type-labels";

type Question = {
  id: string;
  type: QuestionType;
  skill: Skill;
  prompt: string;
  points: number;
  explanation: string;
  citationText: string;
  acceptedAnswers: string[];
  rejectedAnswers: string[];
  rubric: string | null;
  choices: { id: string; text: string; correct: boolean; feedback: string | null }[];
  evidenceOptions: { id: string; text: string }[];
};

/**
 * The teacher's answer key: every question with its right answer, explanation and cited sentence, and the item
 * audit's `warnings` (by question id) beside the questions that have any.
 */
export function AnswerKeyList({
  questions,
  warnings = {},
  lessonId,
}: {
  questions: Question[];
  warnings?: Readonly<Record<string, readonly string[]>>;
  /** Given, each short answer offers "Try an answer" against the saved question. */
  lessonId?: string;
}) {
  return (
    <ol className="flex flex-col gap-4">
      {questions.map((q, i) => (
        <li
          key={q.id}
          id={keyQuestionId(i + 1)}
          tabIndex={-1}
          className="scroll-mt-4 rounded-lg border border-stone-300 bg-white p-4"
        >
          <p className="text-sm text-stone-700">
            {i + 1}. {TYPE_LABELS[q.type]} · {SKILL_LABELS[q.skill]} · {q.points} pt
            {q.points === 1 ? "" : "s"}
          </p>
          <p className="mt-1 font-medium">{q.prompt}</p>
          {q.choices.length > 0 && (
            <ul className="mt-2 flex flex-col gap-1">
              {q.choices.map((c) => (
                <li
                  key={c.id}
                  className={q.type !== "ordering" && c.correct ? "font-semibold text-green-900" : ""}
                >
                  {q.type !== "ordering" && c.correct ? "✓ " : "• "}
                  {c.text}
                  {c.feedback && <span className="block pl-4 text-sm text-stone-700">{c.feedback}</span>}
                </li>
              ))}
            </ul>
          )}
          {q.acceptedAnswers.length > 0 && <p className="mt-2">Accepted: {q.acceptedAnswers.join("; ")}</p>}
          {q.rejectedAnswers.length > 0 && (
            <p className="mt-2">Wrong answers refused: {q.rejectedAnswers.join("; ")}</p>
          )}
          {lessonId && q.type === "short_answer" && (
            <TryAnswerDisclosure lessonId={lessonId} questionId={q.id} position={i + 1} />
          )}
          {q.rubric && <p className="mt-2 whitespace-pre-line">Rubric: {q.rubric}</p>}
          <AuditNote warnings={warnings[q.id]} label={`Item audit of question ${i + 1}`} />
          <p className="mt-2 text-stone-800">{q.explanation}</p>
          <blockquote className="mt-2 border-l-4 border-amber-500 pl-3 font-serif text-stone-800">
            {q.citationText}
          </blockquote>
          <a href={`#${keyCitationId(i + 1)}`} className="mt-1 inline-block text-sm">
            Show question {i + 1}&apos;s sentence in the passage
          </a>
        </li>
      ))}
    </ol>
  );
}
