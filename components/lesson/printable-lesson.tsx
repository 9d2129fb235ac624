import {
  lineLabel,
  printedOrder,
  printedPassage,
  answerLines,
  type PrintedBlock,
} from "@/lib/content/print-lesson";
import type { QuestionType } from "@/lib/content/schema";
import "./printable-lesson.css";

type Question = {
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  explanation: string;
  citationStart: number;
  citationEnd: number;
  acceptedAnswers: string[];
  rubric: string | null;
  choices: { id: string; text: string; correct: boolean }[];
  evidenceOptions: { id: string; text: string; start: number; end: number }[];
};

type Lesson = {
  title: string;
  passage: string;
  passageStart: number;
  article: { title: string; byline: string };
  questions: Question[];
};

const MARK: Partial<Record<QuestionType, string>> = { multiple_select: "☐", ordering: "____" };

function Passage({ blocks }: { blocks: PrintedBlock[] }) {
  return (
    <div className="flex flex-col gap-3">
      {blocks.map((block) => (
        <div
          key={block.lines[0]?.number}
          className={`print-lines ${block.kind === "heading" ? "font-bold" : ""}`}
        >
          {block.lines.map((line) => (
            <div key={line.number} className="contents">
              <span className="print-line-number" aria-hidden="true">
                {line.number === 1 || line.number % 5 === 0 ? line.number : ""}
              </span>
              <span className="print-line">{line.text}</span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function Options({ question }: { question: Question }) {
  const items = question.type === "ordering" ? printedOrder(question.id, question.choices) : question.choices;
  if (items.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-col gap-1">
      {items.map((c) => (
        <li key={c.id}>
          {MARK[question.type] ?? "◯"} {c.text}
        </li>
      ))}
    </ul>
  );
}

function QuestionSheet({ question, number }: { question: Question; number: number }) {
  const lines = answerLines(question.type);
  return (
    <li className="print-question mb-6">
      <p className="font-semibold">
        Question {number}{" "}
        <span className="font-normal">
          ({question.points} pt{question.points === 1 ? "" : "s"})
        </span>
      </p>
      <p className="mt-1">{question.prompt}</p>
      {question.type === "multiple_select" && <p className="text-sm">Tick every answer that is right.</p>}
      {question.type === "ordering" && <p className="text-sm">Number the steps in order, 1 first.</p>}
      <Options question={question} />
      {question.type === "evidence" && (
        <>
          <p className="mt-3">Part B: which sentence from the passage best supports your answer?</p>
          <ul className="mt-2 flex flex-col gap-1">
            {question.evidenceOptions.map((o) => (
              <li key={o.id}>◯ {o.text}</li>
            ))}
          </ul>
        </>
      )}
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="print-rule" aria-hidden="true" />
      ))}
    </li>
  );
}

function keyAnswer(q: Question): string {
  switch (q.type) {
    case "ordering":
      return q.choices.map((c, i) => `${i + 1}. ${c.text}`).join("  ");
    case "short_answer":
      return `Accepted: ${q.acceptedAnswers.join("; ")}`;
    case "open_response":
      return `Rubric: ${q.rubric ?? ""}`;
    case "evidence": {
      const inside = q.evidenceOptions.filter((o) => o.start >= q.citationStart && o.end <= q.citationEnd);
      const right = q.choices.filter((c) => c.correct).map((c) => c.text);
      return `Part A: ${right.join("; ")} · Part B: ${inside.map((o) => o.text).join(" ")}`;
    }
    default:
      return q.choices
        .filter((c) => c.correct)
        .map((c) => c.text)
        .join("; ");
  }
}

/**
 * A lesson laid out for paper: the passage with numbered lines, the questions with room to answer, and, for the
 * teacher's copy, an answer key on pages of its own citing the passage by line.
 */
export function PrintableLesson({ lesson, withKey }: { lesson: Lesson; withKey: boolean }) {
  const blocks = printedPassage(lesson.passage);
  return (
    <article className="print-lesson" aria-labelledby="print-title">
      <h1 id="print-title" className="text-2xl font-bold">
        {lesson.title}
      </h1>
      <p className="mt-1">
        From “{lesson.article.title}” by {lesson.article.byline}
      </p>
      <p className="mt-4">Name: ______________________________ Date: ______________</p>
      <section aria-labelledby="print-passage" className="mt-6">
        <h2 id="print-passage" className="mb-3 text-xl font-semibold">
          Passage
        </h2>
        <Passage blocks={blocks} />
      </section>
      <section aria-labelledby="print-questions" className="print-questions mt-8">
        <h2 id="print-questions" className="mb-3 text-xl font-semibold">
          Questions
        </h2>
        <ol className="list-none p-0">
          {lesson.questions.map((q, i) => (
            <QuestionSheet key={q.id} question={q} number={i + 1} />
          ))}
        </ol>
      </section>
      {withKey && (
        <section aria-labelledby="print-key" className="print-key mt-8">
          <h2 id="print-key" className="mb-3 text-xl font-semibold">
            Answer key
          </h2>
          <ol className="list-none p-0">
            {lesson.questions.map((q, i) => {
              const where = lineLabel(blocks, {
                start: q.citationStart - lesson.passageStart,
                end: q.citationEnd - lesson.passageStart,
              });
              return (
                <li key={q.id} className="print-key-item mb-4">
                  <p className="font-semibold">Key {i + 1}</p>
                  <p>{keyAnswer(q)}</p>
                  <p className="text-sm">
                    {q.explanation}
                    {where && ` (Passage, ${where}.)`}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </article>
  );
}
