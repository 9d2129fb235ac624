"use client";

import {
  createContext,
  useContext,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from "react";
import { flushSync } from "react-dom";
import { PassageBlock } from "@/components/lesson/passage-block";
import { markedRuns, type PassageMark } from "@/lib/reading/passage-marks";
import type { PassagePiece, SentenceBlock } from "@/lib/reading/passage-sentences";
import { COLOR_CLASS } from "./highlight-colors";
import "./highlight-marks.css";
import { HighlightList } from "./highlight-list";
import { selectedRange } from "./passage-offsets";
import { SelectionToolbar } from "./selection-toolbar";
import { useHighlights, type HighlightsTarget } from "./use-highlights";

/**
 * What the student selected (with the mouse, or a whole sentence by keyboard): offsets into the passage, the text,
 * and the sentence it begins in (its `data-sentence` id and text), for the selection toolbar's actions.
 */
export type PassageSelection = {
  start: number;
  end: number;
  text: string;
  sentence: { id: string; text: string } | null;
  /** Closes the toolbar (an action that is done with the selection). */
  close: () => void;
};

type Props = {
  /** From lib/reading/passage-sentences.ts on the server. */
  blocks: SentenceBlock[];
  headingLevel?: 2 | 3;
  /** Controls shown above the passage (read aloud, display settings). */
  tools?: ReactNode;
  /**
   * More buttons for the selection toolbar (look up a word): a function of the selection, or (from a server
   * component, which cannot pass functions) elements that read it with usePassageSelection().
   */
  selectionActions?: ((selection: PassageSelection) => ReactNode) | ReactNode;
  /** Where the student's highlights are saved; without it (a teacher's preview) nothing can be highlighted. */
  highlights?: HighlightsTarget;
};

const SelectionContext = createContext<PassageSelection | null>(null);

/** The selection the toolbar is open for, inside `selectionActions` elements. */
export const usePassageSelection = () => useContext(SelectionContext);

type Open = { start: number; end: number; top: number; byKeyboard: boolean; highlightId: string | null };

const sentencesOf = (blocks: SentenceBlock[]) =>
  blocks.flatMap((b) =>
    b.pieces.filter((p): p is PassagePiece & { sentence: string } => p.sentence !== null),
  );

/** The passage text of [start, end), a line break between blocks. */
export function textBetween(blocks: SentenceBlock[], start: number, end: number): string {
  return blocks
    .map((b) =>
      b.pieces
        .filter((p) => p.start < end && p.end > start)
        .map((p) => p.text.slice(Math.max(start - p.start, 0), Math.min(end, p.end) - p.start))
        .join(""),
    )
    .filter(Boolean)
    .join("\n")
    .trim();
}

/**
 * The passage as a place to work: every sentence is an element with `data-sentence="<section>-<n>"` (one of them
 * in the tab order; arrow keys move between them, Enter selects one), selecting text opens a toolbar (highlight in
 * one of four colours with a note, plus `selectionActions`), and the student's highlights are shown in <mark>s and
 * in a list that jumps to each.
 */
export function ReadingPassage({ blocks, headingLevel = 2, tools, selectionActions, highlights }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const sentences = sentencesOf(blocks);
  const [active, setActive] = useState(sentences[0]?.sentence ?? null);
  const [open, setOpen] = useState<Open | null>(null);
  // While a pointer is down no sentence is focusable: Chrome starts no text selection in a focusable inline
  // element after the first, so a drag over a sentence would select nothing.
  const [pointing, setPointing] = useState(false);
  const store = useHighlights(highlights);
  // The newest last, so where highlights overlap the newest shows (passage-marks.ts).
  const marks: PassageMark[] = [...store.shown].sort((a, b) => a.version - b.version);
  const noted = new Set(store.shown.filter((h) => h.note.trim() !== "").map((h) => h.id));

  const focusSentence = (id: string) => {
    setActive(id);
    root.current?.querySelector<HTMLElement>(`[data-sentence="${id}"]`)?.focus();
  };

  const topBelow = (rect: DOMRect) => rect.bottom - (root.current?.getBoundingClientRect().top ?? 0) + 8;

  const close = () => {
    const wasKeyboard = open?.byKeyboard;
    setOpen(null);
    if (wasKeyboard && active) focusSentence(active);
  };

  const onPointerDown = () => {
    flushSync(() => setPointing(true));
    window.addEventListener("pointerup", () => setPointing(false), { once: true });
  };

  const onPointerUp = (e: PointerEvent) => {
    if ((e.target as Element).closest("[data-toolbar]")) return;
    const range = root.current && selectedRange(root.current);
    if (range) {
      setOpen({
        start: range.start,
        end: range.end,
        top: topBelow(range.rect),
        byKeyboard: false,
        highlightId: null,
      });
      return;
    }
    const mark = (e.target as Element).closest<HTMLElement>("mark[data-highlight]");
    const shown = mark && store.byId(mark.dataset.highlight!);
    if (shown) {
      setOpen({
        ...shown,
        top: topBelow(mark.getBoundingClientRect()),
        byKeyboard: false,
        highlightId: shown.id,
      });
    } else setOpen(null);
  };

  const onSentenceKey = (e: KeyboardEvent<HTMLElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: sentences.length - 1,
    };
    if (e.key in moves) {
      const next = sentences[Math.min(Math.max(moves[e.key]!, 0), sentences.length - 1)];
      if (next) focusSentence(next.sentence);
      e.preventDefault();
    } else if (e.key === "Enter" || e.key === " ") {
      const s = sentences[index]!;
      const rect = e.currentTarget.getBoundingClientRect();
      setOpen({ start: s.start, end: s.end, top: topBelow(rect), byKeyboard: true, highlightId: null });
      e.preventDefault();
    } else if (e.key === "Escape") setOpen(null);
  };

  const editing = open?.highlightId ? store.byId(open.highlightId) : undefined;
  const selection: PassageSelection | null = open && {
    start: open.start,
    end: open.end,
    text: textBetween(blocks, open.start, open.end),
    sentence: (() => {
      const s = sentences.find((p) => p.start <= open.start && open.start < p.end);
      return s ? { id: s.sentence, text: s.text } : null;
    })(),
    close: () => setOpen(null),
  };

  const renderPiece = (p: PassagePiece) =>
    markedRuns(p.start, p.end, marks).map((run) => {
      const text = p.text.slice(run.start - p.start, run.end - p.start);
      return run.mark ? (
        <mark
          key={run.start}
          data-o={run.start}
          data-highlight={run.mark.id}
          data-color={run.mark.color}
          // Where the highlight begins and ends, screen readers are told its colour and note (highlight-marks.css).
          data-begins={run.start === run.mark.start ? "" : undefined}
          data-ends={run.end === run.mark.end ? "" : undefined}
          data-note={noted.has(run.mark.id) ? "" : undefined}
          className={`rounded-sm text-inherit ${COLOR_CLASS[run.mark.color]}`}
        >
          {text}
        </mark>
      ) : (
        <span key={run.start} data-o={run.start}>
          {text}
        </span>
      );
    });

  let index = -1;
  return (
    <div>
      {tools && <div className="mb-3">{tools}</div>}
      {highlights && (
        <p id="reading-keys" className="mb-2 text-sm text-stone-700">
          Select text to highlight it. By keyboard: Tab to the passage, arrow keys move between sentences,
          Enter highlights one.
        </p>
      )}
      <div
        ref={root}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onKeyUp={(e) => {
          // Shift and the arrow keys extend a selection from the caret (caret browsing, screen readers).
          if (e.shiftKey && root.current) {
            const range = selectedRange(root.current);
            if (range) setOpen({ ...range, top: topBelow(range.rect), byKeyboard: false, highlightId: null });
          }
        }}
        className="relative max-w-prose font-serif text-lg leading-relaxed"
      >
        {blocks.map((block, i) => {
          const content = block.pieces.map((p) => {
            if (p.sentence === null) return <span key={p.start}>{renderPiece(p)}</span>;
            const at = ++index;
            return (
              <span
                key={p.start}
                data-sentence={p.sentence}
                tabIndex={pointing ? undefined : p.sentence === active ? 0 : -1}
                aria-describedby={highlights ? "reading-keys" : undefined}
                onFocus={() => setActive(p.sentence)}
                onKeyDown={(e) => onSentenceKey(e, at)}
                className="rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
              >
                {renderPiece(p)}
              </span>
            );
          });
          return (
            <PassageBlock key={i} kind={block.kind} headingLevel={headingLevel}>
              {content}
            </PassageBlock>
          );
        })}
        {open && selection && (highlights || selectionActions) && (
          <SelectionToolbar
            key={`${open.start}-${open.end}-${open.highlightId}`}
            top={open.top}
            focusOnOpen={open.byKeyboard}
            quote={selection.text}
            editing={editing ?? null}
            canHighlight={Boolean(highlights)}
            onHighlight={(color, note) => {
              store.save({
                id: editing?.id,
                start: open.start,
                end: open.end,
                quote: selection.text,
                color,
                note,
              });
              window.getSelection()?.removeAllRanges();
              close();
            }}
            onDelete={() => {
              if (editing) store.remove(editing.id);
              close();
            }}
            onClose={close}
            actions={
              typeof selectionActions === "function" ? (
                selectionActions(selection)
              ) : (
                <SelectionContext.Provider value={selection}>{selectionActions}</SelectionContext.Provider>
              )
            }
          />
        )}
      </div>
      {highlights && (
        <HighlightList
          highlights={store.shown}
          quoteOf={(h) => textBetween(blocks, h.start, h.end)}
          state={store.state}
          refused={store.refused}
          onJump={(h) => {
            const s = sentences.find((p) => p.start <= h.start && h.start < p.end);
            if (s) {
              focusSentence(s.sentence);
              root.current
                ?.querySelector(`[data-sentence="${s.sentence}"]`)
                ?.scrollIntoView({ block: "center" });
            }
          }}
          onEdit={(h) => {
            const s = sentences.find((p) => p.start <= h.start && h.start < p.end);
            const el = s && root.current?.querySelector<HTMLElement>(`[data-sentence="${s.sentence}"]`);
            if (s) setActive(s.sentence);
            el?.scrollIntoView({ block: "center" });
            const top = el ? topBelow(el.getBoundingClientRect()) : 0;
            setOpen({ start: h.start, end: h.end, top, byKeyboard: true, highlightId: h.id });
          }}
          onDelete={(h) => store.remove(h.id)}
        />
      )}
    </div>
  );
}
