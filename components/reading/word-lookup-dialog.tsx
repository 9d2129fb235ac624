"use client";

import { useEffect, useId, useRef, useState } from "react";
import { callApi } from "@/components/quiz/api";
import type { LookupResult } from "@/lib/reading/lookup";
import { wordsOf } from "./word-lookup-words";

export type LookupPlace = { assignmentId: string } | { lessonId: string };

/** What to look up: a word in its sentence, or (word null) a sentence whose word the reader picks first. */
export type LookupRequest = { word: string | null; sentence: string };

const POS_NAME: Record<string, string> = { noun: "noun", verb: "verb", adj: "adjective", adv: "adverb" };

type State =
  | { kind: "pick" }
  | { kind: "loading" }
  | { kind: "done"; result: LookupResult }
  | { kind: "error"; message: string };

/**
 * The definition in a modal <dialog>: the browser moves focus into it, keeps it there, closes it on Escape and
 * returns focus to where the reader was; the answer is in a live region, so it is read out when it arrives.
 */
export function WordLookupDialog({
  place,
  request,
  onClose,
}: {
  place: LookupPlace;
  request: LookupRequest;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [word, setWord] = useState(request.word);
  const [state, setState] = useState<State>(request.word ? { kind: "loading" } : { kind: "pick" });

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    if (!word) return;
    let live = true;
    callApi<LookupResult>("/api/reading/lookup", {
      method: "POST",
      body: JSON.stringify({ word, sentence: request.sentence, ...place }),
    }).then(
      (result) => live && setState({ kind: "done", result }),
      (e: Error) => live && setState({ kind: "error", message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [word, request.sentence, place]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-400 bg-white p-4 font-sans text-base text-stone-900 shadow-xl backdrop:bg-stone-900/40"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {word ?? "Look up a word"}
        </h2>
        <form method="dialog">
          <button type="submit" className="min-h-11 rounded-md border border-stone-400 px-3" autoFocus>
            Close
          </button>
        </form>
      </div>
      {state.kind === "pick" && (
        <fieldset className="mt-2">
          <legend className="mb-2">Which word of this sentence?</legend>
          <ul className="flex flex-wrap gap-2">
            {wordsOf(request.sentence).map((w) => (
              <li key={w}>
                <button
                  type="button"
                  onClick={() => {
                    setState({ kind: "loading" });
                    setWord(w);
                  }}
                  className="min-h-11 rounded-md border border-stone-400 px-3 hover:bg-stone-100"
                >
                  {w}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div role="status" aria-live="polite" className="mt-2">
        {state.kind === "loading" && <p>Looking up…</p>}
        {state.kind === "error" && <p className="text-red-800">{state.message}</p>}
        {state.kind === "done" && <Definition result={state.result} />}
      </div>
    </dialog>
  );
}

function Definition({ result }: { result: LookupResult }) {
  if (result.status !== "found") return <p>{result.message}</p>;
  return (
    <>
      {result.partOfSpeech && (
        <p className="italic">{POS_NAME[result.partOfSpeech] ?? result.partOfSpeech}</p>
      )}
      {result.lemma !== result.word && (
        <p className="text-sm text-stone-700">Dictionary form: {result.lemma}</p>
      )}
      <p className="mt-1">{result.definition}</p>
      {result.example && <p className="mt-1 text-stone-700">Example: “{result.example}”</p>}
      {result.fromGlossary && (
        <p className="mt-2 rounded-md border border-blue-800 bg-blue-50 px-2 py-1 text-sm">
          From your teacher’s glossary
        </p>
      )}
    </>
  );
}
