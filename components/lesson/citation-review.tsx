"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import type { CitationReview as Review } from "@/lib/interchange/citation-review";
import {
  confirmCitationAction,
  publishImportedAction,
  rejectImportedAction,
} from "@/lib/interchange/review-actions";
import { CitationPicker } from "../editor/citation-picker";
import { Button } from "../ui/button";
import { TYPE_LABELS } from "./type-labels";

type Question = Review["questions"][number];
type Span = { start: number; end: number };
type Note = { ok: boolean; text: string };

function KeyedQuestion({ question }: { question: Question }) {
  const ordered = question.type === "ordering";
  return (
    <>
      <p className="mt-2 font-medium">{question.prompt}</p>
      {question.choices.length > 0 && (
        <ul className="mt-2 flex flex-col gap-1">
          {question.choices.map((c, i) => (
            <li key={c.id} className={!ordered && c.correct ? "font-semibold text-green-900" : ""}>
              {ordered ? `${i + 1}. ` : c.correct ? "✓ " : "• "}
              {c.text}
              {!ordered && c.correct && <span className="sr-only"> (right answer)</span>}
            </li>
          ))}
        </ul>
      )}
      {question.acceptedAnswers.length > 0 && (
        <p className="mt-2">Accepted: {question.acceptedAnswers.join("; ")}</p>
      )}
    </>
  );
}

/** The question under review: its own citation, starting from the proposed one, and focus on its heading. */
function UnderReview(props: {
  question: Question;
  number: number;
  review: Review;
  errors: string[] | undefined;
  pending: boolean;
  /** After a decision, focus moves to the next question's heading; on arrival it stays where it is. */
  focus: boolean;
  onAccept: (span: Span) => void;
  onReject: () => void;
}) {
  const { question, review, pending } = props;
  const [span, setSpan] = useState<Span | null>(question.citation);
  const heading = useRef<HTMLHeadingElement>(null);
  const { focus } = props;
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section
      aria-labelledby="reviewing-heading"
      className="rounded-lg border border-stone-300 bg-white p-3 sm:p-5"
    >
      <h2 id="reviewing-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        Question {props.number}: {TYPE_LABELS[question.type]}
      </h2>
      <KeyedQuestion question={question} />
      <div className="mt-4">
        <CitationPicker
          passage={review.passage}
          sentences={review.sentences}
          value={span}
          onChange={setSpan}
          errors={props.errors}
        />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button onClick={() => span && props.onAccept(span)} disabled={pending || !span}>
          Accept with this citation
        </Button>
        <Button variant="secondary" onClick={props.onReject} disabled={pending}>
          Reject
        </Button>
      </div>
    </section>
  );
}

/**
 * The review of a draft lesson's imported questions, one at a time: each shows its key and the citation Lectern
 * proposed (the passage sentence sharing most words with it), which the teacher keeps or changes with the
 * editor's citation picker, then accepts or rejects. Once none is undecided, the lesson can be published.
 */
export function CitationReview({ review }: { review: Review }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState<Note | null>(null);
  const [errors, setErrors] = useState<{ id: string; citation?: string[] } | null>(null);
  const undecided = review.questions.filter((q) => !q.accepted && !q.rejected);
  const accepted = review.questions.filter((q) => q.accepted).length;
  const current = undecided[0];
  const number = (id: string) => review.questions.findIndex((q) => q.id === id) + 1;

  function run<T>(action: () => Promise<ActionState<T>>, done: () => string, id = "") {
    if (pending) return;
    startTransition(async () => {
      const state = await action();
      if (state?.ok) {
        setNote({ ok: true, text: done() });
        router.refresh();
        return;
      }
      // A stale tab (already decided, or published elsewhere): say so and show things as they are.
      setErrors({ id, citation: state?.fieldErrors?.citation });
      setNote({ ok: false, text: state?.message ?? "That did not work. Please try again." });
      router.refresh();
    });
  }

  const accept = (q: Question, span: Span) =>
    run(
      () => confirmCitationAction({ id: q.id, start: span.start, end: span.end }),
      () => `Question ${number(q.id)} accepted with its citation.`,
      q.id,
    );
  const reject = (q: Question) =>
    run(
      () => rejectImportedAction({ id: q.id }),
      () => `Question ${number(q.id)} rejected: it will not be published.`,
    );
  // Published, the lesson has no review: go to its page without refreshing this one (which would be not found).
  const publish = () => {
    if (pending) return;
    startTransition(async () => {
      const state = await publishImportedAction({ id: review.id });
      if (state?.ok) return router.push(`/teacher/lessons/${review.id}`);
      setNote({ ok: false, text: state?.message ?? "That did not work. Please try again." });
      router.refresh();
    });
  };

  return (
    <>
      <p role="status" aria-live="polite" className={note ? "mb-3 font-medium" : "sr-only"}>
        {note?.ok ? note.text : ""}
      </p>
      {note && !note.ok && (
        <p role="alert" className="mb-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {note.text}
        </p>
      )}
      <p className="mb-4">
        Of {review.questions.length} questions: {accepted} accepted,{" "}
        {review.questions.length - accepted - undecided.length} rejected, {undecided.length} to review.
      </p>
      {current ? (
        <UnderReview
          key={current.id}
          question={current}
          number={number(current.id)}
          review={review}
          errors={errors?.id === current.id ? errors.citation : undefined}
          pending={pending}
          focus={note !== null}
          onAccept={(span) => accept(current, span)}
          onReject={() => reject(current)}
        />
      ) : (
        <section aria-labelledby="reviewing-heading">
          <h2 id="reviewing-heading" className="text-xl font-semibold">
            Every question is decided
          </h2>
          {accepted > 0 ? (
            <Button className="mt-3" onClick={publish} disabled={pending}>
              Publish lesson
            </Button>
          ) : (
            <p className="mt-2">
              Every imported question was rejected.{" "}
              <Link href={`/teacher/lessons/${review.id}`}>Back to the lesson</Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
