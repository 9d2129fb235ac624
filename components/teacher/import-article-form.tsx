"use client";

import { useState, type ChangeEvent } from "react";
import { previewArticleAction } from "@/lib/import/actions";
import { MAX_INPUT_BYTES, TOO_LARGE_INPUT } from "@/lib/import/parsed-article";
import { importFormText } from "@/lib/import/slim-page";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";
import { SectionEditor } from "./section-editor";

const KIND_BY_EXTENSION: Record<string, string> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

const parseHtml = (html: string) => new DOMParser().parseFromString(html, "text/html");
const formText = (text: string, kind: string) => importFormText(text, kind, parseHtml);

/**
 * Paste or upload an article (the file is read in the browser so the server receives plain text), then check the
 * structure Lectern found before it writes any question. Inside "Import questions", the flow then goes on to the
 * question file with the new article chosen.
 */
export function ImportArticleForm({ continueToQuestions = false }: { continueToQuestions?: boolean }) {
  const { state, pending, formRef, onSubmit } = useFormAction(previewArticleAction);
  const [text, setText] = useState("");
  const [kind, setKind] = useState("text");
  // The preview belongs to the text it was made from; editing the text hides it until previewed again.
  const [previewed, setPreviewed] = useState<{ text: string; kind: string } | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [textError, setTextError] = useState<string>();
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const fileKind = KIND_BY_EXTENSION[file.name.toLowerCase().split(".").pop() ?? ""];
    if (!fileKind) return setFileError("Unsupported file type: use .txt, .md or .html.");
    if (file.size > MAX_INPUT_BYTES) return setFileError(TOO_LARGE_INPUT);
    const read = formText(await file.text(), fileKind);
    setFileError(read.error);
    setKind(fileKind);
    setText(read.text);
  }

  const current = previewed?.text === text && previewed.kind === kind;
  return (
    <>
      <form
        ref={formRef}
        onSubmit={(event) => {
          // A pasted page is slimmed as an uploaded one is, before the form data is read from the textarea.
          const sent = formText(text, kind);
          setTextError(sent.error);
          if (sent.error) return event.preventDefault();
          if (sent.text !== text) {
            event.currentTarget.querySelector("textarea")!.value = sent.text;
            setText(sent.text);
          }
          setPreviewed({ text: sent.text, kind });
          onSubmit(event);
        }}
        className="flex flex-col gap-4 rounded-lg border border-stone-300 bg-white p-5"
        noValidate
      >
        <FormMessage state={state?.ok ? null : state} />
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="font-medium">
            Upload a file (.txt, .md or .html, up to 5 MB)
          </label>
          <input
            id="import-file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm"
            onChange={onFile}
            aria-describedby={fileError ? "import-file-error" : undefined}
          />
          {fileError && (
            <p id="import-file-error" className="text-sm text-red-800">
              {fileError}
            </p>
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-kind" className="font-medium">
            Format
          </label>
          <select
            id="import-kind"
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            className="self-start rounded border border-stone-400 p-2"
          >
            <option value="text">Plain text</option>
            <option value="markdown">Markdown</option>
            <option value="html">HTML</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-text" className="font-medium">
            Article text
          </label>
          <textarea
            id="import-text"
            name="text"
            rows={16}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={errors?.text || textError ? true : undefined}
            aria-describedby={errors?.text || textError ? "import-text-error" : undefined}
            className="rounded border border-stone-400 p-2 font-mono text-sm"
          />
          {(errors?.text || textError) && (
            <p id="import-text-error" className="text-sm text-red-800">
              {textError ?? errors?.text?.join(" ")}
            </p>
          )}
        </div>
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Reading…" : "Preview the structure"}
        </Button>
      </form>
      {state?.ok && current && (
        <SectionEditor
          key={`${state.data.title}:${text.length}`}
          preview={state.data}
          text={text}
          kind={kind}
          continueToQuestions={continueToQuestions}
        />
      )}
    </>
  );
}
