"use client";

import { useEffect, useRef } from "react";

/**
 * Moves focus to an element once it is on the page: after an action the review re-renders from the server, so
 * the element to focus (the next draft, an undo button) may appear only a render or two later. Every render
 * looks for it until it is found.
 */
export function useReviewFocus() {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (!target.current) return;
    const element = document.getElementById(target.current);
    if (!element) return;
    target.current = null;
    element.focus();
    element.scrollIntoView({ block: "nearest" });
  });
  return (id: string) => {
    target.current = id;
  };
}
