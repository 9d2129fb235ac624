"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import type { ReviewLesson } from "@/lib/import/queries";
import {
  acceptDraftAction,
  acceptRemainingAction,
  regenerateDraftsAction,
  rejectDraftAction,
  restoreDraftAction,
  undoAcceptRemainingAction,
} from "@/lib/import/review-actions";
import { DraftCard, draftHeadingId } from "./draft-card";
import { LessonReviewTools } from "./lesson-review-tools";
import { PublishLessonForm } from "./publish-lesson-form";
import { RejectedDrafts, undoRejectId } from "./rejected-drafts";
import { useReviewFocus } from "./use-review-focus";

type Batch = { batch: string; count: number; firstId: string };
type Note = { ok: boolean; text: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * One draft lesson's review. Every decision is one server action; afterwards focus moves where the teacher goes
 * next (the next undecided draft, or the undo button of what was just done) and a live region says what happened.
 */
export function LessonDraftReview({
  articleId,
  lesson,
  warnings,
}: {
  articleId: string;
  lesson: ReviewLesson;
  warnings: Readonly<Record<string, readonly string[]>>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState<Note | null>(null);
  const [batch, setBatch] = useState<Batch | null>(null);
  const focus = useReviewFocus();
  const editable = lesson.status === "draft";
  const drafts = lesson.questions;
  const undecided = drafts.filter((d) => d.acceptedAt === null);
  const numberOf = (id: string) => drafts.findIndex((d) => d.id === id) + 1;

  function run<T>(
    action: () => Promise<ActionState<T>>,
    done: (data: T) => { text: string; focusId: string },
  ) {
    if (pending) return;
    startTransition(async () => {
      const state = await action();
      if (state?.ok) {
        const { text, focusId } = done(state.data);
        focus(focusId);
        setNote({ ok: true, text });
        return;
      }
      // A stale tab (the draft already decided, the lesson published): say so and show things as they are.
      setNote({ ok: false, text: state?.message ?? "That did not work. Please try again." });
      router.refresh();
    });
  }

  /** The undecided draft after `id` (or before it, or the publish button when none is left). */
  const nextAfter = (id: string) => {
    const at = drafts.findIndex((d) => d.id === id);
    const rest = [...drafts.slice(at + 1), ...drafts.slice(0, at)];
    const next = rest.find((d) => d.acceptedAt === null);
    return next ? draftHeadingId(next.id) : publishId(lesson.id);
  };

  const accept = (id: string, accepted: boolean) =>
    run(
      () => acceptDraftAction({ id, accepted: accepted ? "true" : "false" }),
      () => ({
        text: `Question ${numberOf(id)} ${accepted ? "accepted" : "is undecided again"}.`,
        focusId: accepted ? nextAfter(id) : draftHeadingId(id),
      }),
    );
  const reject = (id: string) =>
    run(
      () => rejectDraftAction({ id }),
      () => ({
        text: `Question ${numberOf(id)} rejected. Undo reject is next to it in the rejected drafts.`,
        focusId: undoRejectId(id),
      }),
    );
  const restore = (id: string) =>
    run(
      () => restoreDraftAction({ id }),
      () => ({ text: "The draft is back, undecided.", focusId: draftHeadingId(id) }),
    );
  const acceptAll = () => {
    const firstId = undecided[0]?.id ?? "";
    run(
      () => acceptRemainingAction({ lessonId: lesson.id }),
      (data) => {
        setBatch({ batch: data.batch, count: data.count, firstId });
        return { text: `${plural(data.count, "question")} accepted.`, focusId: undoAllId(lesson.id) };
      },
    );
  };
  const undoAll = (b: Batch) =>
    run(
      () => undoAcceptRemainingAction({ lessonId: lesson.id, batch: b.batch }),
      (data) => {
        setBatch(null);
        return {
          text: `Undone: ${plural(data.count, "question")} undecided again.`,
          focusId: b.firstId ? draftHeadingId(b.firstId) : draftsHeadingId(lesson.id),
        };
      },
    );
  const regenerate = () =>
    run(
      () => regenerateDraftsAction({ lessonId: lesson.id }),
      (data) => {
        setBatch(null);
        return {
          text: `Generated again: ${plural(data.count, "draft")} to review, ${data.fresh} new.`,
          focusId: draftsHeadingId(lesson.id),
        };
      },
    );

  return (
    <>
      <p role="status" aria-live="polite" className={note ? "mt-3 font-medium" : "sr-only"}>
        {note?.ok ? note.text : ""}
      </p>
      {note && !note.ok && (
        <p role="alert" className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {note.text}
        </p>
      )}
      {editable && (
        <LessonReviewTools
          lessonId={lesson.id}
          undecided={undecided.length}
          batch={batch}
          onAcceptAll={acceptAll}
          onUndoAll={() => batch && undoAll(batch)}
          onRegenerate={regenerate}
          undoAllId={undoAllId(lesson.id)}
        />
      )}
      <h3 id={draftsHeadingId(lesson.id)} tabIndex={-1} className="mt-4 text-lg font-semibold">
        {editable
          ? `Drafts (${drafts.length}, ${undecided.length} undecided)`
          : `Questions (${drafts.length})`}
      </h3>
      <ol className="mt-2 flex flex-col gap-3">
        {drafts.map((d, i) => (
          <DraftCard
            key={d.id}
            draft={d}
            number={i + 1}
            editHref={`/teacher/lessons/${lesson.id}/edit/${d.id}?review=${articleId}`}
            warnings={warnings[d.id]}
            editable={editable}
            onAccept={(accepted) => accept(d.id, accepted)}
            onReject={() => reject(d.id)}
          />
        ))}
      </ol>
      {editable && <RejectedDrafts drafts={lesson.rejected} onRestore={restore} />}
      {editable && (
        <div id={publishId(lesson.id)} tabIndex={-1}>
          <PublishLessonForm lessonId={lesson.id} undecided={undecided.length} />
        </div>
      )}
    </>
  );
}

const publishId = (lessonId: string) => `publish-${lessonId}`;
const undoAllId = (lessonId: string) => `undo-accept-all-${lessonId}`;
const draftsHeadingId = (lessonId: string) => `drafts-${lessonId}`;
