"use client";

import { createContext, useContext, useState, type KeyboardEvent, type ReactNode } from "react";
import { usePassageSelection } from "./reading-passage";
import { WordLookupDialog, type LookupPlace, type LookupRequest } from "./word-lookup-dialog";
import { wordsOf } from "./word-lookup-words";

const LookupContext = createContext<((request: LookupRequest) => void) | null>(null);

const sentenceOf = (node: Node | null | undefined) =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>("[data-sentence]");

/**
 * Word lookup around a reading passage: double-click a word, choose "Look up" on the selection toolbar
 * (LookUpSelection), or press L on a focused sentence (a word selected in it, else a choice of its words). No
 * long-press: on a touch screen it would fight text selection, which the toolbar already offers.
 */
export function WordLookup({ place, children }: { place: LookupPlace; children: ReactNode }) {
  const [request, setRequest] = useState<LookupRequest | null>(null);

  const onDoubleClick = () => {
    const selection = window.getSelection();
    const sentence = sentenceOf(selection?.anchorNode);
    const word = wordsOf(selection?.toString() ?? "")[0];
    if (sentence && word) setRequest({ word, sentence: sentence.textContent ?? "" });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key.toLowerCase() !== "l" || e.ctrlKey || e.metaKey || e.altKey) return;
    const sentence = (e.target as Element).closest<HTMLElement>("[data-sentence]");
    if (!sentence) return;
    const selection = window.getSelection();
    const selected = sentenceOf(selection?.anchorNode) === sentence ? wordsOf(selection!.toString()) : [];
    setRequest({ word: selected.length === 1 ? selected[0]! : null, sentence: sentence.textContent ?? "" });
    e.preventDefault();
  };

  return (
    <LookupContext.Provider value={setRequest}>
      <p id="lookup-keys" className="mb-2 text-sm text-stone-700">
        To look up a word, double-click it or select it and choose Look up. By keyboard: press L on a
        sentence.
      </p>
      <div onDoubleClick={onDoubleClick} onKeyDown={onKeyDown}>
        {children}
      </div>
      {request && <WordLookupDialog place={place} request={request} onClose={() => setRequest(null)} />}
    </LookupContext.Provider>
  );
}

/** "Look up" in the passage's selection toolbar (its selectionActions slot). */
export function LookUpSelection() {
  const selection = usePassageSelection();
  const lookUp = useContext(LookupContext);
  if (!selection || !lookUp) return null;
  const words = wordsOf(selection.text);
  if (words.length === 0) return null;
  return (
    <button
      type="button"
      onClick={() => {
        selection.close();
        lookUp({
          word: words.length === 1 ? words[0]! : null,
          sentence: words.length === 1 ? (selection.sentence?.text ?? selection.text) : selection.text,
        });
      }}
      className="min-h-11 rounded-md border border-stone-400 bg-white px-3 hover:bg-stone-100"
    >
      Look up
    </button>
  );
}
