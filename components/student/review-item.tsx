import { describeAnswer, describeKey } from "@/lib/attempts/describe-answer";
import type { Answer } from "@/lib/grading/answer";

type Item = {
  question: {
    id: string;
    type: string;
    prompt: string;
    points: number;
    explanation: string;
    citationText: string;
    citationStart: number;
    citationEnd: number;
    acceptedAnswers: string[];
    choices: { id: string; text: string; correct: boolean; feedback: string | null }[];
    evidenceOptions: { id: string; text: string; start: number; end: number }[];
  };
  answer: Answer | null;
  points: number | null;
  correct: boolean | null;
  feedback: string | null;
};

/** Where question `n` (from 1) of a review sits, and where its citation is marked in the passage. */
export const reviewQuestionId = (n: number) => `review-question-${n}`;
export const reviewCitationId = (n: number) => `review-citation-${n}`;

export function ReviewItem({ index, item }: { index: number; item: Item }) {
  const { question: q } = item;
  const mine = describeAnswer(q, item.answer);
  const key = describeKey(q);
  const picked = new Set(
    item.answer?.type === "single_choice" ||
      item.answer?.type === "true_false" ||
      item.answer?.type === "evidence"
      ? [item.answer.choiceId]
      : item.answer?.type === "multiple_select"
        ? item.answer.choiceIds
        : [],
  );
  const notes = q.choices.filter((c) => !c.correct && c.feedback && picked.has(c.id));
  const verdict =
    item.points === null
      ? "Waiting for your teacher"
      : item.correct
        ? "Correct"
        : item.points > 0
          ? "Partly correct"
          : "Not correct";
  return (
    <li
      id={reviewQuestionId(index + 1)}
      tabIndex={-1}
      className="scroll-mt-4 rounded-lg border border-stone-300 bg-white p-4"
    >
      <h3 className="font-semibold">
        Question {index + 1}: {q.prompt}
      </h3>
      <p className="mt-1">
        <strong>{verdict}</strong> · {item.points ?? "–"} of {q.points} point{q.points === 1 ? "" : "s"}
      </p>
      <p className="mt-2 font-medium">Your answer</p>
      {mine.length ? (
        <ul className="list-disc pl-6">
          {mine.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">No answer</p>
      )}
      {key.length > 0 && !item.correct && (
        <>
          <p className="mt-2 font-medium">
            {q.type === "short_answer" ? "Accepted answers" : "Right answer"}
          </p>
          <ul className="list-disc pl-6 text-green-900">
            {key.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </>
      )}
      {notes.map((c) => (
        <p key={c.id} className="mt-2 text-amber-900">
          Why “{c.text}” is not right: {c.feedback}
        </p>
      ))}
      {item.feedback && <p className="mt-2">Teacher&apos;s comment: {item.feedback}</p>}
      <p className="mt-2">{q.explanation}</p>
      <figure className="mt-2">
        <figcaption className="text-sm text-stone-700">From the article:</figcaption>
        <blockquote className="border-l-4 border-amber-500 pl-3 font-serif">{q.citationText}</blockquote>
      </figure>
      <a href={`#${reviewCitationId(index + 1)}`} className="mt-1 inline-block text-sm">
        Show question {index + 1}&apos;s sentence in the passage
      </a>
    </li>
  );
}
