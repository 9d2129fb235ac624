"use client";

import { useEffect, useRef } from "react";
import { SUCCESS_MESSAGE_CLASS } from "./form-message";

/**
 * A confirmation a page shows when a form sends the teacher to it with `?<param>=…` (Lesson assigned, Question
 * saved). It takes focus, so a screen reader reads it on arrival, and drops the parameter from the address, so a
 * reload or a later visit does not announce the same change again.
 */
export function ArrivalNotice({ param, children }: { param: string; children: React.ReactNode }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    notice.current?.focus();
    const strip = () => {
      const url = new URL(window.location.href);
      if (!url.searchParams.has(param)) return;
      url.searchParams.delete(param);
      window.history.replaceState(window.history.state, "", url);
    };
    // The router writes the address it navigated to after this commit, in an effect of its own or, on a busy
    // device, a render or more later, putting the parameter back: strip it again until it stays gone (the e2e
    // found it back after a single strip).
    const timers = [0, 100, 500, 2000].map((ms) => setTimeout(strip, ms));
    return () => timers.forEach(clearTimeout);
  }, [param]);
  return (
    <p ref={notice} tabIndex={-1} role="status" className={`mb-4 ${SUCCESS_MESSAGE_CLASS}`}>
      {children}
    </p>
  );
}
