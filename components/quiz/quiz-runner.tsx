"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SavedAnswer } from "@/lib/attempts/queries";
import type { StudentQuestion } from "@/lib/attempts/student-question";
import { blankAnswer, isAnswered, type Answer } from "@/lib/grading/answer";
import { Button } from "../ui/button";
import { postSubmit } from "./api";
import { Countdown } from "./countdown";
import { QuestionCard } from "./question-card";
import { ReviewPanel } from "./review-panel";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

type Props = {
  attemptId: string;
  startedAt: string;
  deadlineAt: string | null;
  serverNow: string;
  questions: StudentQuestion[];
  initialAnswers: SavedAnswer[];
};

type Entry = { answer: Answer | null; version: number; flagged: boolean };

// Versions follow the clock (tenths of a second since the attempt began), so across tabs and devices the
// latest change wins, and they never fall back within one tab.
function nextVersion(previous: number, startedAt: string): number {
  return Math.max(previous + 1, Math.floor((Date.now() - Date.parse(startedAt)) / 100));
}

// Typing is saved after a short pause rather than on every keystroke; clicks are saved at once.
const TEXT_DELAY_MS = 600;
const SUBMIT_FLUSH_MS = 8000;

/** Server renders of the quiz this tab has shown, each named by its attempt and the server's time. */
const shownRenders = new Set<string>();

export function QuizRunner({
  attemptId,
  startedAt,
  deadlineAt,
  serverNow,
  questions,
  initialAnswers,
}: Props) {
  const router = useRouter();
  // Back to the quiz replays it as the server first rendered it: the answers saved since would show as blank,
  // and the clock would be corrected from an old server time. A render this tab has already shown is fetched
  // again instead (the page keys the quiz by its render, so the fresh one mounts in this one's place).
  const render = `${attemptId} ${serverNow}`;
  const [replay] = useState<"none" | "refetch" | "when_online">(() => {
    if (typeof window === "undefined" || !shownRenders.has(render)) return "none";
    return navigator.onLine ? "refetch" : "when_online";
  });
  const autosave = useAutosave(attemptId);
  const { flush } = autosave;
  useEffect(() => {
    if (replay === "none") {
      shownRenders.add(render);
      return;
    }
    // Answers still on their way go out first, so the fresh render has them.
    const refetch = () => void flush(3000).then(() => router.refresh());
    if (replay === "refetch") {
      refetch();
      return;
    }
    // Offline, a refresh would become a failed page load: this copy stays usable (answers wait on the device)
    // until the network is back.
    window.addEventListener("online", refetch, { once: true });
    return () => window.removeEventListener("online", refetch);
  }, [replay, render, router, flush]);
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(initialAnswers.map((a) => [a.questionId, a])),
  );
  const latest = useRef(entries);
  const [reviewing, setReviewing] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const typing = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; send: () => void }>());

  // Answers given offline before a reload are newer than what the server rendered: show them.
  const { pending } = autosave;
  useEffect(() => {
    const unsent = Object.values(pending()).filter(
      (p) => p.version > (latest.current[p.questionId]?.version ?? 0),
    );
    if (unsent.length === 0) return;
    latest.current = { ...latest.current };
    for (const p of unsent)
      latest.current[p.questionId] = { answer: p.answer, version: p.version, flagged: p.flagged };
    setEntries(latest.current);
  }, [pending]);

  function update(questionId: string, change: Partial<Entry>, delay: number) {
    const prev = latest.current[questionId] ?? { answer: null, version: 0, flagged: false };
    const version = nextVersion(prev.version, startedAt);
    const entry = { ...prev, ...change, version };
    latest.current = { ...latest.current, [questionId]: entry };
    setEntries(latest.current);

    clearTimeout(typing.current.get(questionId)?.timer);
    const send = () => {
      typing.current.delete(questionId);
      // A flag on a question not answered yet goes with the blank answer of its type, so it survives a reload.
      const type = questions.find((q) => q.id === questionId)?.type;
      const answer = entry.answer ?? (entry.flagged && type ? blankAnswer(type) : null);
      if (answer) autosave.save({ questionId, answer, version, flagged: entry.flagged });
    };
    if (delay === 0) send();
    else typing.current.set(questionId, { timer: setTimeout(send, delay), send });
  }

  function sendTypedNow() {
    for (const { timer, send } of [...typing.current.values()]) {
      clearTimeout(timer);
      send();
    }
  }

  const answeredCount = questions.filter((q) => {
    const a = entries[q.id]?.answer;
    return a ? isAnswered(a) : false;
  }).length;
  const numbersWhere = (test: (q: StudentQuestion) => boolean) =>
    questions.flatMap((q, i) => (test(q) ? [i + 1] : []));
  const notSaved = numbersWhere((q) => q.id in autosave.refused);

  async function submit() {
    setSubmitting(true);
    setSubmitError(null);
    sendTypedNow(); // an answer sent again here has its earlier refusal cleared, so a new one counts as new
    const refusedBefore = new Set(Object.keys(autosave.refusals()));
    if (!(await autosave.flush(SUBMIT_FLUSH_MS))) {
      setSubmitting(false);
      setSubmitError("Some answers are not saved yet. Check your connection, then submit again.");
      return;
    }
    // A refusal the student has not seen yet (the last change, sent just now) stops this submit once; the review
    // panel lists refusals they had seen, and submitting again goes ahead.
    const newlyRefused = numbersWhere((q) => q.id in autosave.refusals() && !refusedBefore.has(q.id));
    if (newlyRefused.length > 0) {
      setSubmitting(false);
      setSubmitError(
        `Question ${newlyRefused.join(", ")} was not saved; the reason is under it. Change that answer, or submit again to keep the one saved before.`,
      );
      return;
    }
    try {
      await postSubmit(attemptId);
      router.push(`/student/attempts/${attemptId}`);
      router.refresh();
    } catch (e) {
      setSubmitting(false);
      setSubmitError(e instanceof Error ? e.message : "Submitting failed. Please try again.");
    }
  }

  // Leaving the review panel unmounts the focused button: focus goes back to the one that opened it.
  const reviewButton = useRef<HTMLButtonElement>(null);
  const backFromReview = useRef(false);
  useEffect(() => {
    if (reviewing || !backFromReview.current) return;
    backFromReview.current = false;
    reviewButton.current?.focus();
  }, [reviewing]);

  // When time is up the server submits what it has; send what is still here first, then reload the page.
  const onExpire = useCallback(() => {
    sendTypedNow();
    void flush(3000).then(() => router.refresh());
  }, [flush, router]);

  if (replay === "refetch") return <p role="status">Loading your latest answers…</p>;
  return (
    <div className="flex flex-col gap-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 border-b border-stone-300 bg-white/95 py-2">
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
          unanswered={numbersWhere((q) => !(entries[q.id]?.answer && isAnswered(entries[q.id]!.answer!)))}
          flagged={numbersWhere((q) => entries[q.id]?.flagged ?? false)}
          notSaved={notSaved}
          submitting={submitting}
          error={submitError}
          onBack={() => {
            backFromReview.current = true;
            setReviewing(false);
          }}
          onSubmit={() => void submit()}
        />
      ) : (
        <Button ref={reviewButton} className="self-start" onClick={() => setReviewing(true)}>
          Review and submit
        </Button>
      )}
    </div>
  );
}
