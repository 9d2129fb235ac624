"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import {
  QuestionFileFields,
  RefusedFile,
  SkippedAndAudit,
  useQuestionFilePost,
  type FileReport,
} from "./question-file-report";

type Result = FileReport<{ lessonId: string; newLesson: boolean; added: number }>;

/**
 * "Import questions": a GIFT or Aiken file sent to the lesson's import endpoint (a route handler, as a file may
 * be over a server action's 1 MB), then what happened: questions added as drafts, those skipped and why.
 */
export function QuestionImportForm({ lessonId }: { lessonId: string }) {
  const [result, setResult] = useState<Result | null>(null);
  const { busy, failure, submitFile } = useQuestionFilePost<Result>(
    `/api/lessons/${lessonId}/question-import`,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    setResult(null);
    const sent = await submitFile(event);
    if (sent) setResult(sent.body);
  }

  return (
    <section aria-labelledby="import-questions-heading" className="mb-8">
      <h2 id="import-questions-heading" className="text-xl font-semibold">
        Import questions
      </h2>
      <form onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-3">
        <QuestionFileFields labelClass="text-sm" />
        <button type="submit" className={buttonClass("secondary")} disabled={busy}>
          {busy ? "Importing…" : "Import questions"}
        </button>
      </form>
      <div role="status" aria-live="polite" className="mt-3">
        <RefusedFile failure={failure} report={result ?? null} />
        {result?.ok && (
          <>
            <p>
              {result.added} question{result.added === 1 ? "" : "s"} imported as drafts
              {result.newLesson ? " into a new draft lesson on this passage" : ""}. Each cites the passage
              sentence that shares most words with it: check every citation before publishing.
            </p>
            {result.added > 0 && (
              <Link href={`/teacher/lessons/${result.lessonId}/review`} className="underline">
                Review the imported questions
              </Link>
            )}
            <SkippedAndAudit report={result} />
          </>
        )}
      </div>
    </section>
  );
}
