"use client";

import Link from "next/link";
import { keyQuestionId } from "@/components/lesson/key-anchors";
import { TYPE_LABELS } from "@/components/lesson/type-labels";
import { SKILL_LABELS } from "@/lib/content/skill-labels";
import type { AssignmentReport } from "@/lib/results/assignment-report";
import { describeDiscrimination } from "./discrimination-label";
import { formatDuration, formatPercent } from "./format";
import { ColumnHeaders } from "@/components/ui/column-headers";

type Question = AssignmentReport["questions"][number];

function ChoiceTable({ question }: { question: Question }) {
  if (question.choices.length === 0 || question.type === "ordering") return null;
  return (
    <table className="mt-3 w-full text-left text-sm">
      <caption className="sr-only">How often each choice was picked for question {question.number}</caption>
      <ColumnHeaders labels={["Choice", "Picked by", "Why it is wrong"]} />
      <tbody>
        {question.choices.map((c) => (
          <tr key={c.id} className="border-b border-stone-200 align-top">
            <th scope="row" className="py-1 pr-3 font-normal">
              {c.text}
              {c.correct && <strong className="ml-2 text-green-800">(correct)</strong>}
            </th>
            <td className="py-1 pr-3">{c.picks}</td>
            <td className="py-1 text-stone-700">{c.correct ? "" : (c.feedback ?? "")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Each question's results, most-missed first, with the passage sentence it asks about. Rendered on the client
 * from the report's data, so the server does not stream every cell's markup twice (as HTML and as an RSC tree).
 */
export function ItemAnalysis({ questions, lessonId }: { questions: Question[]; lessonId: string }) {
  return (
    <ol className="flex flex-col gap-4">
      {questions.map((q) => (
        <li key={q.id} className="rounded-lg border border-stone-300 bg-white p-4">
          <article aria-labelledby={`item-${q.id}`}>
            <h3 id={`item-${q.id}`} className="font-semibold">
              Question {q.number}: {q.prompt}
            </h3>
            <p className="text-sm text-stone-700">
              {TYPE_LABELS[q.type]} · {SKILL_LABELS[q.skill]} · {q.points} point
              {q.points === 1 ? "" : "s"}
            </p>
            <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
              <div>
                <dt className="text-sm text-stone-700">
                  {q.percentCorrect === null ? "Mean score" : "Right"}
                </dt>
                <dd className="text-lg font-semibold">{formatPercent(q.percentCorrect ?? q.meanPercent)}</dd>
              </div>
              <div>
                <dt className="text-sm text-stone-700">Students</dt>
                <dd className="text-lg font-semibold">{q.students}</dd>
              </div>
              <div>
                <dt className="text-sm text-stone-700">Discrimination</dt>
                <dd>
                  <span className="text-lg font-semibold">
                    {q.discrimination === null ? "—" : q.discrimination.toFixed(2)}
                  </span>{" "}
                  <span className="text-sm">({describeDiscrimination(q.discrimination)})</span>
                </dd>
              </div>
              <div>
                <dt className="text-sm text-stone-700">Median time (estimated)</dt>
                <dd className="text-lg font-semibold">{formatDuration(q.medianSeconds)}</dd>
              </div>
              {q.ungraded > 0 && (
                <div>
                  <dt className="text-sm text-stone-700">To grade</dt>
                  <dd className="text-lg font-semibold">{q.ungraded}</dd>
                </div>
              )}
            </dl>
            {q.topWrongChoice && (
              <p className="mt-2">
                Most picked wrong answer: <strong>{q.topWrongChoice.text}</strong> ({q.topWrongChoice.picks}{" "}
                student{q.topWrongChoice.picks === 1 ? "" : "s"})
                {q.topWrongChoice.feedback && <> — {q.topWrongChoice.feedback}</>}
              </p>
            )}
            <ChoiceTable question={q} />
            <blockquote className="mt-3 border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm">
              <span className="font-medium">Cited passage: </span>
              {q.citationText}
            </blockquote>
            <p className="mt-1 text-sm">
              {/* The lesson page's answer key marks each question by its position (answer-key-list.tsx). */}
              <Link href={`/teacher/lessons/${lessonId}#${keyQuestionId(q.number)}`}>
                See question {q.number} in the lesson
              </Link>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
