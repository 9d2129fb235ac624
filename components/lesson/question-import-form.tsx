"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";

type LineReport = { line: number; reason: string };
type Result =
  | { ok: false; errors: LineReport[] }
  | {
      ok: true;
      lessonId: string;
      newLesson: boolean;
      added: number;
      skipped: LineReport[];
      notes: LineReport[];
      audit: { warnings: { number: number; warnings: string[] }[] } | null;
    };

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function Lines({ title, lines }: { title: string; lines: LineReport[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h3 className="mt-3 font-semibold">{title}</h3>
      <ul className="list-disc pl-6">
        {lines.map((l) => (
          <li key={`${l.line}-${l.reason}`}>
            Line {l.line}: {l.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * "Import questions": a GIFT or Aiken file sent to the lesson's import endpoint (a route handler, as a file may
 * be over a server action's 1 MB), then what happened: questions added as drafts, those skipped and why.
 */
export function QuestionImportForm({ lessonId }: { lessonId: string }) {
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return setFailure("Choose a question file.");
    setBusy(true);
    setFailure(null);
    setResult(null);
    try {
      const response = await fetch(`/api/lessons/${lessonId}/question-import`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ format: form.get("format"), data: toBase64(await file.arrayBuffer()) }),
      });
      const body = await response.json();
      if (!response.ok) setFailure(body?.error?.message ?? "The import failed.");
      else setResult(body as Result);
    } catch {
      setFailure("The file could not be sent. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-questions-heading" className="mb-8">
      <h2 id="import-questions-heading" className="text-xl font-semibold">
        Import questions
      </h2>
      <form onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          Question file (GIFT or Aiken, up to 5 MB)
          <input name="file" type="file" accept=".gift,.txt,text/plain" className="mt-1" />
        </label>
        <label className="flex flex-col text-sm">
          Format
          <select name="format" defaultValue="gift" className="mt-1 rounded border px-2 py-1">
            <option value="gift">GIFT (Moodle)</option>
            <option value="aiken">Aiken</option>
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")} disabled={busy}>
          {busy ? "Importing…" : "Import questions"}
        </button>
      </form>
      <div role="status" aria-live="polite" className="mt-3">
        {failure && <p className="text-red-800">{failure}</p>}
        {result && !result.ok && (
          <>
            <p className="text-red-800">The file is malformed: nothing was imported.</p>
            <Lines title="Errors" lines={result.errors} />
          </>
        )}
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
            <Lines title="Skipped" lines={result.skipped} />
            <Lines title="Notes" lines={result.notes} />
            {result.audit && result.audit.warnings.length > 0 && (
              <>
                <h3 className="mt-3 font-semibold">Item audit</h3>
                <ul className="list-disc pl-6">
                  {result.audit.warnings.map((w) => (
                    <li key={w.number}>
                      Question {w.number}: {w.warnings.join(" ")}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
