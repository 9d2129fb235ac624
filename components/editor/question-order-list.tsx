"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { AuditNote } from "@/components/lesson/audit-note";
import { TYPE_LABELS } from "@/components/lesson/type-labels";
import { deleteQuestionAction, moveQuestionAction } from "@/lib/content/question-actions";
import type { QuestionType } from "@/lib/content/schema";
import { Button } from "../ui/button";

type Item = {
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  assigned: boolean;
  /** The item audit's notes on the saved question, computed on the server. */
  warnings?: readonly string[];
};

const buttonId = (questionId: string, what: string) => `${what}-${questionId}`;

/**
 * The lesson's questions with Move up / Move down / Delete. After a move, focus returns to the moved
 * question's button (or its other move button at an end), so a keyboard user can keep moving it.
 */
export function QuestionOrderList({ lessonId, questions }: { lessonId: string; questions: Item[] }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  // Reordering moves the focused button in the DOM, which drops focus: it is put back once the new order renders.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [questions]);

  function move(q: Item, index: number, direction: "up" | "down") {
    if (pending) return;
    const to = index + (direction === "up" ? 0 : 2);
    const atEnd = (direction === "up" && to === 1) || (direction === "down" && to === questions.length);
    const other = direction === "up" ? "down" : "up";
    // Set before the action: the new order may render before the action's promise resolves here.
    focusNext.current = buttonId(q.id, atEnd ? `move-${other}` : `move-${direction}`);
    startTransition(async () => {
      const state = await moveQuestionAction(lessonId, q.id, direction);
      if (!state?.ok) {
        focusNext.current = null;
        return setMessage(state?.message ?? "The question could not be moved.");
      }
      setMessage(`Question moved to position ${to}.`);
    });
  }

  function remove(q: Item, index: number) {
    const note = q.assigned ? " Work already assigned keeps it." : "";
    if (!window.confirm(`Delete question ${index + 1}?${note}`)) return;
    startTransition(async () => {
      const state = await deleteQuestionAction(lessonId, q.id);
      setMessage(state?.ok ? `Question ${index + 1} deleted.` : (state?.message ?? "Not deleted."));
      requestAnimationFrame(() => document.getElementById("questions-heading")?.focus());
    });
  }

  return (
    <>
      <p role="status" aria-live="polite" className="mb-2 min-h-6 text-stone-700">
        {message}
      </p>
      <ol aria-labelledby="questions-heading" className="flex flex-col gap-3">
        {questions.map((q, i) => (
          <li key={q.id} className="rounded-lg border border-stone-300 bg-white p-4">
            <p className="text-sm text-stone-700">
              {i + 1}. {TYPE_LABELS[q.type]} · {q.points} pt{q.points === 1 ? "" : "s"}
              {q.assigned && " · assigned (edits make a new version)"}
            </p>
            <p className="mt-1 font-medium">{q.prompt}</p>
            <AuditNote warnings={q.warnings} label={`Item audit of question ${i + 1}`} />
            <div className="mt-3 flex flex-wrap gap-2">
              <Link
                href={`/teacher/lessons/${lessonId}/edit/${q.id}`}
                className="min-h-11 content-center px-2"
              >
                Edit<span className="sr-only"> question {i + 1}</span>
              </Link>
              <Button
                variant="secondary"
                id={buttonId(q.id, "move-up")}
                disabled={i === 0}
                onClick={() => move(q, i, "up")}
              >
                Move up<span className="sr-only"> question {i + 1}</span>
              </Button>
              <Button
                variant="secondary"
                id={buttonId(q.id, "move-down")}
                disabled={i === questions.length - 1}
                onClick={() => move(q, i, "down")}
              >
                Move down<span className="sr-only"> question {i + 1}</span>
              </Button>
              <Button variant="danger" disabled={pending} onClick={() => remove(q, i)}>
                Delete<span className="sr-only"> question {i + 1}</span>
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
