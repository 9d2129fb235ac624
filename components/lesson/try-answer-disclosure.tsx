import { TryAnswerForm } from "@/components/editor/try-answer-form";

type Props = { lessonId: string; questionId: string; position: number };

/**
 * "Try an answer" for a short answer in the read-only answer key: shared lessons have no editor, and their
 * teachers are the ones who most need to see what the grader accepts before assigning. Closed by default so the
 * key stays a list to read.
 */
export function TryAnswerDisclosure({ lessonId, questionId, position }: Props) {
  return (
    <details className="mt-2 rounded-md border border-stone-300 p-3">
      <summary className="cursor-pointer font-medium">Try an answer to question {position}</summary>
      <div className="mt-3">
        <TryAnswerForm lessonId={lessonId} questionId={questionId} type="short_answer" choices={[]} />
      </div>
    </details>
  );
}
