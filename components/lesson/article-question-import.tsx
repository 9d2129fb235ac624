"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { QuestionType } from "@/lib/content/schema";
import { Button } from "../ui/button";
import {
  QuestionFileFields,
  RefusedFile,
  SkippedAndAudit,
  useQuestionFilePost,
  type FileReport,
} from "./question-file-report";
import { TYPE_LABELS } from "./type-labels";

type Report = FileReport<{
  lessonId: string | null;
  questions: { number: number; line: number; type: QuestionType; prompt: string; citation: string }[];
}>;

type Checked = { upload: { format: string; data: string }; report: Report };

/** What a checked file would import: each question with its proposed citation, what is skipped and why. */
function Preview({ report, articleTitle }: { report: Extract<Report, { ok: true }>; articleTitle: string }) {
  const n = report.questions.length;
  return (
    <>
      {n === 0 ? (
        <p className="text-red-800">
          None of the file&apos;s questions can be imported, so no lesson will be created.
        </p>
      ) : (
        <p>
          {n} question{n === 1 ? "" : "s"} will be imported as drafts into a new lesson on “{articleTitle}”,
          each citing the sentence that shares most words with it and its answer. You confirm or change every
          citation next.
        </p>
      )}
      {n > 0 && (
        <ol className="mt-2 flex flex-col gap-2">
          {report.questions.map((q) => (
            <li key={q.number}>
              <span className="font-semibold">
                Question {q.number} ({TYPE_LABELS[q.type]}, line {q.line}):
              </span>{" "}
              {q.prompt}
              <br />
              <span className="text-sm text-stone-700">Proposed citation: “{q.citation}”</span>
            </li>
          ))}
        </ol>
      )}
      <SkippedAndAudit report={report} />
    </>
  );
}

/**
 * The questions step of "Import questions": a GIFT or Aiken file checked against the chosen article (a dry run
 * of the import endpoint, a route handler since a file may be over a server action's 1 MB), then, once the
 * teacher confirms, a new draft lesson on the article and on to its citation review.
 */
export function ArticleQuestionImport({ article }: { article: { id: string; title: string } }) {
  const router = useRouter();
  const url = `/api/articles/${article.id}/question-import`;
  const [checked, setChecked] = useState<Checked | null>(null);
  const [created, setCreated] = useState(false);
  const { busy, failure, setFailure, post, submitFile } = useQuestionFilePost<Report>(url);

  async function check(event: FormEvent<HTMLFormElement>) {
    setChecked(null);
    const sent = await submitFile(event, { dryRun: true });
    if (sent) setChecked({ upload: sent.upload, report: sent.body });
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!checked) return;
    const title = String(new FormData(event.currentTarget).get("title") ?? "");
    const made = await post({ ...checked.upload, title });
    if (made?.ok && made.lessonId) {
      // Created: the button stays off while the review loads, so a second press cannot make a second lesson.
      setCreated(true);
      router.push(`/teacher/lessons/${made.lessonId}/review`);
    } else if (made) setFailure("The file was refused: nothing was created.");
  }

  const report = checked?.report;
  const importable = report?.ok === true && report.questions.length > 0;
  return (
    <>
      <section aria-labelledby="question-file-heading" className="mb-6">
        <h2 id="question-file-heading" className="text-xl font-semibold">
          Check a question file
        </h2>
        <form
          onSubmit={check}
          onChange={() => setChecked(null)}
          className="mt-2 flex flex-wrap items-end gap-3"
        >
          <QuestionFileFields />
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy && !checked ? "Checking…" : "Check the file"}
          </Button>
        </form>
      </section>
      <div role="status" aria-live="polite" className="mb-6">
        <RefusedFile failure={failure} report={report ?? null} />
        {report?.ok && <Preview report={report} articleTitle={article.title} />}
      </div>
      {importable && (
        <section
          aria-labelledby="create-lesson-heading"
          className="rounded-lg border border-stone-300 bg-white p-3 sm:p-5"
        >
          <h2 id="create-lesson-heading" className="text-xl font-semibold">
            Create the draft lesson
          </h2>
          <form onSubmit={create} className="mt-2 flex flex-col gap-3">
            <label className="flex flex-col">
              Lesson title
              <input
                name="title"
                maxLength={200}
                defaultValue={`${article.title}: imported questions`}
                className="mt-1 min-h-11 rounded-md border border-stone-400 px-3 py-2"
              />
            </label>
            <Button type="submit" disabled={busy || created} className="self-start">
              {busy || created ? "Creating…" : "Create the lesson and review citations"}
            </Button>
          </form>
        </section>
      )}
    </>
  );
}
