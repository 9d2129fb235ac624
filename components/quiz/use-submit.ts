"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { StudentQuestion } from "@/lib/attempts/student-question";
import { questionNumbers } from "./answer-entries";
import { postSubmit } from "./api";
import type { Refusals } from "./use-autosave";

const SUBMIT_FLUSH_MS = 8000;

type Options = {
  attemptId: string;
  questions: StudentQuestion[];
  sendTypedNow: () => void;
  flush: (timeoutMs: number) => Promise<boolean>;
  refusals: () => Refusals;
};

/**
 * The numbers of the questions refused since `before`: a refusal the student has not seen yet (the last change,
 * sent just now) stops a submit once; the review panel lists refusals they had seen, and submitting again goes ahead.
 */
export function newlyRefused(questions: StudentQuestion[], now: Refusals, before: ReadonlySet<string>) {
  return questionNumbers(questions, (q) => q.id in now && !before.has(q.id));
}

/** Submits once every answer is saved, then shows the result; says why when it cannot. */
export function useSubmit({ attemptId, questions, sendTypedNow, flush, refusals }: Options) {
  const router = useRouter();
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const submit = useCallback(async () => {
    const fail = (message: string) => {
      setSubmitting(false);
      setSubmitError(message);
    };
    setSubmitting(true);
    setSubmitError(null);
    sendTypedNow(); // an answer sent again here has its earlier refusal cleared, so a new one counts as new
    const refusedBefore = new Set(Object.keys(refusals()));
    if (!(await flush(SUBMIT_FLUSH_MS))) {
      return fail("Some answers are not saved yet. Check your connection, then submit again.");
    }
    const refused = newlyRefused(questions, refusals(), refusedBefore);
    if (refused.length > 0) {
      return fail(
        `Question ${refused.join(", ")} was not saved; the reason is under it. Change that answer, or submit again to keep the one saved before.`,
      );
    }
    try {
      await postSubmit(attemptId);
      router.push(`/student/attempts/${attemptId}`);
      router.refresh();
    } catch (e) {
      fail(e instanceof Error ? e.message : "Submitting failed. Please try again.");
    }
  }, [attemptId, questions, sendTypedNow, flush, refusals, router]);

  return { submit, submitting, submitError };
}
