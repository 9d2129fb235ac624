"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { HIGHLIGHT_COLORS, type HighlightColor } from "@/lib/reading/passage-marks";
import { HIGHLIGHT_NOTE_MAX, type ShownHighlight } from "@/lib/reading/highlight-types";
import { COLOR_CLASS, COLOR_NAME } from "./highlight-colors";

type Props = {
  /** Where it shows: just below the selection, in the passage's box. */
  top: number;
  /** Opened by keyboard: focus moves into it, and back to the sentence when it closes. */
  focusOnOpen: boolean;
  quote: string;
  /** The highlight being changed, or null for a new one. */
  editing: ShownHighlight | null;
  canHighlight: boolean;
  onHighlight: (color: HighlightColor, note: string) => void;
  onDelete: () => void;
  onClose: () => void;
  actions?: ReactNode;
};

/** What to do with the selected text: highlight it in a named colour with an optional note, or another action. */
export function SelectionToolbar({
  top,
  focusOnOpen,
  quote,
  editing,
  canHighlight,
  onHighlight,
  onDelete,
  onClose,
  actions,
}: Props) {
  const [color, setColor] = useState<HighlightColor>(editing?.color ?? "yellow");
  const [note, setNote] = useState(editing?.note ?? "");
  const box = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (focusOnOpen) box.current?.querySelector<HTMLElement>("input, button, textarea")?.focus();
  }, [focusOnOpen]);

  return (
    <div
      ref={box}
      data-toolbar
      role="group"
      aria-labelledby={`${id}-title`}
      style={{ top }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
      className="absolute inset-x-0 z-30 mx-auto max-w-sm rounded-lg border border-stone-400 bg-white p-3 font-sans text-base shadow-lg"
    >
      <p id={`${id}-title`} className="mb-2 font-semibold">
        {editing ? "Change highlight" : "Selected text"}
      </p>
      <p className="mb-2 line-clamp-2 text-sm text-stone-700">“{quote}”</p>
      {canHighlight && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onHighlight(color, note.trim());
          }}
        >
          <fieldset className="mb-2">
            <legend className="mb-1 text-sm font-medium">Colour</legend>
            <div className="flex flex-wrap gap-2">
              {HIGHLIGHT_COLORS.map((c) => (
                <label
                  key={c}
                  className={`flex min-h-11 cursor-pointer items-center gap-1 rounded-md border border-stone-500 px-2 has-checked:outline-2 has-checked:outline-blue-800 ${COLOR_CLASS[c]}`}
                >
                  <input
                    type="radio"
                    name={`${id}-color`}
                    value={c}
                    checked={color === c}
                    onChange={() => setColor(c)}
                  />
                  {COLOR_NAME[c]}
                </label>
              ))}
            </div>
          </fieldset>
          <label htmlFor={`${id}-note`} className="text-sm font-medium">
            Note (optional)
          </label>
          <textarea
            id={`${id}-note`}
            value={note}
            maxLength={HIGHLIGHT_NOTE_MAX}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
            className="mt-1 block w-full rounded-md border border-stone-500 p-2"
          />
          <p className="mt-1 text-sm text-stone-700">Your teacher can read your highlights and notes.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="submit" className="min-h-11 rounded-md bg-blue-800 px-3 font-medium text-white">
              {editing ? "Save" : "Highlight"}
            </button>
            {editing && (
              <button
                type="button"
                onClick={onDelete}
                className="min-h-11 rounded-md border border-red-800 px-3 text-red-800"
              >
                Delete highlight
              </button>
            )}
          </div>
        </form>
      )}
      {actions && <div className="mt-2 flex flex-wrap gap-2">{actions}</div>}
      <button
        type="button"
        onClick={onClose}
        className="mt-2 min-h-11 rounded-md border border-stone-500 px-3 text-stone-900"
      >
        Close
      </button>
    </div>
  );
}
