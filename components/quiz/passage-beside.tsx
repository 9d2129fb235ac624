"use client";

import { useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";

type View = "passage" | "questions";

type Props = {
  passage: ReactNode;
  questions: ReactNode;
  /** The switch's and the passage scroll area's names. */
  passageLabel?: string;
  questionsLabel?: string;
  /** Which column is on the left on wide screens (and shown first on phones). */
  first?: View;
};

/** Where a timed quiz's countdown is mirrored on phones, in the switch bar, while the Passage view shows. */
export const SWITCH_TIMER_SLOT = "passage-switch-timer";

const WIDE = "(min-width: 64rem)"; // Tailwind's lg, where both columns show

/**
 * The passage beside the questions. Wide screens: two columns, the passage in a scroll area of its own that stays
 * in view while the page scrolls the questions. Phones: one column at a time behind a Passage / Questions switch
 * that keeps each one's scroll position. A link to an anchor in the hidden column (a cited sentence, or back to
 * its question) shows that column first, then jumps.
 */
export function PassageBeside({
  passage,
  questions,
  passageLabel = "Passage",
  questionsLabel = "Questions",
  first = "passage",
}: Props) {
  const [view, setView] = useState<View>(first);
  const scrolls = useRef<Partial<Record<View, number>>>({});
  const pendingHash = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const passagePanel = useRef<HTMLDivElement>(null);
  const questionsPanel = useRef<HTMLDivElement>(null);
  const panels = { passage: passagePanel, questions: questionsPanel };
  const mounted = useRef(false);

  const show = (next: View) => {
    if (next === view) return;
    scrolls.current[view] = window.scrollY;
    setView(next);
  };

  // Once the other column shows: back to where the student left it (or its top), or to the link's anchor.
  useLayoutEffect(() => {
    // The first render keeps whatever scroll the browser restores.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const hash = pendingHash.current;
    pendingHash.current = null;
    if (hash) {
      const target = document.getElementById(hash);
      if (window.location.hash === `#${hash}`) target?.scrollIntoView();
      else window.location.hash = hash;
      return;
    }
    const saved = scrolls.current[view];
    const top = (root.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (saved !== undefined) window.scrollTo(0, saved);
    else if (window.scrollY > top) window.scrollTo(0, top);
  }, [view]);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const link = (e.target as Element).closest?.("a[href^='#']");
    if (!link || window.matchMedia(WIDE).matches) return;
    const id = decodeURIComponent(link.getAttribute("href")!.slice(1));
    const other: View = view === "passage" ? "questions" : "passage";
    if (!id || !panels[other].current?.querySelector(`[id="${CSS.escape(id)}"]`)) return;
    e.preventDefault();
    pendingHash.current = id;
    show(other);
  };

  const order: View[] = first === "passage" ? ["passage", "questions"] : ["questions", "passage"];
  const label = { passage: passageLabel, questions: questionsLabel };
  return (
    <div ref={root} onClick={onClick} className="[--switch-h:4.25rem] lg:[--switch-h:0px]">
      <div className="sticky top-0 z-20 -mx-4 mb-4 flex h-(--switch-h) items-center gap-2 border-b border-stone-300 bg-white px-4 lg:hidden">
        <div role="group" aria-label="Show" className="flex flex-1 gap-2">
          {order.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => show(v)}
              className={`min-h-11 flex-1 rounded-md border px-3 font-medium ${
                view === v
                  ? "border-blue-800 bg-blue-800 text-white"
                  : "border-stone-400 bg-white text-stone-900"
              }`}
            >
              {label[v]}
            </button>
          ))}
        </div>
        {/* The quiz's timer shows here while the passage hides the questions (components/quiz/countdown.tsx). */}
        <div id={SWITCH_TIMER_SLOT} hidden={view !== "passage"} />
      </div>
      <div className="grid gap-10 lg:grid-cols-2 lg:items-start">
        {order.map((v) => (
          <div
            key={v}
            ref={panels[v]}
            data-panel={v}
            className={`min-w-0 ${view === v ? "" : "max-lg:hidden"} ${
              v === "passage"
                ? "lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:overscroll-contain lg:rounded-lg lg:border lg:border-stone-300 lg:bg-white lg:p-4"
                : ""
            }`}
            // The passage's own scroll area takes keyboard focus on wide screens, so it scrolls by arrow keys.
            {...(v === "passage" ? { tabIndex: 0, role: "region", "aria-label": passageLabel } : {})}
          >
            {v === "passage" ? passage : questions}
          </div>
        ))}
      </div>
    </div>
  );
}
