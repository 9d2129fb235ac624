"use client";

import { useState, type FormEvent } from "react";

/** What the question import endpoints answer of one line of a file: a question skipped, a note, an error. */
export type LineReport = { line: number; reason: string };
export type AuditWarnings = { warnings: { number: number; warnings: string[] }[] } | null;
/** What every import answers: a malformed file's errors (nothing imported), or what was skipped and why. */
export type FileReport<Imported> =
  | { ok: false; errors: LineReport[] }
  | ({ ok: true; skipped: LineReport[]; notes: LineReport[]; audit: AuditWarnings } & Imported);

/** The file and its format, the fields of both import forms. */
export function QuestionFileFields({ labelClass = "" }: { labelClass?: string }) {
  return (
    <>
      <label className={`flex max-w-full flex-col ${labelClass}`}>
        Question file (GIFT or Aiken, up to 5 MB)
        <input name="file" type="file" accept=".gift,.txt,text/plain" className="mt-1 w-full" />
      </label>
      <label className={`flex flex-col ${labelClass}`}>
        Format
        <select name="format" defaultValue="gift" className="mt-1 min-h-11 rounded border px-2 py-1">
          <option value="gift">GIFT (Moodle)</option>
          <option value="aiken">Aiken</option>
        </select>
      </label>
    </>
  );
}

/** The chosen file and format as the endpoints take them, or null when no file was chosen. */
async function uploadOf(form: FormData) {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return null;
  return { format: String(form.get("format")), data: await fileAsBase64(file) };
}

/** A file's bytes as base64, the form the import endpoints take (JSON has no bytes). */
export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Sends a question file to an import endpoint: its answer, or the message to show when it refused or failed. */
async function postQuestionFile<T>(
  url: string,
  body: Record<string, unknown>,
): Promise<{ ok: true; body: T } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) return { ok: false, message: answer?.error?.message ?? "The import failed." };
    return { ok: true, body: answer as T };
  } catch {
    return { ok: false, message: "The file could not be sent. Check your connection and try again." };
  }
}

function LineList({ title, lines }: { title: string; lines: LineReport[] }) {
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

/** The item audit's warnings on the imported questions, by their number in the file. */
function AuditWarningList({ audit }: { audit: AuditWarnings }) {
  if (!audit || audit.warnings.length === 0) return null;
  return (
    <>
      <h3 className="mt-3 font-semibold">Item audit</h3>
      <ul className="list-disc pl-6">
        {audit.warnings.map((w) => (
          <li key={w.number}>
            Question {w.number}: {w.warnings.join(" ")}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Why nothing was imported: the request failed, or the file is malformed (its errors by line). */
export function RefusedFile({
  failure,
  report,
}: {
  failure: string | null;
  report: FileReport<object> | null;
}) {
  return (
    <>
      {failure && <p className="text-red-800">{failure}</p>}
      {report && !report.ok && (
        <>
          <p className="text-red-800">The file is malformed: nothing is imported.</p>
          <LineList title="Errors" lines={report.errors} />
        </>
      )}
    </>
  );
}

/** What an import left out and changed, and what the item audit says of the rest. */
export function SkippedAndAudit({ report }: { report: Extract<FileReport<object>, { ok: true }> }) {
  return (
    <>
      <LineList title="Skipped" lines={report.skipped} />
      <LineList title="Notes" lines={report.notes} />
      <AuditWarningList audit={report.audit} />
    </>
  );
}

/**
 * A question file's trip to an import endpoint from a form: busy while it goes, and the failure to show. Each call
 * answers the endpoint's body, or null when it refused or could not be reached (the failure says why).
 */
export function useQuestionFilePost<T>(url: string) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function post(body: Record<string, unknown>) {
    setBusy(true);
    setFailure(null);
    const sent = await postQuestionFile<T>(url, body);
    if (!sent.ok) setFailure(sent.message);
    setBusy(false);
    return sent.ok ? sent.body : null;
  }
  /** The form's file and format, with `extra`, sent; the upload is kept to send again. */
  async function submitFile(event: FormEvent<HTMLFormElement>, extra: Record<string, unknown> = {}) {
    event.preventDefault();
    const upload = await uploadOf(new FormData(event.currentTarget));
    if (!upload) {
      setFailure("Choose a question file.");
      return null;
    }
    const body = await post({ ...upload, ...extra });
    return body === null ? null : { upload, body };
  }
  return { busy, failure, setFailure, post, submitFile };
}
