import { TRIABLE_TYPES } from "@/lib/content/try-answer-result";
import type { QuestionType } from "@/lib/content/schema";
import { TryAnswerForm } from "./try-answer-form";

type Props = { lessonId: string; questionId: string; type: QuestionType; choices: string[] };

export const canTryAnswer = (type: QuestionType) => (TRIABLE_TYPES as readonly string[]).includes(type);

/**
 * "Try an answer" beside the question editor. It sits outside the editor's form (forms cannot nest) and grades
 * the saved question, which the hint says, since the editor above may hold unsaved changes.
 */
export function TryAnswerPanel({ lessonId, questionId, type, choices }: Props) {
  if (!canTryAnswer(type)) return null;
  return (
    <section
      aria-labelledby="try-answer-heading"
      className="mt-8 flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-4"
    >
      <h2 id="try-answer-heading" className="text-xl font-semibold">
        Try an answer
      </h2>
      <p className="text-sm text-stone-700">
        See how an answer would be graded, as a student&apos;s would be, against the question as last saved.
        Save your changes first to try them.
      </p>
      <TryAnswerForm lessonId={lessonId} questionId={questionId} type={type} choices={choices} />
    </section>
  );
}
