"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect } from "react";
import type { SavedAnswer } from "@/lib/attempts/queries";
import type { StudentQuestion } from "@/lib/attempts/student-question";
import { Button } from "../ui/button";
import { isEntryAnswered, questionNumbers } from "./answer-entries";
import { Countdown } from "./countdown";
import { QuestionCard } from "./question-card";
import { ReviewPanel } from "./review-panel";
import { SaveStatus } from "./save-status";
import { useAnswerEntries } from "./use-answer-entries";
import { useAutosave } from "./use-autosave";
import { useReplayedRender } from "./use-replayed-render";
import { useReviewPanel } from "./use-review-panel";
import { useSubmit } from "./use-submit";

type Props = {
  attemptId: string;
  startedAt: string;
  deadlineAt: string | null;
  serverNow: string;
  questions: StudentQuestion[];
  initialAnswers: SavedAnswer[];
};

// Typing is saved after a short pause rather than on every keystroke; clicks are saved at once.
const TEXT_DELAY_MS = 600;

/**
 * One attempt's questions, answered and saved as they change, reviewed and submitted. Its state lives in hooks
 * created with it: answers and their versions, the outbox, the submit, the review panel's focus; only which renders
 * this tab has shown outlives it (shown-renders.tsx).
 */
export function QuizRunner({
  attemptId,
  startedAt,
  deadlineAt,
  serverNow,
  questions,
  initialAnswers,
}: Props) {
  const router = useRouter();
  const autosave = useAutosave(attemptId);
  const { flush, save, keep, pending, refusals } = autosave;
  const replay = useReplayedRender(attemptId, serverNow, flush);
  const { entries, update, sendTypedNow } = useAnswerEntries({
    startedAt,
    questions,
    initialAnswers,
    save,
    keep,
    pending,
  });
  const { submit, submitting, submitError } = useSubmit({
    attemptId,
    questions,
    sendTypedNow,
    flush,
    refusals,
  });
  const { reviewing, opener, open: openReview, close: closeReview } = useReviewPanel();

  const numbersWhere = (test: (q: StudentQuestion) => boolean) => questionNumbers(questions, test);
  const answeredCount = questions.filter((q) => isEntryAnswered(entries[q.id])).length;
  const notSaved = numbersWhere((q) => q.id in autosave.refused);

  // When time is up the server submits what it has; send what is still here first, then reload the page.
  const onExpire = useCallback(() => {
    sendTypedNow();
    void flush(3000).then(() => router.refresh());
  }, [sendTypedNow, flush, router]);

  // Leaving the page (reload, closed tab, another app on a phone): typing still in its pause is queued now, which
  // writes it to the device's outbox at once, and the queue goes out as requests that outlive the page.
  const { sendOnLeave } = autosave;
  useEffect(() => {
    const leave = () => {
      sendTypedNow();
      sendOnLeave();
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") leave();
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [sendTypedNow, sendOnLeave]);

  if (replay === "refetch") return <p role="status">Loading your latest answers…</p>;
  return (
    <div className="flex flex-col gap-4">
      {/* Sticky below the phone's Passage / Questions switch (passage-beside.tsx), opaque so no text shows through. */}
      <div className="sticky top-(--switch-h,0px) z-10 -mx-1 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-stone-300 bg-white px-1 py-2 shadow-sm">
        <div className="min-w-48 flex-1">
          <label htmlFor="quiz-progress" className="text-sm font-medium">
            Answered {answeredCount} of {questions.length}
          </label>
          <progress
            id="quiz-progress"
            className="block h-2 w-full accent-blue-800"
            max={questions.length}
            value={answeredCount}
          />
        </div>
        {deadlineAt && <Countdown deadlineAt={deadlineAt} serverNow={serverNow} onExpire={onExpire} />}
        <SaveStatus state={autosave.state} notSaved={notSaved} />
      </div>
      {questions.map((q, i) => {
        const entry = entries[q.id];
        const text = q.type === "short_answer" || q.type === "open_response";
        return (
          <QuestionCard
            key={q.id}
            index={i}
            question={q}
            answer={entry?.answer ?? null}
            flagged={entry?.flagged ?? false}
            onAnswer={(answer) => update(q.id, { answer }, text ? TEXT_DELAY_MS : 0)}
            onFlag={(flagged) => update(q.id, { flagged }, 0)}
            notSaved={autosave.refused[q.id] ?? null}
          />
        );
      })}
      {reviewing ? (
        <ReviewPanel
          total={questions.length}
          unanswered={numbersWhere((q) => !isEntryAnswered(entries[q.id]))}
          flagged={numbersWhere((q) => entries[q.id]?.flagged ?? false)}
          notSaved={notSaved}
          submitting={submitting}
          error={submitError}
          onBack={closeReview}
          onSubmit={() => void submit()}
        />
      ) : (
        <Button ref={opener} className="self-start" onClick={openReview}>
          Review and submit
        </Button>
      )}
    </div>
  );
}
